import type { Metadata } from 'next';
import Link from 'next/link';
import { LastUpdated } from '@/components/ui/last-updated';
import { PageHeading } from '@/components/ui/page-heading';
import { anniversaryNumber, anniversaryYears, englishOrdinal } from '@/lib/anniversaries/ordinal';
import { countReleasesByAnniversaryYear, getAnniversariesLastUpdated } from '@/lib/anniversaries/queries';
import { resolveLocale } from '@/lib/i18n/params';
import { pageSocialMetadata } from '@/lib/og/metadata';

export const revalidate = 3600;

export async function generateMetadata({ params }: PageProps<'/[locale]/anniversaries'>): Promise<Metadata> {
  const { locale } = await params;
  const title = 'Anniversaries';
  const description = 'Every anniversary of 20 January 1990 since 1991, each with its page, the releases issued for it and the cited account of what happened.';
  return {
    title,
    description,
    ...pageSocialMetadata({ locale, path: `/${locale}/anniversaries`, title, description }),
    alternates: { canonical: `/${locale}/anniversaries` },
  };
}

export default async function AnniversariesPage({ params }: PageProps<'/[locale]/anniversaries'>) {
  const locale = await resolveLocale(params);
  const [counts, lastUpdated] = await Promise.all([countReleasesByAnniversaryYear(), getAnniversariesLastUpdated()]);
  const years = anniversaryYears(new Date()).reverse();
  return (
    <>
      <PageHeading
        title="Anniversaries"
        lead="Every 20 January since 1991 has its page: a stable address that embassies, missions and readers can link to and share."
      />
      <ol className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {years.map((year) => (
          <li key={year} className="border border-rule p-4">
            <Link href={`/${locale}/anniversaries/${year}`} className="text-lg font-semibold">
              20 January {year}
            </Link>
            <p className="font-sans text-sm text-muted">
              {englishOrdinal(anniversaryNumber(year))} anniversary ·{' '}
              {counts[year] ? (counts[year] === 1 ? '1 release' : `${counts[year]} releases`) : 'no releases archived yet'}
            </p>
          </li>
        ))}
      </ol>
      <LastUpdated timestamps={[lastUpdated]} locale={locale} />
    </>
  );
}
