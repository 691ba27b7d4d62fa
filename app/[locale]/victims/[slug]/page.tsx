import type { Metadata } from 'next';
import { PageLink } from '@/components/site/page-link';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { CarnationPanel } from '@/components/site/carnation-panel';
import { RemembrancePanel } from '@/components/site/remembrance-panel';
import { TestimonyInvitation } from '@/components/site/testimony-invitation';
import { CitedQuote } from '@/components/site/cited-quote';
import { JsonLd } from '@/components/site/json-ld';
import { Localised } from '@/components/site/localised-text';
import { VictimPhoto } from '@/components/site/victim-photo';
import { LastUpdated } from '@/components/ui/last-updated';
import { renderMarkdown } from '@/lib/content/markdown';
import { formatPartialDate, formatTimestampDate } from '@/lib/dates';
import { oembedAlternateTypes } from '@/lib/embed/oembed';
import { env } from '@/lib/env';
import { pageAlternates } from '@/lib/i18n/alternates';
import { defaultLocale, intlLocale, isLocale } from '@/lib/i18n/config';
import { resolveLocale } from '@/lib/i18n/params';
import { pageSocialMetadata } from '@/lib/og/metadata';
import { redirectIfRenamed } from '@/lib/redirects/queries';
import { victimPersonJsonLd } from '@/lib/seo/json-ld';
import { isSlug } from '@/lib/slug';
import { localiseOne } from '@/lib/translations/localise';
import { getCarnationCount } from '@/lib/carnations/queries';
import { victimSubjectKey } from '@/lib/carnations/subject';
import { listApprovedRemembrances } from '@/lib/remembrances/queries';
import { victimDisplayName } from '@/lib/victims/display';
import { getPublicVictimPhoto } from '@/lib/victims/photos/photo-queries';
import { getVictimBySlug, type VictimDetail } from '@/lib/victims/queries';
import { localiseText } from '@/lib/translations/fields';
import { DisputedVersions, FactSources } from '@/components/site/fact-sources';
import { NotFoundAnswer } from '@/components/site/not-found-answer';

export const revalidate = 3600;

export function generateStaticParams() {
  // Memorial pages are rendered on first request and then served from the cache until they change.
  return [];
}

async function loadVictim(slug: string) {
  return isSlug(slug) ? getVictimBySlug(slug) : null;
}

export async function generateMetadata({ params }: PageProps<'/[locale]/victims/[slug]'>): Promise<Metadata> {
  const { locale: requested, slug } = await params;
  const locale = isLocale(requested) ? requested : defaultLocale;
  const t = await getTranslations({ locale, namespace: 'victims' });
  const victim = await loadVictim(slug);
  if (!victim) return { title: t('notFoundTitle') };
  const { name } = victimDisplayName(victim, locale);
  const description = t('metaDescription', { name });
  const path = `/victims/${victim.slug}`;
  return {
    title: name,
    description,
    // The card is this folder's opengraph-image.tsx.
    ...pageSocialMetadata({ locale, path: `/${locale}${path}`, title: name, description, ownImage: true, type: 'profile' }),
    alternates: {
      ...pageAlternates(locale, path),
      types: oembedAlternateTypes(env.SITE_URL, { kind: 'victim', locale, slug: victim.slug }, name),
    },
  };
}

/** The facts a citation can name, each with its label in victims.fields. */
const FACT_FIELDS = ['name', 'sex', 'birthPlace', 'age', 'fate', 'deathDate', 'deathPlace', 'home', 'occupation', 'burialPlace', 'circumstances', 'honours', 'wounds'] as const;
type FactField = (typeof FACT_FIELDS)[number];
function isFactField(value: string): value is FactField {
  return (FACT_FIELDS as readonly string[]).includes(value);
}

