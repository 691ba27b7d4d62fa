import { describe, expect, it } from 'vitest';
import { fixedSitemapPages, newestTimestamp, toSitemapEntries } from '@/lib/seo/sitemap';

describe('sitemap pages', () => {
  it('lists an anniversary page for every year from 1991 to the next 20 January', () => {
    const paths = fixedSitemapPages(new Date('2026-11-21T12:00:00Z')).map((page) => page.path);
    expect(paths).toEqual(expect.arrayContaining(['', '/about', '/timeline', '/figures', '/anniversaries', '/anniversaries/1991', '/anniversaries/2027']));
    expect(paths).not.toContain('/anniversaries/2028');
    expect(paths.filter((path) => path.startsWith('/anniversaries/'))).toHaveLength(37);
  });

  it('makes absolute URLs in every language, with the last change where known', () => {
    expect(toSitemapEntries('https://memorial.example.org', [{ path: '' }, { path: '/releases/x', lastModified: '2026-01-01T00:00:00.000Z' }])).toEqual([
      { url: 'https://memorial.example.org/en' },
      { url: 'https://memorial.example.org/en/releases/x', lastModified: '2026-01-01T00:00:00.000Z' },
    ]);
  });

  it('finds the newest timestamp', () => {
    expect(newestTimestamp(['2025-01-01T00:00:00.000Z', null, '2026-01-01T00:00:00.000Z', undefined])).toBe('2026-01-01T00:00:00.000Z');
    expect(newestTimestamp([])).toBeUndefined();
  });
});
