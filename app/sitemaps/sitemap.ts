import type { MetadataRoute } from 'next';
import { env } from '@/lib/env';
import { toSitemapEntries } from '@/lib/seo/sitemap';
import { countSitemapFiles, listSitemapFilePages } from '@/lib/seo/sitemap-queries';

export const revalidate = 3600;

/**
 * The sitemap in files of at most 50 000 addresses (`/sitemaps/sitemap/0.xml`, `/sitemaps/sitemap/1.xml`, …), named by
 * the index at `/sitemap.xml`: one file of every public page would grow with the victims without bound.
 */
export async function generateSitemaps(): Promise<{ id: number }[]> {
  const count = await countSitemapFiles(new Date());
  return Array.from({ length: count }, (_, id) => ({ id }));
}

/** One file's pages, read through the public queries: drafts and deleted records are never listed. */
export default async function sitemap(props: { id: Promise<string> }): Promise<MetadataRoute.Sitemap> {
  const id = Number(await props.id);
  return toSitemapEntries(env.SITE_URL, await listSitemapFilePages(id, new Date()));
}
