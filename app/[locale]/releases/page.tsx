import type { Metadata } from 'next';
import { PageLink } from '@/components/site/page-link';
import { getTranslations } from 'next-intl/server';
import { ReleaseList } from '@/components/site/release-list';
import { LastUpdated } from '@/components/ui/last-updated';
import { PageHeading } from '@/components/ui/page-heading';
import { formatPartialDate } from '@/lib/dates';
import { feedPaths } from '@/lib/feeds/release-feed';
import { pageAlternates } from '@/lib/i18n/alternates';
import { resolveLocale } from '@/lib/i18n/params';
import { listReleaseFilterOptions, listReleases } from '@/lib/releases/queries';
import { parseReleaseFilters, UNATTRIBUTED_ISSUER } from '@/lib/releases/schema';
import { pageSocialMetadata } from '@/lib/og/metadata';

export async function generateMetadata({ params }: PageProps<'/[locale]/releases'>): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'releases' });
  const title = t('title');
  const description = t('description');
  return {
    title,
    description,
    ...pageSocialMetadata({ locale, path: `/${locale}/releases`, title, description }),
    alternates: {
      ...pageAlternates(locale, '/releases'),
      types: { 'application/atom+xml': [{ url: feedPaths.releases, title: t('feedTitle') }] },
    },
  };
}

export default async function ReleasesPage({ params, searchParams }: PageProps<'/[locale]/releases'>) {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'releases' });
  const filters = parseReleaseFilters(await searchParams);
  const [releases, options] = await Promise.all([listReleases(filters), listReleaseFilterOptions()]);
  const filtered = filters.year !== undefined || filters.issuer !== undefined;
  return (
    <>
      <PageHeading title={t('title')} lead={t('lead')} />
      <form method="get" action={`/${locale}/releases`} className="mb-8 flex flex-wrap items-end gap-4 font-sans no-print" role="search" aria-label={t('filter.label')}>
        <div className="flex flex-col">
          <label htmlFor="filter-year" className="text-sm font-semibold">{t('filter.year')}</label>
          <select id="filter-year" name="year" defaultValue={filters.year ?? ''} className="mt-1 border border-muted bg-white px-2 py-1.5">
            <option value="">{t('filter.allYears')}</option>
            {options.years.map((year) => (
              <option key={year} value={year}>{formatPartialDate(`${year}-01-01`, 'YEAR', { locale })}</option>
            ))}
          </select>
        </div>
        <div className="flex flex-col">
          <label htmlFor="filter-issuer" className="text-sm font-semibold">{t('filter.issuer')}</label>
          <select id="filter-issuer" name="issuer" defaultValue={filters.issuer ?? ''} className="mt-1 max-w-xs border border-muted bg-white px-2 py-1.5">
            <option value="">{t('filter.allIssuers')}</option>
            {options.issuers.map((issuer) => (
              <option key={issuer.slug} value={issuer.slug}>{issuer.name}</option>
            ))}
            {options.hasUnattributed ? <option value={UNATTRIBUTED_ISSUER}>{t('issuerNotNamed')}</option> : null}
          </select>
        </div>
        <button type="submit" className="border border-ink bg-ink px-4 py-1.5 text-paper hover:bg-mourning-dark">
          {t('filter.submit')}
        </button>
        {filtered ? <PageLink href={`/${locale}/releases`}>{t('filter.clear')}</PageLink> : null}
      </form>
      <p className="mb-4 font-sans text-sm text-muted" role="status">
        {filtered ? t('matching', { count: releases.length }) : t('inArchive', { count: releases.length })}
      </p>
      {releases.length > 0 ? <ReleaseList releases={releases} locale={locale} /> : <p className="font-sans">{t('noMatch')}</p>}
      <LastUpdated timestamps={releases.map((release) => release.updatedAt)} locale={locale} />
    </>
  );
}
