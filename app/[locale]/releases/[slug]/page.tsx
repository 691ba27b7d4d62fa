import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { JsonLd } from '@/components/site/json-ld';
import { ReleaseBody } from '@/components/site/release-body';
import { LastUpdated } from '@/components/ui/last-updated';
import { anniversaryNumber, englishOrdinal } from '@/lib/anniversaries/ordinal';
import { formatPartialDate } from '@/lib/dates';
import { env } from '@/lib/env';
import { resolveLocale } from '@/lib/i18n/params';
import { getReleaseBySlug } from '@/lib/releases/queries';
import { releaseArticleJsonLd } from '@/lib/seo/json-ld';
import { redirectIfRenamed } from '@/lib/redirects/queries';
import { isSlug } from '@/lib/slug';
import { pageSocialMetadata } from '@/lib/og/metadata';
import { defaultLocale, isLocale } from '@/lib/i18n/config';
import { oembedAlternateTypes } from '@/lib/embed/oembed';

export const revalidate = 3600;

export function generateStaticParams() {
  // Releases are rendered on first request and then served from the cache until they change.
  return [];
}

async function loadRelease(slug: string) {
  return isSlug(slug) ? getReleaseBySlug(slug) : null;
}

export async function generateMetadata({ params }: PageProps<'/[locale]/releases/[slug]'>): Promise<Metadata> {
  const { locale, slug } = await params;
  const release = await loadRelease(slug);
  if (!release) return { title: 'Release not found' };
  const issuer = release.issuer?.name ?? 'issuer not named in the text';
  const description = `Press release of ${formatPartialDate(release.issuedOn, 'DAY')} (${issuer}), archived word for word.`;
  return {
    title: release.title,
    description,
    // The card is this folder's opengraph-image.tsx.
    ...pageSocialMetadata({
      locale,
      path: `/${locale}/releases/${release.slug}`,
      title: release.title,
      description,
      ownImage: true,
      type: 'article',
      publishedTime: release.issuedOn,
      authors: release.issuer ? [release.issuer.name] : undefined,
    }),
    alternates: {
      canonical: `/${locale}/releases/${release.slug}`,
      types: oembedAlternateTypes(env.SITE_URL, { kind: 'release', locale: isLocale(locale) ? locale : defaultLocale, slug: release.slug }, release.title),
    },
  };
}

export default async function ReleasePage({ params }: PageProps<'/[locale]/releases/[slug]'>) {
  const locale = await resolveLocale(params);
  const { slug } = await params;
  const release = await loadRelease(slug);
  if (!release) {
    await redirectIfRenamed('releases', locale, slug);
    notFound();
  }
  const issuedOn = formatPartialDate(release.issuedOn, 'DAY', { locale });
  const otherLanguage = release.language === locale ? undefined : release.language;
  const canonical = `${env.SITE_URL}/${locale}/releases/${release.slug}`;
  return (
    <article aria-labelledby="release-title">
      <JsonLd
        data={releaseArticleJsonLd({
          title: release.title,
          issuedOn: release.issuedOn,
          updatedAt: release.updatedAt,
          language: release.language,
          url: canonical,
          issuer: release.issuer
            ? { name: release.issuer.name, url: `${env.SITE_URL}/${locale}/issuers/${release.issuer.slug}`, website: release.issuerDetails?.website ?? null }
            : null,
        })}
      />
      <header className="mb-8 border-b border-rule pb-6">
        <p className="font-sans text-sm">
          <Link href={`/${locale}/releases`}>Press releases</Link>
        </p>
        <h1 id="release-title" className="mt-2 text-3xl font-semibold leading-tight" lang={otherLanguage}>
          {release.title}
        </h1>
        {release.titleIsEditorial ? (
          <p className="mt-1 font-sans text-sm text-muted">The release prints no title; the title in square brackets is the archive’s.</p>
        ) : null}
        <dl className="mt-4 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1 font-sans text-sm">
          <dt className="font-semibold">Issued by</dt>
          <dd>
            {release.issuer ? <Link href={`/${locale}/issuers/${release.issuer.slug}`}>{release.issuer.name}</Link> : 'Not named in the text'}
            {release.issuerDetails?.website ? (
              <>
                {' · '}
                <a href={release.issuerDetails.website} rel="noopener noreferrer nofollow">
                  {release.issuerDetails.website.replace(/^https?:\/\//, '')}
                </a>
              </>
            ) : null}
          </dd>
          <dt className="font-semibold">Date</dt>
          <dd>
            <time dateTime={release.issuedOn}>{issuedOn}</time>
          </dd>
          <dt className="font-semibold">Place</dt>
          <dd>{release.place ?? 'Not stated'}</dd>
          {release.referenceNumber ? (
            <>
              <dt className="font-semibold">Number</dt>
              <dd>{release.referenceNumber}</dd>
            </>
          ) : null}
          <dt className="font-semibold">Language</dt>
          <dd>{new Intl.DisplayNames([locale], { type: 'language' }).of(release.language) ?? release.language}</dd>
          {release.anniversaryYear ? (
            <>
              <dt className="font-semibold">Anniversary</dt>
              <dd>
                <Link href={`/${locale}/anniversaries/${release.anniversaryYear}`}>
                  {englishOrdinal(anniversaryNumber(release.anniversaryYear))} anniversary, {release.anniversaryYear}
                </Link>
              </dd>
            </>
          ) : null}
        </dl>
      </header>
      <section aria-label="Text of the release" className="max-w-3xl" lang={otherLanguage}>
        <ReleaseBody body={release.body} format={release.bodyFormat} />
      </section>
      {release.editorialNote ? (
        <aside aria-label="Archive note" className="mt-8 max-w-3xl border-l-4 border-rule bg-white/60 p-4 font-sans text-sm">
          <p className="font-semibold">Archive note</p>
          <p>{release.editorialNote}</p>
        </aside>
      ) : null}
      <section aria-labelledby="cite-heading" className="mt-10 max-w-3xl font-sans text-sm">
        <h2 id="cite-heading" className="font-semibold">How to cite this release</h2>
        <p className="mt-1">
          {release.issuer ? `${release.issuer.name}, ` : ''}“{release.title}”, press release, {issuedOn}
          {release.place ? `, ${release.place}` : ''}. Black January memorial archive, {canonical}
        </p>
      </section>
      <LastUpdated timestamps={[release.updatedAt]} locale={locale} />
    </article>
  );
}
