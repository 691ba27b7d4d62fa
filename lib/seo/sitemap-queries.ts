import 'server-only';
import { db } from '@/lib/db';
import { cachedQuery, cacheTags } from '@/lib/cache';
import { locales } from '@/lib/i18n/config';
import { listPrivacyNoticeLocales } from '@/lib/operator-texts/queries';
import { listIssuers } from '@/lib/organizations/queries';
import { publicWhere } from '@/lib/records/public-where';
import { listReleases } from '@/lib/releases/queries';
import { fixedSitemapPages, newestTimestamp, SITEMAP_ADDRESSES_PER_FILE, sitemapFileCount, sitemapFileSlice, type SitemapPage } from '@/lib/seo/sitemap';

/**
 * How many public victims there are and when the newest changed: small, so it is cached, and every
 * sitemap file reads it, which tags every file with `victims`.
 */
const getPublicVictimsSummary = cachedQuery(
  'getPublicVictimsSummary',
  async (): Promise<{ count: number; lastUpdated: string | null }> => {
    const summary = await db.victim.aggregate({ where: publicWhere(new Date()), _count: { _all: true }, _max: { updatedAt: true } });
    return { count: summary._count._all, lastUpdated: summary._max.updatedAt?.toISOString() ?? null };
  },
  () => [cacheTags.victims],
);

/**
 * The pages listed before the victims, read whole (fixed pages, releases, issuers: curated records,
 * a few hundred), through the public queries: drafts and deleted records are never listed.
 */
async function listListedPages(now: Date, victimsLastUpdated: string | null): Promise<SitemapPage[]> {
  const [releases, { issuers }, privacyLocales] = await Promise.all([listReleases({}), listIssuers(), listPrivacyNoticeLocales()]);
  return [
    ...fixedSitemapPages(now),
    // The privacy page only once the operator has published its notice in every language (each entry names all three).
    ...(privacyLocales.length === locales.length ? [{ path: '/privacy' }] : []),
    { path: '/releases', lastModified: newestTimestamp(releases.map((release) => release.updatedAt)) },
    ...releases.map((release) => ({ path: `/releases/${release.slug}`, lastModified: release.updatedAt })),
    { path: '/victims', lastModified: victimsLastUpdated ?? undefined },
    // The issuers page lists every release, the unattributed ones included.
    { path: '/issuers', lastModified: newestTimestamp([...issuers.map((issuer) => issuer.updatedAt), ...releases.map((release) => release.updatedAt)]) },
    ...issuers.map((issuer) => ({
      path: `/issuers/${issuer.slug}`,
      lastModified: newestTimestamp([issuer.updatedAt, ...issuer.releases.map((release) => release.updatedAt)]),
    })),
  ];
}

/** How many sitemap files the public pages need at `addressesPerFile` addresses each. */
export async function countSitemapFiles(now: Date, addressesPerFile: number = SITEMAP_ADDRESSES_PER_FILE): Promise<number> {
  const victims = await getPublicVictimsSummary();
  const listed = await listListedPages(now, victims.lastUpdated);
  return sitemapFileCount(listed.length + victims.count, addressesPerFile);
}

/**
 * The pages of sitemap file `id`: its range of the listed pages, then its range of the public victims
 * by slug, read straight from the database (not the data cache: a file's victims would pass its 2 MB
 * item limit; the file itself is cached as a route).
 */
export async function listSitemapFilePages(id: number, now: Date, addressesPerFile: number = SITEMAP_ADDRESSES_PER_FILE): Promise<SitemapPage[]> {
  const victims = await getPublicVictimsSummary();
  const listed = await listListedPages(now, victims.lastUpdated);
  const slice = sitemapFileSlice(id, listed.length, addressesPerFile);
  const victimRows =
    slice.victims.take > 0
      ? await db.victim.findMany({
          where: publicWhere(now),
          orderBy: { slug: 'asc' },
          skip: slice.victims.skip,
          take: slice.victims.take,
          select: { slug: true, updatedAt: true },
        })
      : [];
  return [
    ...listed.slice(...slice.listed),
    ...victimRows.map((victim) => ({ path: `/victims/${victim.slug}`, lastModified: victim.updatedAt.toISOString() })),
  ];
}
