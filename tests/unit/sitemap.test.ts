import { describe, expect, it } from 'vitest';
import { fixedSitemapPages, newestTimestamp, toSitemapEntries } from '@/lib/seo/sitemap';

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
});
