import type { Metadata } from 'next';
import Link from 'next/link';
import { IssuerDetails } from '@/components/site/issuer-details';
import { ReleaseList } from '@/components/site/release-list';
import { LastUpdated } from '@/components/ui/last-updated';
import { PageHeading } from '@/components/ui/page-heading';
import { feedPaths } from '@/lib/feeds/release-feed';
import { resolveLocale } from '@/lib/i18n/params';
import { listIssuers } from '@/lib/organizations/queries';
import { pageSocialMetadata } from '@/lib/og/metadata';

export const revalidate = 3600;

export async function generateMetadata({ params }: PageProps<'/[locale]/issuers'>): Promise<Metadata> {
  const { locale } = await params;
  const title = 'Issuers';
  const description = 'The embassies and missions whose anniversary press releases the memorial archives, each with every release it issued.';
  return {
    title,
    description,
    ...pageSocialMetadata({ locale, path: `/${locale}/issuers`, title, description }),
    alternates: {
      canonical: `/${locale}/issuers`,
      types: { 'application/atom+xml': [{ url: feedPaths.releases, title: 'Press releases (Atom)' }] },
    },
  };
}

function releaseCount(count: number): string {
  return count === 1 ? '1 release' : `${count} releases`;
}

export default async function IssuersPage({ params }: PageProps<'/[locale]/issuers'>) {
  const locale = await resolveLocale(params);
  const { issuers, unattributed } = await listIssuers();
  return (
    <>
      <PageHeading
        title="Issuers"
        lead="The embassies and missions whose press releases are in the archive, with where they are and their website as far as a source gives them, and every release each one issued, newest first."
      />
      {issuers.length === 0 ? <p className="font-sans">No issuer is in the archive yet.</p> : null}
      {issuers.map((issuer) => (
        <section key={issuer.slug} aria-labelledby={`issuer-${issuer.slug}`} className="mb-10">
          <h2 id={`issuer-${issuer.slug}`} className="text-xl font-semibold">
            <Link href={`/${locale}/issuers/${issuer.slug}`}>{issuer.name}</Link>
          </h2>
          <div className="mt-2">
            <IssuerDetails issuer={issuer} />
          </div>
          <p className="mt-3 font-sans text-sm text-muted">{releaseCount(issuer.releases.length)} in the archive</p>
          {issuer.releases.length > 0 ? <ReleaseList releases={issuer.releases} locale={locale} linkIssuers={false} /> : null}
        </section>
      ))}
      {unattributed.length > 0 ? (
        <section aria-labelledby="unattributed" className="mb-10">
          <h2 id="unattributed" className="text-xl font-semibold">Issuer not named in the text</h2>
          <p className="mt-2 max-w-3xl font-sans text-sm text-muted">
            These releases do not name who issued them. The archive does not guess: they stay unattributed until a source names the issuer.
          </p>
          <p className="mt-3 font-sans text-sm text-muted">{releaseCount(unattributed.length)} in the archive</p>
          <ReleaseList releases={unattributed} locale={locale} />
        </section>
      ) : null}
      <p className="font-sans text-sm">
        <a href={feedPaths.releases} type="application/atom+xml">Atom feed of all releases</a>
      </p>
      <LastUpdated
        timestamps={[...issuers.map((issuer) => issuer.updatedAt), ...issuers.flatMap((issuer) => issuer.releases.map((release) => release.updatedAt)), ...unattributed.map((release) => release.updatedAt)]}
        locale={locale}
      />
    </>
  );
}
