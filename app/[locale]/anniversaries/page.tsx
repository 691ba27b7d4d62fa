import type { Metadata } from 'next';
import { PageLink } from '@/components/site/page-link';
import { getTranslations } from 'next-intl/server';
import { LastUpdated } from '@/components/ui/last-updated';
import { PageHeading } from '@/components/ui/page-heading';
import { formatAnniversaryDay, formatAnniversaryOrdinal } from '@/lib/anniversaries/format';
import { anniversaryYears } from '@/lib/anniversaries/ordinal';
import { countReleasesByAnniversaryYear, getAnniversariesLastUpdated } from '@/lib/anniversaries/queries';
import { pageAlternates } from '@/lib/i18n/alternates';
import { defaultLocale, isLocale } from '@/lib/i18n/config';
import { resolveLocale } from '@/lib/i18n/params';
import { pageSocialMetadata } from '@/lib/og/metadata';

export const revalidate = 3600;

export async function generateMetadata({ params }: PageProps<'/[locale]/anniversaries'>): Promise<Metadata> {
  const { locale: requested } = await params;
  const locale = isLocale(requested) ? requested : defaultLocale;
  const t = await getTranslations({ locale, namespace: 'anniversaries.index' });
  const title = t('title');
  const description = t('description');
  return {
    title,
    description,
    ...pageSocialMetadata({ locale, path: `/${locale}/anniversaries`, title, description }),
    alternates: pageAlternates(locale, '/anniversaries'),
  };
}

export default async function AnniversariesPage({ params }: PageProps<'/[locale]/anniversaries'>) {
  const locale = await resolveLocale(params);
  const [counts, lastUpdated, t] = await Promise.all([
    countReleasesByAnniversaryYear(),
    getAnniversariesLastUpdated(),
    getTranslations({ locale, namespace: 'anniversaries' }),
  ]);
  const years = anniversaryYears(new Date()).reverse();
  return (
    <>
      <PageHeading title={t('index.title')} lead={t('index.lead')} />
      <ol className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {years.map((year) => (
          <li key={year} className="border border-rule p-4">
            <PageLink href={`/${locale}/anniversaries/${year}`} className="text-lg font-semibold">
              {formatAnniversaryDay(year, locale)}
            </PageLink>
            <p className="font-sans text-sm text-muted">
              {t('ordinalAnniversary', { ordinal: formatAnniversaryOrdinal(year, locale) })} · {t('index.releaseCount', { count: counts[year] ?? 0 })}
            </p>
          </li>
        ))}
      </ol>
      <LastUpdated timestamps={[lastUpdated]} locale={locale} />
    </>
  );
}
