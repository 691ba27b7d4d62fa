import { describe, expect, it } from 'vitest';
import { fixedSitemapPages, newestTimestamp, sitemapFileCount, sitemapFileSlice, sitemapIndexXml, toSitemapEntries } from '@/lib/seo/sitemap';

describe('sitemap pages', () => {
  it('lists an anniversary page for every year from 1991 to the next 20 January', () => {
    const paths = fixedSitemapPages(new Date('2026-11-21T12:00:00Z')).map((page) => page.path);
    expect(paths).toEqual(expect.arrayContaining(['', '/about', '/timeline', '/figures', '/anniversaries', '/anniversaries/1991', '/anniversaries/2027']));
    expect(paths).not.toContain('/anniversaries/2028');
    expect(paths.filter((path) => path.startsWith('/anniversaries/'))).toHaveLength(37);
  });

  it('makes absolute URLs in every language, each naming all three and the x-default, with the last change where known', () => {
    const origin = 'https://memorial.example.org';
    const languages = (path: string) => ({ az: `${origin}/az${path}`, en: `${origin}/en${path}`, ru: `${origin}/ru${path}`, 'x-default': `${origin}/az${path}` });
    expect(toSitemapEntries(origin, [{ path: '' }, { path: '/releases/x', lastModified: '2026-01-01T00:00:00.000Z' }])).toEqual([
      { url: `${origin}/az`, alternates: { languages: languages('') } },
      { url: `${origin}/en`, alternates: { languages: languages('') } },
      { url: `${origin}/ru`, alternates: { languages: languages('') } },
      ...['az', 'en', 'ru'].map((locale) => ({
        url: `${origin}/${locale}/releases/x`,
        lastModified: '2026-01-01T00:00:00.000Z',
        alternates: { languages: languages('/releases/x') },
      })),
    ]);
  });

  it('finds the newest timestamp', () => {
    expect(newestTimestamp(['2025-01-01T00:00:00.000Z', null, '2026-01-01T00:00:00.000Z', undefined])).toBe('2026-01-01T00:00:00.000Z');
    expect(newestTimestamp([])).toBeUndefined();
  });

  it('splits the listed pages and the victims into consecutive ranges of whole pages per file', () => {
    // 10 addresses are 3 pages in three languages; 5 listed pages, then victims.
    expect(sitemapFileSlice(0, 5, 10)).toEqual({ listed: [0, 3], victims: { skip: 0, take: 0 } });
    expect(sitemapFileSlice(1, 5, 10)).toEqual({ listed: [3, 5], victims: { skip: 0, take: 1 } });
    expect(sitemapFileSlice(2, 5, 10)).toEqual({ listed: [5, 5], victims: { skip: 1, take: 3 } });
    expect(sitemapFileCount(5 + 7, 10)).toBe(4);
    expect(sitemapFileCount(0, 50_000)).toBe(1);
    expect(sitemapFileCount(16_667, 50_000)).toBe(2);
  });

  it('writes a sitemap index naming each file, escaped', () => {
    expect(sitemapIndexXml(['https://x.example/sitemap/0.xml?a=1&b=2'])).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n<sitemap>\n<loc>https://x.example/sitemap/0.xml?a=1&amp;b=2</loc>\n</sitemap>\n</sitemapindex>\n',
    );
  });
});
