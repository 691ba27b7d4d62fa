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
