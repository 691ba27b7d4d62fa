import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AnniversaryFigures } from '@/components/site/anniversary-figures';
import { CitedAccount } from '@/components/site/cited-account';
import { JsonLd } from '@/components/site/json-ld';
import { ReleaseList } from '@/components/site/release-list';
import { SharePanel } from '@/components/site/share-panel';
import { LastUpdated } from '@/components/ui/last-updated';
import { ACCOUNT_RANGE } from '@/lib/anniversaries/account';
import { formatAnniversaryDate } from '@/lib/anniversaries/format';
import { anniversaryNumber, englishOrdinal, isAnniversaryYear } from '@/lib/anniversaries/ordinal';
import { getAnniversaryRecord } from '@/lib/anniversaries/queries';
import { renderMarkdown } from '@/lib/content/markdown';
import { anniversaryTitle } from '@/lib/embed/card';
import { oembedAlternateTypes } from '@/lib/embed/oembed';
import { listTimelineEvents } from '@/lib/events/queries';
import { env } from '@/lib/env';
import { groupFiguresByKind, listFigures } from '@/lib/figures/queries';
import { isLocale } from '@/lib/i18n/config';
import { resolveLocale } from '@/lib/i18n/params';
import { listReleasesForAnniversary, type ReleaseSummary } from '@/lib/releases/queries';
import { anniversaryEventJsonLd } from '@/lib/seo/json-ld';
import { pageSocialMetadata } from '@/lib/og/metadata';

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
  const title = `${ordinal} anniversary of Black January, 20 January ${year}`;
  const description = `20 January ${year}: the ${ordinal} anniversary of 20 January 1990 in Baku. The cited account of what happened and the releases issued for the day.`;
  return {
    title,
    description,
    // The card is this folder's opengraph-image.tsx.
    ...pageSocialMetadata({ locale, path: `/${locale}/anniversaries/${year}`, title, description, ownImage: true }),
    alternates: {
      canonical: `/${locale}/anniversaries/${year}`,
      // oEmbed discovery: pasting the page's link into a CMS that speaks oEmbed embeds the card.
      types: isLocale(locale) ? oembedAlternateTypes(env.SITE_URL, { kind: 'anniversary', locale, year }, title) : undefined,
    },
  };
}

/**
 * The handout: one A4 or Letter page. Scoped to this page's article (the stylesheet may outlive a
 * client-side navigation); only the page box itself cannot be scoped.
 */
const HANDOUT_PRINT_CSS = `@media print {
  @page { size: auto; margin: 15mm; }
  body:has([data-handout]) main { max-width: none; padding: 0; }
  [data-handout] header { margin-bottom: 8pt; padding-bottom: 6pt; }
  [data-handout] h1 { font-size: 18pt; margin-top: 0; }
  [data-handout] .anniversary-figures { margin-top: 6pt; font-size: 8pt; line-height: 1.25; }
  [data-handout] .anniversary-figures h2 { font-size: 12pt; }
  [data-handout] .anniversary-figures h3 { font-size: 9.5pt; margin: 0; }
  [data-handout] .anniversary-figure-groups { columns: 2; column-gap: 8mm; margin-top: 4pt; }
  [data-handout] .anniversary-figure-groups > * { margin: 0 0 4pt; }
  [data-handout] .anniversary-figure-groups ul { margin-top: 1pt; }
  [data-handout] .anniversary-figure-groups li { margin: 0 0 2pt; }
  [data-handout] .anniversary-figure-groups li > p { display: inline; font-size: 8pt; margin: 0; }
  [data-handout] .anniversary-figures a::after { content: none !important; }
  [data-handout] .share-panel { break-inside: avoid; }
}`;

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
  const [record, releases, events, figures] = await Promise.all([
    getAnniversaryRecord(year),
    listReleasesForAnniversary(year),
    listTimelineEvents(ACCOUNT_RANGE),
    listFigures(),
  ]);
  const ordinal = englishOrdinal(anniversaryNumber(year));
  const canonicalUrl = `${env.SITE_URL}/${locale}/anniversaries/${year}`;
  return (
    <article aria-labelledby="anniversary-title" data-handout="">
      {/* On paper the page is a one-page handout: the date, the figures with their sources, the QR code and the link. */}
      <style href="anniversary-handout" precedence="default">
        {HANDOUT_PRINT_CSS}
      </style>
      <JsonLd
        data={anniversaryEventJsonLd({
          year,
          name: anniversaryTitle(year, record),
          description: `20 January ${year}: the ${ordinal} anniversary of 20 January 1990 in Baku.`,
          url: canonicalUrl,
        })}
      />
      <header className="mb-8 border-b border-rule pb-6">
        <p className="font-sans text-sm no-print">
          <Link href={`/${locale}/anniversaries`}>Anniversaries</Link>
        </p>
        <h1 id="anniversary-title" className="mt-2 text-3xl font-semibold leading-tight sm:text-4xl">
          {anniversaryTitle(year, record)}
        </h1>
        <p className="mt-2 font-sans text-lg">
          <time dateTime={`${year}-01-20`}>{formatAnniversaryDate(year, locale)}</time>: {ordinal} anniversary of 20 January 1990
        </p>
        {record?.introduction ? (
          // renderMarkdown sanitises the curators' Markdown to an allowlist on the server.
          <div className="prose-archive mt-4 max-w-3xl" dangerouslySetInnerHTML={{ __html: renderMarkdown(record.introduction) }} />
        ) : null}
      </header>
      <div className="grid gap-12 lg:grid-cols-[2fr_1fr] print:block">
        <div>
          <section aria-labelledby="what-happened" className="no-print">
            <h2 id="what-happened" className="mb-6 text-2xl font-semibold">What happened, in the words of the sources</h2>
            <CitedAccount events={events} locale={locale} />
          </section>
          <AnniversaryFigures groups={groupFiguresByKind(figures)} locale={locale} />
        </div>
        <div className="space-y-10 no-print">
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
      <SharePanel url={canonicalUrl} year={year} title={anniversaryTitle(year, record)} />
      <div className="no-print">
        <LastUpdated
          timestamps={[
            record?.updatedAt,
            ...releases.map((release) => release.updatedAt),
            ...events.map((event) => event.updatedAt),
            ...figures.map((figure) => figure.updatedAt),
          ]}
          locale={locale}
        />
      </div>
    </article>
  );
}
