import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { IssuerDetails } from '@/components/site/issuer-details';
import { ReleaseList } from '@/components/site/release-list';
import { LastUpdated } from '@/components/ui/last-updated';
import { feedPaths } from '@/lib/feeds/release-feed';
import { resolveLocale } from '@/lib/i18n/params';
import { getIssuerBySlug } from '@/lib/organizations/queries';
import { redirectIfRenamed } from '@/lib/redirects/queries';
import { isSlug } from '@/lib/slug';
import { pageSocialMetadata } from '@/lib/og/metadata';

export const revalidate = 3600;

export function generateStaticParams() {
  // Issuer pages are rendered on first request and then served from the cache until they change.
  return [];
}

async function loadIssuer(slug: string) {
  return isSlug(slug) ? getIssuerBySlug(slug) : null;
}

export async function generateMetadata({ params }: PageProps<'/[locale]/issuers/[slug]'>): Promise<Metadata> {
  const { locale, slug } = await params;
  const issuer = await loadIssuer(slug);
  if (!issuer) return { title: 'Issuer not found' };
  const description = `${issuer.name}: the anniversary press releases it issued, archived word for word by the Black January memorial.`;
  return {
    title: issuer.name,
    description,
    ...pageSocialMetadata({ locale, path: `/${locale}/issuers/${issuer.slug}`, title: issuer.name, description }),
    alternates: {
      canonical: `/${locale}/issuers/${issuer.slug}`,
      types: { 'application/atom+xml': [{ url: feedPaths.issuer(issuer.slug), title: `${issuer.name}: press releases (Atom)` }] },
    },
  };
}

export default async function IssuerPage({ params }: PageProps<'/[locale]/issuers/[slug]'>) {
  const locale = await resolveLocale(params);
  const { slug } = await params;
  const issuer = await loadIssuer(slug);
  if (!issuer) {
    await redirectIfRenamed('issuers', locale, slug);
    notFound();
  }
  return (
    <article aria-labelledby="issuer-name">
      <header className="mb-8 border-b border-rule pb-6">
        <p className="font-sans text-sm">
          <Link href={`/${locale}/issuers`}>Issuers</Link>
        </p>
        <h1 id="issuer-name" className="mt-2 text-3xl font-semibold leading-tight">
          {issuer.name}
        </h1>
        <div className="mt-4">
          <IssuerDetails issuer={issuer} />
        </div>
      </header>
      <section aria-labelledby="releases-heading">
        <h2 id="releases-heading" className="text-xl font-semibold">Releases issued</h2>
        <p className="mt-1 mb-4 font-sans text-sm text-muted">
          {issuer.releases.length === 1 ? '1 release' : `${issuer.releases.length} releases`} in the archive, newest first.
        </p>
        {issuer.releases.length > 0 ? (
          <ReleaseList releases={issuer.releases} locale={locale} linkIssuers={false} />
        ) : (
          <p className="font-sans">No release of this issuer is archived yet.</p>
        )}
      </section>
      <p className="mt-8 font-sans text-sm">
        <a href={feedPaths.issuer(issuer.slug)} type="application/atom+xml">Atom feed of this issuer’s releases</a>
      </p>
      <LastUpdated timestamps={[issuer.updatedAt, ...issuer.releases.map((release) => release.updatedAt)]} locale={locale} />
    </article>
  );
}
