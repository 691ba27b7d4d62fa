import type { Metadata } from 'next';
import { PageLink } from '@/components/site/page-link';
import { getTranslations } from 'next-intl/server';
import { JsonLd } from '@/components/site/json-ld';
import { ReleaseBody } from '@/components/site/release-body';
import { releaseLanguageName } from '@/components/site/release-list';
import { LastUpdated } from '@/components/ui/last-updated';
import { anniversaryNumber } from '@/lib/anniversaries/ordinal';
import { formatPartialDate } from '@/lib/dates';
import { env } from '@/lib/env';
import { pageAlternates } from '@/lib/i18n/alternates';
import { formatOrdinal } from '@/lib/i18n/ordinals';
import { resolveLocale } from '@/lib/i18n/params';
import { siteLanguageOf } from '@/lib/releases/language';
import { getReleaseBySlug } from '@/lib/releases/queries';
import { releaseArticleJsonLd } from '@/lib/seo/json-ld';
import { redirectIfRenamed } from '@/lib/redirects/queries';
import { isSlug } from '@/lib/slug';
import { pageSocialMetadata } from '@/lib/og/metadata';
import { oembedAlternateTypes } from '@/lib/embed/oembed';
import { NotFoundAnswer } from '@/components/site/not-found-answer';

export const revalidate = 3600;

export function generateStaticParams() {
  // Releases are rendered on first request and then served from the cache until they change.
  return [];
}

async function loadRelease(slug: string) {
  return isSlug(slug) ? getReleaseBySlug(slug) : null;
}

export async function generateMetadata({ params }: PageProps<'/[locale]/releases/[slug]'>): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const { slug } = await params;
  const t = await getTranslations({ locale, namespace: 'releases' });
  const release = await loadRelease(slug);
  if (!release) return { title: t('notFound') };
  const issuer = release.issuer?.name ?? t('issuerNotNamedLower');
  const description = t('releaseDescription', { date: formatPartialDate(release.issuedOn, 'DAY', { locale }), issuer });
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
      ...pageAlternates(locale, `/releases/${release.slug}`),
      types: oembedAlternateTypes(env.SITE_URL, { kind: 'release', locale, slug: release.slug }, release.title),
    },
  };
}

export default async function ReleasePage({ params }: PageProps<'/[locale]/releases/[slug]'>) {
  const locale = await resolveLocale(params);
  const { slug } = await params;
  const release = await loadRelease(slug);
  if (!release) {
    await redirectIfRenamed('releases', locale, slug);
    return <NotFoundAnswer locale={locale} />;
  }
  const t = await getTranslations({ locale, namespace: 'releases' });
  const translation = await getTranslations({ locale, namespace: 'common.translation' });
  const issuedOn = formatPartialDate(release.issuedOn, 'DAY', { locale });
  // A release is shown in the language it was issued in; only the interface around it is the page's.
  const otherLanguage = release.language === locale ? undefined : release.language;
  const releaseSiteLanguage = siteLanguageOf(release.language);
  const languageName = await releaseLanguageName(release.language, locale);
  const versions = await Promise.all(
    release.otherLanguages.map(async (version) => ({ ...version, languageName: await releaseLanguageName(version.language, locale) })),
  );
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
          <PageLink href={`/${locale}/releases`}>{t('title')}</PageLink>
        </p>
        <h1 id="release-title" className="mt-2 text-3xl font-semibold leading-tight" lang={otherLanguage}>
          {release.title}
        </h1>
        {release.titleIsEditorial ? <p className="mt-1 font-sans text-sm text-muted">{t('editorialTitle')}</p> : null}
        {otherLanguage && releaseSiteLanguage !== locale ? (
          <p className="mt-2 font-sans text-sm italic text-muted">
            {releaseSiteLanguage
              ? t('issuedIn', { language: translation(`languageIn.${releaseSiteLanguage}`) })
              : t('issuedInOther', { language: languageName })}
          </p>
        ) : null}
        <dl className="mt-4 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1 font-sans text-sm">
          <dt className="font-semibold">{t('fields.issuedBy')}</dt>
          <dd>
            {release.issuer ? <PageLink href={`/${locale}/issuers/${release.issuer.slug}`}>{release.issuer.name}</PageLink> : t('fields.notNamed')}
            {release.issuerDetails?.website ? (
              <>
                {' · '}
                <a href={release.issuerDetails.website} rel="noopener noreferrer nofollow">
                  {release.issuerDetails.website.replace(/^https?:\/\//, '')}
                </a>
              </>
            ) : null}
          </dd>
          <dt className="font-semibold">{t('fields.date')}</dt>
          <dd>
            <time dateTime={release.issuedOn}>{issuedOn}</time>
          </dd>
          <dt className="font-semibold">{t('fields.place')}</dt>
          <dd>{release.place ?? t('fields.notStated')}</dd>
          {release.referenceNumber ? (
            <>
              <dt className="font-semibold">{t('fields.number')}</dt>
              <dd>{release.referenceNumber}</dd>
            </>
          ) : null}
          <dt className="font-semibold">{t('fields.language')}</dt>
          <dd>{languageName}</dd>
          {release.anniversaryYear ? (
            <>
              <dt className="font-semibold">{t('fields.anniversary')}</dt>
              <dd>
                <PageLink href={`/${locale}/anniversaries/${release.anniversaryYear}`}>
                  {t('anniversaryLink', { ordinal: formatOrdinal(anniversaryNumber(release.anniversaryYear), locale), year: String(release.anniversaryYear) })}
                </PageLink>
              </dd>
            </>
          ) : null}
        </dl>
      </header>
      <section aria-label={t('text')} className="max-w-3xl" lang={otherLanguage}>
        <ReleaseBody body={release.body} format={release.bodyFormat} />
      </section>
      {release.editorialNote ? (
        <aside aria-label={t('archiveNote')} className="mt-8 max-w-3xl border-l-4 border-rule bg-white/60 p-4 font-sans text-sm">
          <p className="font-semibold">{t('archiveNote')}</p>
          <p>{release.editorialNote}</p>
        </aside>
      ) : null}
      {versions.length > 0 ? (
        <section aria-labelledby="other-languages-heading" className="mt-10 max-w-3xl font-sans text-sm">
          <h2 id="other-languages-heading" className="font-semibold">{t('otherLanguages.heading')}</h2>
          <p className="mt-1 text-muted">{t('otherLanguages.intro')}</p>
          <ul className="mt-2 space-y-1">
            {versions.map((version) => (
              <li key={version.slug}>
                <PageLink href={`/${locale}/releases/${version.slug}`} hrefLang={version.language} lang={version.language === locale ? undefined : version.language}>
                  {version.title}
                </PageLink>
                {` · ${version.languageName}`}
                {version.isOriginal ? ` (${t('otherLanguages.original')})` : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="cite-heading" className="mt-10 max-w-3xl font-sans text-sm">
        <h2 id="cite-heading" className="font-semibold">{t('cite.heading')}</h2>
        <p className="mt-1">
          {t('cite.citation', { issuerPrefix: release.issuer ? `${release.issuer.name}, ` : '', title: release.title, date: issuedOn, placeSuffix: release.place ? `, ${release.place}` : '', url: canonical })}
        </p>
      </section>
      <LastUpdated timestamps={[release.updatedAt]} locale={locale} />
    </article>
  );
}
