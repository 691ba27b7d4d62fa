import type { MetadataRoute } from 'next';
import { anniversaryYears } from '@/lib/anniversaries/ordinal';
import { languageAlternates } from '@/lib/i18n/alternates';
import { locales } from '@/lib/i18n/config';

/** A public page by its path inside a language ("/releases/x"), with its last change where known. */
export type SitemapPage = { path: string; lastModified?: string };

/** The newest of some ISO timestamps, or undefined. */
export function newestTimestamp(timestamps: (string | null | undefined)[]): string | undefined {
  return timestamps.filter((value): value is string => Boolean(value)).sort().at(-1);
}

/**
 * Every public page that exists without a database row: the fixed pages, and an anniversary page for
 * every year from 1991 to the next 20 January.
 */
export function fixedSitemapPages(now: Date): SitemapPage[] {
  return [
    { path: '' },
    { path: '/about' },
    { path: '/timeline' },
    { path: '/figures' },
    { path: '/remembrance' },
    { path: '/anniversaries' },
    ...anniversaryYears(now).map((year) => ({ path: `/anniversaries/${year}` })),
  ];
}

/**
 * Sitemap entries with absolute URLs, one per page and language; each entry names every language's
 * version and the x-default, as the pages' own hreflang links do.
 */
export function toSitemapEntries(siteUrl: string, pages: SitemapPage[]): MetadataRoute.Sitemap {
  return pages.flatMap((page) => {
    const languages = languageAlternates(page.path, siteUrl);
    return locales.map((locale) => ({
      url: `${siteUrl}/${locale}${page.path}`,
      ...(page.lastModified ? { lastModified: page.lastModified } : {}),
      alternates: { languages },
    }));
  });
}

/**
 * Addresses (`<url>` entries) per sitemap file: the sitemaps protocol's limit of 50 000. A file is
 * built whole when its route renders, so this, not the number of victims, bounds its size.
 */
export const SITEMAP_ADDRESSES_PER_FILE = 50_000;

/** Pages per sitemap file: every page is listed once per language. */
export function sitemapPagesPerFile(addressesPerFile: number): number {
  return Math.max(1, Math.floor(addressesPerFile / locales.length));
}

/** How many files hold `pageCount` pages (at least one: the fixed pages always exist). */
export function sitemapFileCount(pageCount: number, addressesPerFile: number): number {
  return Math.max(1, Math.ceil(pageCount / sitemapPagesPerFile(addressesPerFile)));
}

/**
 * The pages of sitemap file `id`, as ranges of one sequence: first the `listedCount` pages that are
 * read whole (fixed pages, releases, issuers: curated, a few hundred), then the victims by slug.
 * Consecutive files take consecutive ranges, so every page is in exactly one file.
 */
export function sitemapFileSlice(id: number, listedCount: number, addressesPerFile: number): { listed: [number, number]; victims: { skip: number; take: number } } {
  const perFile = sitemapPagesPerFile(addressesPerFile);
  const start = id * perFile;
  const end = start + perFile;
  return {
    listed: [Math.min(start, listedCount), Math.min(end, listedCount)],
    victims: { skip: Math.max(0, start - listedCount), take: Math.max(0, end - Math.max(start, listedCount)) },
  };
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A sitemap index (sitemaps.org protocol) naming each sitemap file by its absolute address. */
export function sitemapIndexXml(fileUrls: string[]): string {
  const entries = fileUrls.map((url) => `<sitemap>\n<loc>${escapeXml(url)}</loc>\n</sitemap>\n`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries}</sitemapindex>\n`;
}

/** The address of sitemap file `id`, where Next serves app/sitemaps/sitemap.ts, split by generateSitemaps (a split sitemap.ts at the root would take the index's address). */
export function sitemapFileUrl(siteUrl: string, id: number): string {
  return `${siteUrl}/sitemaps/sitemap/${id}.xml`;
}
