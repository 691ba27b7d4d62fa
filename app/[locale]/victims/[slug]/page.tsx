import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { CitedQuote } from '@/components/site/cited-quote';
import { JsonLd } from '@/components/site/json-ld';
import { VictimPhoto } from '@/components/site/victim-photo';
import { LastUpdated } from '@/components/ui/last-updated';
import { renderMarkdown } from '@/lib/content/markdown';
import { formatPartialDate } from '@/lib/dates';
import { env } from '@/lib/env';
import { resolveLocale } from '@/lib/i18n/params';
import { victimPersonJsonLd } from '@/lib/seo/json-ld';
import { redirectIfRenamed } from '@/lib/redirects/queries';
import { isSlug } from '@/lib/slug';
import { victimDisplayName } from '@/lib/victims/display';
import { FATE_LABELS, SEX_LABELS } from '@/lib/victims/labels';
import { getPublicVictimPhoto } from '@/lib/victims/photo-queries';
import { getVictimBySlug } from '@/lib/victims/queries';
import { pageSocialMetadata } from '@/lib/og/metadata';
import { defaultLocale, isLocale } from '@/lib/i18n/config';
import { oembedAlternateTypes } from '@/lib/embed/oembed';

export const revalidate = 3600;

export function generateStaticParams() {
  // Memorial pages are rendered on first request and then served from the cache until they change.
  return [];
}

async function loadVictim(slug: string) {
  return isSlug(slug) ? getVictimBySlug(slug) : null;
}

export async function generateMetadata({ params }: PageProps<'/[locale]/victims/[slug]'>): Promise<Metadata> {
  const { locale, slug } = await params;
  const victim = await loadVictim(slug);
  if (!victim) return { title: 'Record not found' };
  const { name } = victimDisplayName(victim);
  const description = `Memorial record: ${name}. What the sources record about this victim of 20 January 1990, with each source named.`;
  return {
    title: name,
    description,
    // The card is this folder's opengraph-image.tsx.
    ...pageSocialMetadata({ locale, path: `/${locale}/victims/${victim.slug}`, title: name, description, ownImage: true, type: 'profile' }),
    alternates: {
      canonical: `/${locale}/victims/${victim.slug}`,
      types: oembedAlternateTypes(env.SITE_URL, { kind: 'victim', locale: isLocale(locale) ? locale : defaultLocale, slug: victim.slug }, name),
    },
  };
}

const UNKNOWN = <span className="text-muted italic">Not recorded in the sources</span>;

export default async function VictimPage({ params }: PageProps<'/[locale]/victims/[slug]'>) {
  const locale = await resolveLocale(params);
  const { slug } = await params;
  const [victim, photo] = await Promise.all([loadVictim(slug), isSlug(slug) ? getPublicVictimPhoto(slug) : null]);
  if (!victim) {
    await redirectIfRenamed('victims', locale, slug);
    notFound();
  }
  const { name, identified } = victimDisplayName(victim);
  const rows: [string, ReactNode][] = [
    ['Name (Latin script)', victim.nameLatin ?? UNKNOWN],
    ['Name (Cyrillic)', victim.nameCyrillic ? <span lang="az-Cyrl">{victim.nameCyrillic}</span> : UNKNOWN],
    ['Name (Russian form)', victim.nameRussian ? <span lang="ru">{victim.nameRussian}</span> : UNKNOWN],
    ...(victim.otherNames.length > 0 ? ([['Other spellings', victim.otherNames.join(', ')]] as [string, ReactNode][]) : []),
    ['Sex', victim.sex === 'NOT_STATED' ? UNKNOWN : SEX_LABELS[victim.sex]],
    ['Born', victim.birthDate ? formatPartialDate(victim.birthDate, victim.birthDatePrecision, { locale }) : UNKNOWN],
    ['Age', victim.age !== null ? String(victim.age) : UNKNOWN],
    ['Fate', victim.fate === 'NOT_STATED' ? UNKNOWN : FATE_LABELS[victim.fate]],
    ['Date of death', victim.deathDate ? formatPartialDate(victim.deathDate, victim.deathDatePrecision, { locale }) : UNKNOWN],
    ['Place of death', victim.deathPlace ?? UNKNOWN],
    ['Occupation', victim.occupation ?? UNKNOWN],
    ['Circumstances', victim.circumstances ?? UNKNOWN],
    ['Burial place', victim.burialPlace ?? UNKNOWN],
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
          <Link href={`/${locale}/victims`}>The victims</Link>
        </p>
        <h1 id="victim-name" className={`mt-2 text-3xl font-semibold leading-tight ${identified ? '' : 'italic'}`}>
          {name}
        </h1>
        {!identified ? (
          <p className="mt-2 max-w-3xl font-sans text-muted">
            The sources describe this person without giving a name. The description is theirs, word for word.
          </p>
        ) : null}
      </header>
      {photo ? (
        <div className="mb-8">
          <VictimPhoto url={photo.url} altText={photo.altText} credit={photo.credit} contentWarning={photo.contentWarning} />
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
      {victim.biography ? (
        <section aria-labelledby="biography" className="mt-10 max-w-3xl">
          <h2 id="biography" className="text-xl font-semibold">Biography</h2>
          <div className="prose-archive mt-3" dangerouslySetInnerHTML={{ __html: renderMarkdown(victim.biography) }} />
        </section>
      ) : null}
      <section aria-labelledby="sources" className="mt-10 max-w-3xl">
        <h2 id="sources" className="text-xl font-semibold">Sources</h2>
        {victim.citations.length > 0 ? (
          victim.citations.map((citation, index) => <CitedQuote key={index} citation={citation} locale={locale} />)
        ) : (
          <p className="font-sans text-muted">No published source is linked to this record yet.</p>
        )}
      </section>
      <LastUpdated timestamps={[victim.updatedAt, photo?.updatedAt]} locale={locale} />
    </article>
  );
}
