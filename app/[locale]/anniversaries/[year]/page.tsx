import type { Metadata } from 'next';
import { PageLink } from '@/components/site/page-link';
import { getTranslations } from 'next-intl/server';
import { AnniversaryFigures } from '@/components/site/anniversary-figures';
import { CarnationPanel } from '@/components/site/carnation-panel';
import { CitedAccount } from '@/components/site/cited-account';
import { JsonLd } from '@/components/site/json-ld';
import { Localised, UntranslatedNote } from '@/components/site/localised-text';
import { ReleaseList } from '@/components/site/release-list';
import { SharePanel } from '@/components/site/share-panel';
import { LastUpdated } from '@/components/ui/last-updated';
import { ACCOUNT_RANGE } from '@/lib/anniversaries/account';
import { formatAnniversaryDate, formatAnniversaryDay, formatAnniversaryOrdinal, titleInReadersLanguage } from '@/lib/anniversaries/format';
import { getLocalisedAnniversary } from '@/lib/anniversaries/localised';
import { isAnniversaryYear } from '@/lib/anniversaries/ordinal';
import { getCarnationCount } from '@/lib/carnations/queries';
import { anniversarySubjectKey } from '@/lib/carnations/subject';
import { renderMarkdown } from '@/lib/content/markdown';
import { anniversaryTitle } from '@/lib/embed/card';
import { oembedAlternateTypes } from '@/lib/embed/oembed';
import { listTimelineEvents } from '@/lib/events/queries';
import { env } from '@/lib/env';
import { groupFiguresByKind, listFigures } from '@/lib/figures/queries';
import { pageAlternates } from '@/lib/i18n/alternates';
import { defaultLocale, isLocale } from '@/lib/i18n/config';
import { resolveLocale } from '@/lib/i18n/params';
import { listReleasesForAnniversary, type ReleaseSummary } from '@/lib/releases/queries';
import { anniversaryEventJsonLd } from '@/lib/seo/json-ld';
import { pageSocialMetadata } from '@/lib/og/metadata';
import { NotFoundAnswer } from '@/components/site/not-found-answer';

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
  const { locale: requested, year: yearParam } = await params;
  const locale = isLocale(requested) ? requested : defaultLocale;
  const t = await getTranslations({ locale, namespace: 'anniversaries' });
  const year = parseYear(yearParam);
  if (year === null) return { title: t('notFoundTitle') };
  const phrase = { ordinal: formatAnniversaryOrdinal(year, locale), date: formatAnniversaryDay(year, locale) };
  const title = t('metaTitle', phrase);
  const description = t('metaDescription', phrase);
  return {
    title,
    description,
    // The card is this folder's opengraph-image.tsx.
    ...pageSocialMetadata({ locale, path: `/${locale}/anniversaries/${year}`, title, description, ownImage: true }),
    alternates: {
      ...pageAlternates(locale, `/anniversaries/${year}`),
      // oEmbed discovery: pasting the page's link into a CMS that speaks oEmbed embeds the card.
      types: oembedAlternateTypes(env.SITE_URL, { kind: 'anniversary', locale, year }, title),
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

function groupByIssuer(releases: ReleaseSummary[], unnamed: string): { issuer: string; releases: ReleaseSummary[] }[] {
  const groups = new Map<string, ReleaseSummary[]>();
  for (const release of releases) {
    const issuer = release.issuer?.name ?? unnamed;
    groups.set(issuer, [...(groups.get(issuer) ?? []), release]);
  }
  return [...groups].map(([issuer, grouped]) => ({ issuer, releases: grouped }));
}

export default async function AnniversaryPage({ params }: PageProps<'/[locale]/anniversaries/[year]'>) {
  const locale = await resolveLocale(params);
  const { year: yearParam } = await params;
  const year = parseYear(yearParam);
  if (year === null) return <NotFoundAnswer locale={locale} />;
  const [record, releases, events, figures, t, carnations] = await Promise.all([
    getLocalisedAnniversary(year, locale),
    listReleasesForAnniversary(year),
    listTimelineEvents(ACCOUNT_RANGE),
    listFigures(),
    getTranslations({ locale, namespace: 'anniversaries' }),
    getCarnationCount(anniversarySubjectKey(year)),
  ]);
  // The page and its one-page handout give the toll as the archived press releases state it; every
  // other source's figures are on the figures page, which the section links to and says so.
  const releaseFigures = figures.filter((figure) => figure.source.kind === 'RELEASE');
  const ordinal = formatAnniversaryOrdinal(year, locale);
  const canonicalUrl = `${env.SITE_URL}/${locale}/anniversaries/${year}`;
  // The curators' title in the reader's language, or the original with its note; without one, the default title.
  const ownTitle = record?.localised.title ?? null;
  const heading = ownTitle ?? { text: anniversaryTitle(year, null, locale), lang: locale, untranslated: false };
  // Where no note can follow (structured data, the embed snippet), a title in the reader's language.
  const readableTitle = anniversaryTitle(year, { title: titleInReadersLanguage(ownTitle) }, locale);
  return (
    <article aria-labelledby="anniversary-title" data-handout="">
      {/* On paper the page is a one-page handout: the date, the figures with their sources, the QR code and the link. */}
      <style href="anniversary-handout" precedence="default">
        {HANDOUT_PRINT_CSS}
      </style>
      <JsonLd
        data={anniversaryEventJsonLd({
          year,
          name: readableTitle,
          description: t('summary', { date: formatAnniversaryDay(year, locale), ordinal }),
          url: canonicalUrl,
        })}
      />
      <header className="mb-8 border-b border-rule pb-6">
        <p className="font-sans text-sm no-print">
          <PageLink href={`/${locale}/anniversaries`}>{t('index.title')}</PageLink>
        </p>
        <h1
          id="anniversary-title"
          lang={heading.lang === locale ? undefined : heading.lang}
          className="mt-2 text-3xl font-semibold leading-tight sm:text-4xl"
        >
          {heading.text}
        </h1>
        {heading.untranslated ? <UntranslatedNote lang={heading.lang} locale={locale} /> : null}
        <p className="mt-2 font-sans text-lg">
          {t.rich('dateLine', {
            ordinal,
            date: formatAnniversaryDate(year, locale),
            time: (chunks) => <time dateTime={`${year}-01-20`}>{chunks}</time>,
          })}
        </p>
        <Localised
          value={record?.localised.introduction ?? null}
          locale={locale}
          className="mt-4 max-w-3xl"
          // renderMarkdown sanitises the curators' Markdown to an allowlist on the server.
          render={(text) => <div className="prose-archive" dangerouslySetInnerHTML={{ __html: renderMarkdown(text) }} />}
        />
      </header>
      <div className="grid gap-12 lg:grid-cols-[2fr_1fr] print:block">
        <div>
          <section aria-labelledby="what-happened" className="no-print">
            <h2 id="what-happened" className="mb-6 text-2xl font-semibold">{t('whatHappened')}</h2>
            <CitedAccount events={events} locale={locale} />
          </section>
          <AnniversaryFigures groups={groupFiguresByKind(releaseFigures)} locale={locale} />
        </div>
        <div className="space-y-10 no-print">
          <section aria-labelledby="releases-heading">
            <h2 id="releases-heading" className="text-xl font-semibold">{t('releasesFor', { year: String(year) })}</h2>
            {releases.length === 0 ? (
              <p className="mt-2 font-sans">{t('noReleases')}</p>
            ) : (
              groupByIssuer(releases, t('issuerNotNamed')).map((group) => (
                <section key={group.issuer} className="mt-4" aria-label={group.issuer}>
                  <h3 className="font-sans text-sm font-semibold uppercase tracking-wide text-muted">{group.issuer}</h3>
                  <ReleaseList releases={group.releases} locale={locale} />
                </section>
              ))
            )}
          </section>
          <nav aria-labelledby="see-also" className="font-sans">
            <h2 id="see-also" className="text-xl font-semibold">{t('seeAlso')}</h2>
            <ul className="mt-2 space-y-1">
              <li><PageLink href={`/${locale}/figures`}>{t('figuresLink')}</PageLink></li>
              <li><PageLink href={`/${locale}/timeline`}>{t('timelineLink')}</PageLink></li>
              <li><PageLink href={`/${locale}/victims`}>{t('victimsLink')}</PageLink></li>
            </ul>
          </nav>
        </div>
      </div>
      <div className="no-print">
        <CarnationPanel target={{ kind: 'anniversary', year }} count={carnations} locale={locale} />
      </div>
      <SharePanel url={canonicalUrl} year={year} title={readableTitle} locale={locale} />
      <div className="no-print">
        <LastUpdated
          timestamps={[
            record?.updatedAt,
            ...releases.map((release) => release.updatedAt),
            ...events.map((event) => event.updatedAt),
            ...releaseFigures.map((figure) => figure.updatedAt),
          ]}
          locale={locale}
        />
      </div>
    </article>
  );
}
