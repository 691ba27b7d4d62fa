import type { Metadata } from 'next';
import { PageLink } from '@/components/site/page-link';
import { getTranslations } from 'next-intl/server';
import { IssuerDetails } from '@/components/site/issuer-details';
import { ReleaseList } from '@/components/site/release-list';
import { LastUpdated } from '@/components/ui/last-updated';
import { PageHeading } from '@/components/ui/page-heading';
import { feedPaths } from '@/lib/feeds/release-feed';
import { pageAlternates } from '@/lib/i18n/alternates';
import { resolveLocale } from '@/lib/i18n/params';
import { listIssuers } from '@/lib/organizations/queries';
import { pageSocialMetadata } from '@/lib/og/metadata';

export const revalidate = 3600;

export async function generateMetadata({ params }: PageProps<'/[locale]/issuers'>): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'issuers' });
  const feedTitle = (await getTranslations({ locale, namespace: 'releases' }))('feedTitle');
  const title = t('title');
  const description = t('description');
  return {
    title,
    description,
    ...pageSocialMetadata({ locale, path: `/${locale}/issuers`, title, description }),
    alternates: {
      ...pageAlternates(locale, '/issuers'),
      types: { 'application/atom+xml': [{ url: feedPaths.releases, title: feedTitle }] },
    },
  };
}

export default async function IssuersPage({ params }: PageProps<'/[locale]/issuers'>) {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'issuers' });
  const { issuers, unattributed } = await listIssuers();
  return (
    <>
      <PageHeading title={t('title')} lead={t('lead')} />
      {issuers.length === 0 ? <p className="font-sans">{t('none')}</p> : null}
      {issuers.map((issuer) => (
        <section key={issuer.slug} aria-labelledby={`issuer-${issuer.slug}`} className="mb-10">
          <h2 id={`issuer-${issuer.slug}`} className="text-xl font-semibold">
            <PageLink href={`/${locale}/issuers/${issuer.slug}`}>{issuer.name}</PageLink>
          </h2>
          <div className="mt-2">
            <IssuerDetails issuer={issuer} locale={locale} />
          </div>
          <p className="mt-3 font-sans text-sm text-muted">{t('inArchive', { count: issuer.releases.length })}</p>
          {issuer.releases.length > 0 ? <ReleaseList releases={issuer.releases} locale={locale} linkIssuers={false} /> : null}
        </section>
      ))}
      {unattributed.length > 0 ? (
        <section aria-labelledby="unattributed" className="mb-10">
          <h2 id="unattributed" className="text-xl font-semibold">{t('unattributed.heading')}</h2>
          <p className="mt-2 max-w-3xl font-sans text-sm text-muted">{t('unattributed.text')}</p>
          <p className="mt-3 font-sans text-sm text-muted">{t('inArchive', { count: unattributed.length })}</p>
          <ReleaseList releases={unattributed} locale={locale} />
        </section>
      ) : null}
      <p className="font-sans text-sm">
        <a href={feedPaths.releases} type="application/atom+xml">{t('allReleasesFeed')}</a>
      </p>
      <LastUpdated
        timestamps={[...issuers.map((issuer) => issuer.updatedAt), ...issuers.flatMap((issuer) => issuer.releases.map((release) => release.updatedAt)), ...unattributed.map((release) => release.updatedAt)]}
        locale={locale}
      />
    </>
  );
}
