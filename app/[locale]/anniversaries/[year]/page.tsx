import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CitedAccount } from '@/components/site/cited-account';
import { JsonLd } from '@/components/site/json-ld';
import { ReleaseList } from '@/components/site/release-list';
import { LastUpdated } from '@/components/ui/last-updated';
import { ACCOUNT_RANGE } from '@/lib/anniversaries/account';
import { formatAnniversaryDate } from '@/lib/anniversaries/format';
import { anniversaryNumber, englishOrdinal, isAnniversaryYear } from '@/lib/anniversaries/ordinal';
import { getAnniversaryRecord } from '@/lib/anniversaries/queries';
import { renderMarkdown } from '@/lib/content/markdown';
import { listTimelineEvents } from '@/lib/events/queries';
import { env } from '@/lib/env';
import { resolveLocale } from '@/lib/i18n/params';
import { listReleasesForAnniversary, type ReleaseSummary } from '@/lib/releases/queries';
import { anniversaryEventJsonLd } from '@/lib/seo/json-ld';

export const revalidate = 3600;

export function generateStaticParams() {
  // Rendered on first request and then cached; the range of years moves with the calendar.
  return [];
}

/** The year from the URL, when it is a whole year that has an anniversary page today. */
function parseYear(value: string): number | null {
  if (!/^\d{4}$/.test(value)) return null;
  const year = Number(value);
  return isAnniversaryYear(year, new Date()) ? year : null;
}

export async function generateMetadata({ params }: PageProps<'/[locale]/anniversaries/[year]'>): Promise<Metadata> {
  const { locale, year: yearParam } = await params;
  const year = parseYear(yearParam);
  if (year === null) return { title: 'Anniversary not found' };
  const ordinal = englishOrdinal(anniversaryNumber(year));
  return {
    title: `${ordinal} anniversary of Black January, 20 January ${year}`,
    description: `20 January ${year}: the ${ordinal} anniversary of 20 January 1990 in Baku. The cited account of what happened and the releases issued for the day.`,
    alternates: { canonical: `/${locale}/anniversaries/${year}` },
  };
}

function groupByIssuer(releases: ReleaseSummary[]): { issuer: string; releases: ReleaseSummary[] }[] {
  const groups = new Map<string, ReleaseSummary[]>();
  for (const release of releases) {
    const issuer = release.issuer?.name ?? 'Issuer not named in the text';
    groups.set(issuer, [...(groups.get(issuer) ?? []), release]);
  }
  return [...groups].map(([issuer, grouped]) => ({ issuer, releases: grouped }));
}

export default async function AnniversaryPage({ params }: PageProps<'/[locale]/anniversaries/[year]'>) {
  const locale = await resolveLocale(params);
  const { year: yearParam } = await params;
  const year = parseYear(yearParam);
  if (year === null) notFound();
  const [record, releases, events] = await Promise.all([
    getAnniversaryRecord(year),
    listReleasesForAnniversary(year),
    listTimelineEvents(ACCOUNT_RANGE),
  ]);
  const ordinal = englishOrdinal(anniversaryNumber(year));
  return (
    <article aria-labelledby="anniversary-title">
      <JsonLd
        data={anniversaryEventJsonLd({
          year,
          name: record?.title ?? `The ${ordinal} anniversary of Black January`,
          description: `20 January ${year}: the ${ordinal} anniversary of 20 January 1990 in Baku.`,
          url: `${env.SITE_URL}/${locale}/anniversaries/${year}`,
        })}
      />
      <header className="mb-8 border-b border-rule pb-6">
        <p className="font-sans text-sm">
          <Link href={`/${locale}/anniversaries`}>Anniversaries</Link>
        </p>
        <h1 id="anniversary-title" className="mt-2 text-3xl font-semibold leading-tight sm:text-4xl">
          {record?.title ?? `The ${ordinal} anniversary of Black January`}
        </h1>
        <p className="mt-2 font-sans text-lg">
          <time dateTime={`${year}-01-20`}>{formatAnniversaryDate(year, locale)}</time>: {ordinal} anniversary of 20 January 1990
        </p>
        {record?.introduction ? (
          // renderMarkdown sanitises the curators' Markdown to an allowlist on the server.
          <div className="prose-archive mt-4 max-w-3xl" dangerouslySetInnerHTML={{ __html: renderMarkdown(record.introduction) }} />
        ) : null}
      </header>
      <div className="grid gap-12 lg:grid-cols-[2fr_1fr]">
        <section aria-labelledby="what-happened">
          <h2 id="what-happened" className="mb-6 text-2xl font-semibold">What happened, in the words of the sources</h2>
          <CitedAccount events={events} locale={locale} />
        </section>
        <div className="space-y-10">
          <section aria-labelledby="releases-heading">
            <h2 id="releases-heading" className="text-xl font-semibold">Releases for {year}</h2>
            {releases.length === 0 ? (
              <p className="mt-2 font-sans">No releases archived for this year yet.</p>
            ) : (
              groupByIssuer(releases).map((group) => (
                <section key={group.issuer} className="mt-4" aria-label={group.issuer}>
                  <h3 className="font-sans text-sm font-semibold uppercase tracking-wide text-muted">{group.issuer}</h3>
                  <ReleaseList releases={group.releases} locale={locale} />
                </section>
              ))
            )}
          </section>
          <nav aria-labelledby="see-also" className="font-sans">
            <h2 id="see-also" className="text-xl font-semibold">See also</h2>
            <ul className="mt-2 space-y-1">
              <li><Link href={`/${locale}/figures`}>The figures, source by source</Link></li>
              <li><Link href={`/${locale}/timeline`}>Timeline</Link></li>
              <li><Link href={`/${locale}/victims`}>The victims</Link></li>
            </ul>
          </nav>
        </div>
      </div>
      <LastUpdated timestamps={[record?.updatedAt, ...releases.map((release) => release.updatedAt), ...events.map((event) => event.updatedAt)]} locale={locale} />
    </article>
  );
}
