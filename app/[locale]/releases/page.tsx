import type { Metadata } from 'next';
import Link from 'next/link';
import { ReleaseList } from '@/components/site/release-list';
import { LastUpdated } from '@/components/ui/last-updated';
import { PageHeading } from '@/components/ui/page-heading';
import { feedPaths } from '@/lib/feeds/release-feed';
import { resolveLocale } from '@/lib/i18n/params';
import { listReleaseFilterOptions, listReleases } from '@/lib/releases/queries';
import { parseReleaseFilters, UNATTRIBUTED_ISSUER } from '@/lib/releases/schema';
import { pageSocialMetadata } from '@/lib/og/metadata';

export async function generateMetadata({ params }: PageProps<'/[locale]/releases'>): Promise<Metadata> {
  const { locale } = await params;
  const title = 'Press releases';
  const description = 'The anniversary press releases of Azerbaijan’s embassies and missions, archived word for word, by year and issuer.';
  return {
    title,
    description,
    ...pageSocialMetadata({ locale, path: `/${locale}/releases`, title, description }),
    alternates: {
      canonical: `/${locale}/releases`,
      types: { 'application/atom+xml': [{ url: feedPaths.releases, title: 'Press releases (Atom)' }] },
    },
  };
}

export default async function ReleasesPage({ params, searchParams }: PageProps<'/[locale]/releases'>) {
  const locale = await resolveLocale(params);
  const filters = parseReleaseFilters(await searchParams);
  const [releases, options] = await Promise.all([listReleases(filters), listReleaseFilterOptions()]);
  const filtered = filters.year !== undefined || filters.issuer !== undefined;
  return (
    <>
      <PageHeading
        title="Press releases"
        lead="Anniversary press releases issued by Azerbaijan’s embassies and missions, kept as issued: the text word for word, with issuer, date, place and language."
      />
      <form method="get" action={`/${locale}/releases`} className="mb-8 flex flex-wrap items-end gap-4 font-sans no-print" role="search" aria-label="Filter releases">
        <div className="flex flex-col">
          <label htmlFor="filter-year" className="text-sm font-semibold">Year</label>
          <select id="filter-year" name="year" defaultValue={filters.year ?? ''} className="mt-1 border border-muted bg-white px-2 py-1.5">
            <option value="">All years</option>
            {options.years.map((year) => (
              <option key={year} value={year}>{year}</option>
            ))}
          </select>
        </div>
        <div className="flex flex-col">
          <label htmlFor="filter-issuer" className="text-sm font-semibold">Issuer</label>
          <select id="filter-issuer" name="issuer" defaultValue={filters.issuer ?? ''} className="mt-1 max-w-xs border border-muted bg-white px-2 py-1.5">
            <option value="">All issuers</option>
            {options.issuers.map((issuer) => (
              <option key={issuer.slug} value={issuer.slug}>{issuer.name}</option>
            ))}
            {options.hasUnattributed ? <option value={UNATTRIBUTED_ISSUER}>Issuer not named in the text</option> : null}
          </select>
        </div>
        <button type="submit" className="border border-ink bg-ink px-4 py-1.5 text-paper hover:bg-mourning-dark">
          Show releases
        </button>
        {filtered ? <Link href={`/${locale}/releases`}>Clear filters</Link> : null}
      </form>
      <p className="mb-4 font-sans text-sm text-muted" role="status">
        {releases.length === 1 ? '1 release' : `${releases.length} releases`}
        {filtered ? (releases.length === 1 ? ' matches the filters' : ' match the filters') : ' in the archive'}.
      </p>
      {releases.length > 0 ? <ReleaseList releases={releases} locale={locale} /> : <p className="font-sans">No release matches these filters.</p>}
      <LastUpdated timestamps={releases.map((release) => release.updatedAt)} locale={locale} />
    </>
  );
}
