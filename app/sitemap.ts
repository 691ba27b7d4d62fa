import type { MetadataRoute } from 'next';
import { env } from '@/lib/env';
import { listIssuers } from '@/lib/organizations/queries';
import { listReleases } from '@/lib/releases/queries';
import { listPublicVictimSlugs } from '@/lib/seo/sitemap-queries';
import { fixedSitemapPages, newestTimestamp, toSitemapEntries } from '@/lib/seo/sitemap';

export const revalidate = 3600;

/** Every public page, read through the public queries: drafts and deleted records are never listed. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [releases, victims, { issuers }] = await Promise.all([listReleases({}), listPublicVictimSlugs(), listIssuers()]);
  return toSitemapEntries(env.SITE_URL, [
    ...fixedSitemapPages(new Date()),
    { path: '/releases', lastModified: newestTimestamp(releases.map((release) => release.updatedAt)) },
    ...releases.map((release) => ({ path: `/releases/${release.slug}`, lastModified: release.updatedAt })),
    { path: '/victims', lastModified: newestTimestamp(victims.map((victim) => victim.updatedAt)) },
    ...victims.map((victim) => ({ path: `/victims/${victim.slug}`, lastModified: victim.updatedAt })),
    // The issuers page lists every release, the unattributed ones included.
    { path: '/issuers', lastModified: newestTimestamp([...issuers.map((issuer) => issuer.updatedAt), ...releases.map((release) => release.updatedAt)]) },
    ...issuers.map((issuer) => ({
      path: `/issuers/${issuer.slug}`,
      lastModified: newestTimestamp([issuer.updatedAt, ...issuer.releases.map((release) => release.updatedAt)]),
    })),
  ]);
}
