import type { Metadata } from 'next';
import { PageLink } from '@/components/site/page-link';
import { getTranslations } from 'next-intl/server';
import { IssuerDetails } from '@/components/site/issuer-details';
import { ReleaseList } from '@/components/site/release-list';
import { LastUpdated } from '@/components/ui/last-updated';
import { feedPaths } from '@/lib/feeds/release-feed';
import { pageAlternates } from '@/lib/i18n/alternates';
import { resolveLocale } from '@/lib/i18n/params';
import { getIssuerBySlug } from '@/lib/organizations/queries';
import { redirectIfRenamed } from '@/lib/redirects/queries';
import { isSlug } from '@/lib/slug';
import { pageSocialMetadata } from '@/lib/og/metadata';
import { NotFoundAnswer } from '@/components/site/not-found-answer';

export const revalidate = 3600;

export function generateStaticParams() {
  // Issuer pages are rendered on first request and then served from the cache until they change.
  return [];
}

async function loadIssuer(slug: string) {
  return isSlug(slug) ? getIssuerBySlug(slug) : null;
}

export async function generateMetadata({ params }: PageProps<'/[locale]/issuers/[slug]'>): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const { slug } = await params;
  const t = await getTranslations({ locale, namespace: 'issuers' });
  const issuer = await loadIssuer(slug);
  if (!issuer) return { title: t('notFound') };
  const description = t('issuerDescription', { name: issuer.name });
  return {
    title: issuer.name,
    description,
    ...pageSocialMetadata({ locale, path: `/${locale}/issuers/${issuer.slug}`, title: issuer.name, description }),
    alternates: {
      ...pageAlternates(locale, `/issuers/${issuer.slug}`),
      types: { 'application/atom+xml': [{ url: feedPaths.issuer(issuer.slug), title: t('issuerFeedTitle', { name: issuer.name }) }] },
    },
  };
}

export default async function IssuerPage({ params }: PageProps<'/[locale]/issuers/[slug]'>) {
  const locale = await resolveLocale(params);
  const { slug } = await params;
  const t = await getTranslations({ locale, namespace: 'issuers' });
  const issuer = await loadIssuer(slug);
  if (!issuer) {
    await redirectIfRenamed('issuers', locale, slug);
    return <NotFoundAnswer locale={locale} />;
  }
  return (
    <article aria-labelledby="issuer-name">
      <header className="mb-8 border-b border-rule pb-6">
        <p className="font-sans text-sm">
          <PageLink href={`/${locale}/issuers`}>{t('title')}</PageLink>
        </p>
        <h1 id="issuer-name" className="mt-2 text-3xl font-semibold leading-tight">
          {issuer.name}
        </h1>
        <div className="mt-4">
          <IssuerDetails issuer={issuer} locale={locale} />
        </div>
      </header>
      <section aria-labelledby="releases-heading">
        <h2 id="releases-heading" className="text-xl font-semibold">{t('releasesHeading')}</h2>
        <p className="mt-1 mb-4 font-sans text-sm text-muted">{t('releasesCount', { count: issuer.releases.length })}</p>
        {issuer.releases.length > 0 ? (
          <ReleaseList releases={issuer.releases} locale={locale} linkIssuers={false} />
        ) : (
          <p className="font-sans">{t('noReleases')}</p>
        )}
      </section>
      <p className="mt-8 font-sans text-sm">
        <a href={feedPaths.issuer(issuer.slug)} type="application/atom+xml">{t('issuerFeed')}</a>
      </p>
      <LastUpdated timestamps={[issuer.updatedAt, ...issuer.releases.map((release) => release.updatedAt)]} locale={locale} />
    </article>
  );
}