/** The record's citations grouped by source, in order, each source with the facts it supports. */
function numberSources(citations: VictimDetail['citations']) {
  const entries: { source: VictimDetail['citations'][number]['source']; citations: VictimDetail['citations']; supports: Set<string> }[] = [];
  for (const citation of citations) {
    let entry = entries.find((candidate) => candidate.source.key === citation.source.key);
    if (!entry) entries.push((entry = { source: citation.source, citations: [], supports: new Set() }));
    entry.citations.push(citation);
    for (const supported of citation.supports) entry.supports.add(supported);
  }
  return entries;
}

/** The script a displayed name is written in, for its lang attribute: names are never translated. */
function nameLanguage(victim: { nameLatin: string | null; nameCyrillic: string | null }): string | undefined {
  if (victim.nameLatin) return undefined;
  return victim.nameCyrillic ? 'az-Cyrl' : 'ru';
}

export default async function VictimPage({ params }: PageProps<'/[locale]/victims/[slug]'>) {
  const locale = await resolveLocale(params);
  const { slug } = await params;
  const [found, photo] = await Promise.all([loadVictim(slug), isSlug(slug) ? getPublicVictimPhoto(slug) : null]);
  if (!found) {
    await redirectIfRenamed('victims', locale, slug);
    return <NotFoundAnswer locale={locale} />;
  }
  const [victim, t, common, carnations, remembrances] = await Promise.all([
    localiseOne('VICTIM', found, locale),
    getTranslations({ locale, namespace: 'victims' }),
    getTranslations({ locale, namespace: 'common' }),
    getCarnationCount(victimSubjectKey(found.id)),
    listApprovedRemembrances(found.id),
  ]);
  const { name, identified } = victimDisplayName(victim, locale);
  // The source's description of an unidentified person is its own words, in the record's language.
  const descriptionLang = victim.language === locale ? undefined : victim.language;
  const unknown = <span className="text-muted italic">{t('notRecorded')}</span>;
  // A detail removed at the family's request (a decided testimony) says so in its place; its value is gone.
  const withheld = (field: string) => victim.withheldFields.includes(field);
  const withheldNotice = (
    <span className="text-muted italic" data-withheld>
      {t('withheld')}
    </span>
  );
  const unknownOr = (field: string) => (withheld(field) ? withheldNotice : unknown);
  // The record's sources, numbered once each; a fact names the numbers of the sources that support it.
  const numbered = numberSources(victim.citations);
  const numberOf = (sourceKey: string) => numbered.findIndex((entry) => entry.source.key === sourceKey) + 1 || null;
  const supporting = (fact: string) => numbered.flatMap((entry, index) => (entry.supports.has(fact) ? [index + 1] : []));
  const disputed = (field: string) => victim.disputedValues.filter((value) => value.field === field);
  const warned = (content: ReactNode) =>
    victim.contentWarning ? (
      // Closed until the reader opens it; <details> needs no script.
      <details className="rounded border border-rule p-2" data-content-warning>
        <summary className="cursor-pointer font-sans text-sm font-semibold">{t('contentWarning')}</summary>
        <div className="mt-2">{content}</div>
      </details>
    ) : (
      content
    );
  /** A fact's value, the sources that support it, and every version where sources disagree. */
  const fact = (field: string, value: ReactNode | null, supportField: string = field): ReactNode => {
    const versions = disputed(field);
    if (value === null && versions.length === 0) return unknownOr(field);
    return (
      <>
        {value !== null ? (
          <>
            {value}
            <FactSources numbers={supporting(supportField)} locale={locale} />
          </>
        ) : null}
        <DisputedVersions versions={versions} locale={locale} heading={t('disputed')} sourceNumber={(version) => numberOf(version.source.key)} />
      </>
    );
  };
  const factLabel = (supported: string) => (supported === 'birthDate' ? t('fields.born') : isFactField(supported) ? t(`fields.${supported}`) : supported);
  const fate = victim.fate === 'NOT_STATED' ? null : common(`fate.${victim.fate}`);
  const honours = localiseText(victim.honours, 'en', null, locale);
  const rows: [string, ReactNode][] = [
    [t('fields.nameLatin'), victim.nameLatin ? fact('name', victim.nameLatin) : unknownOr('nameLatin')],
    [t('fields.nameCyrillic'), victim.nameCyrillic ? <span lang="az-Cyrl">{victim.nameCyrillic}</span> : unknownOr('nameCyrillic')],
    [t('fields.nameRussian'), victim.nameRussian ? fact('name', <span lang="ru">{victim.nameRussian}</span>) : unknownOr('nameRussian')],
    ...(victim.otherNames.length > 0
      ? ([[t('fields.otherNames'), fact('name', victim.otherNames.join(', '))]] as [string, ReactNode][])
      : withheld('otherNames')
        ? ([[t('fields.otherNames'), withheldNotice]] as [string, ReactNode][])
        : []),
    [t('fields.sex'), victim.sex === 'NOT_STATED' ? unknown : fact('sex', common(`sex.${victim.sex}`))],
    [t('fields.born'), fact('birthDate', victim.birthDate ? formatPartialDate(victim.birthDate, victim.birthDatePrecision, { locale }) : null)],
    ...(victim.birthPlace || withheld('birthPlace') ? ([[t('fields.birthPlace'), fact('birthPlace', victim.birthPlace)]] as [string, ReactNode][]) : []),
    [t('fields.home'), fact('home', victim.home)],
    [t('fields.age'), fact('age', victim.age !== null ? new Intl.NumberFormat(intlLocale(locale)).format(victim.age) : null)],
    // "Took own life" is shown only behind the record's warning, as its circumstances are.
    [t('fields.fate'), victim.fate === 'TOOK_OWN_LIFE' ? warned(fact('fate', fate)) : fact('fate', fate)],
    [t('fields.deathDate'), fact('deathDate', victim.deathDate ? formatPartialDate(victim.deathDate, victim.deathDatePrecision, { locale }) : null)],
    [t('fields.deathPlace'), fact('deathPlace', victim.deathPlace)],
    ...(disputed('wounds').length > 0 ? ([[t('fields.wounds'), fact('wounds', null)]] as [string, ReactNode][]) : []),
    [
      t('fields.occupation'),
      fact('occupation', victim.localised.occupation ? <Localised value={victim.localised.occupation} locale={locale} as="span" /> : null),
    ],
    [
      t('fields.circumstances'),
      victim.localised.circumstances
        ? warned(fact('circumstances', <Localised value={victim.localised.circumstances} locale={locale} as="span" />))
        : unknownOr('circumstances'),
    ],
    [t('fields.burialPlace'), fact('burialPlace', victim.burialPlace)],
    ...(honours ? ([[t('fields.honours'), fact('honours', <Localised value={honours} locale={locale} as="span" />)]] as [string, ReactNode][]) : []),
  ];
  return (
    <article aria-labelledby="victim-name">
      <JsonLd
        data={victimPersonJsonLd({
          name: identified ? name : null,
          description: victim.description,
          deathDate: victim.deathDate,
          deathDatePrecision: victim.deathDatePrecision,
          deathPlace: victim.deathPlace,
          url: `${env.SITE_URL}/${locale}/victims/${victim.slug}`,
        })}
      />
      <header className="mb-8 border-b border-rule pb-6">
        <p className="font-sans text-sm">
          <PageLink href={`/${locale}/victims`}>{t('backToList')}</PageLink>
        </p>
        {identified ? (
          <h1 id="victim-name" lang={nameLanguage(victim)} className="mt-2 text-3xl font-semibold leading-tight">
            {name}
          </h1>
        ) : (
          <h1 id="victim-name" className="mt-2 text-3xl font-semibold leading-tight italic">
            {victim.description
              ? t.rich('unidentified', {
                  description: victim.description,
                  original: (chunks) => <span lang={descriptionLang}>{chunks}</span>,
                })
              : t('unidentifiedPerson')}
          </h1>
        )}
        {!identified ? <p className="mt-2 max-w-3xl font-sans text-muted">{t('unidentifiedNote')}</p> : null}
        {victim.singleSource ? (
          <p className="mt-2 max-w-3xl font-sans text-sm font-semibold" data-single-source>
            {t('oneSource')}
          </p>
        ) : null}
      </header>
      {photo ? (
        <div className="mb-8">
          <VictimPhoto url={photo.url} altText={photo.altText} credit={photo.credit} contentWarning={photo.contentWarning} locale={locale} />
        </div>
      ) : null}
      <dl className="grid max-w-3xl gap-x-8 gap-y-3 sm:grid-cols-[max-content_1fr]">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-sans text-sm font-semibold sm:pt-0.5">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {!victim.localised.biography && withheld('biography') ? (
        <section aria-labelledby="biography" className="mt-10 max-w-3xl">
          <h2 id="biography" className="text-xl font-semibold">
            {t('biography')}
          </h2>
          <p className="mt-3">{withheldNotice}</p>
        </section>
      ) : null}
      {victim.localised.biography ? (
        <section aria-labelledby="biography" className="mt-10 max-w-3xl">
          <h2 id="biography" className="text-xl font-semibold">
            {t('biography')}
          </h2>
          <Localised
            value={victim.localised.biography}
            locale={locale}
            className="mt-3"
            // renderMarkdown sanitises the curators' Markdown to an allowlist on the server.
            render={(text) => <div className="prose-archive" dangerouslySetInnerHTML={{ __html: renderMarkdown(text) }} />}
          />
        </section>
      ) : null}
      <section aria-labelledby="sources" className="mt-10 max-w-3xl">
        <h2 id="sources" className="text-xl font-semibold">
          {t('sources')}
        </h2>
        {numbered.length > 0 ? (
          <ol className="mt-2 space-y-3">
            {numbered.map((entry, index) => (
              <li key={entry.source.key} id={`source-${index + 1}`} className="scroll-mt-6">
                <span className="font-sans text-sm font-semibold">{index + 1}. </span>
                {entry.citations.map((citation, position) => (
                  <CitedQuote key={position} citation={citation} locale={locale} />
                ))}
                <p className="font-sans text-sm text-muted">
                  {entry.supports.size > 0
                    ? t('supports', { facts: [...entry.supports].map((supported) => factLabel(supported)).join(', ') })
                    : t('supportsRecord')}
                </p>
              </li>
            ))}
          </ol>
        ) : (
          <p className="font-sans text-muted">{t('noSources')}</p>
        )}
      </section>
      {victim.lastCorrection ? (
        <section aria-labelledby="last-correction" className="mt-10 max-w-3xl">
          <h2 id="last-correction" className="text-xl font-semibold">
            {t('correction.heading')}
          </h2>
          <p className="mt-2 font-sans text-sm text-muted">
            {t.rich('correction.when', {
              date: formatTimestampDate(victim.lastCorrection.at, locale),
              time: (chunks) => <time dateTime={victim.lastCorrection!.at}>{chunks}</time>,
            })}
          </p>
          {/* The curators' note is plain text in English, like the honours; rendered as text, never as HTML. */}
          <Localised value={localiseText(victim.lastCorrection.note, 'en', null, locale)} locale={locale} as="p" className="mt-1" />
        </section>
      ) : null}
      <CarnationPanel target={{ kind: 'victim', slug: victim.slug }} count={carnations} locale={locale} />
      <RemembrancePanel slug={victim.slug} remembrances={remembrances} locale={locale} />
      <TestimonyInvitation slug={victim.slug} name={identified ? name : t('unidentifiedPerson')} locale={locale} />
      <LastUpdated timestamps={[victim.updatedAt, photo?.updatedAt]} locale={locale} />
    </article>
  );
}
