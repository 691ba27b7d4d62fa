import { beforeAll, describe, expect, it } from 'vitest';
import { locales } from '@/lib/i18n/config';
import { fixedSitemapPages, sitemapPagesPerFile, toSitemapEntries } from '@/lib/seo/sitemap';
import { countSitemapFiles, listSitemapFilePages } from '@/lib/seo/sitemap-queries';
import { db, resetDatabase } from '@/tests/helpers/database';
import { createExternalSource, createOrganization, createRelease, createVictim, DELETED, DRAFT } from '@/tests/helpers/factories';

/**
 * The sitemap split into files (app/sitemap.ts with generateSitemaps), at a small size: 10 addresses
 * per file instead of 50 000, so 44 victims and the fixed pages need many files. Every public page is
 * in exactly one file, in every language, and nothing else is.
 */
const ADDRESSES_PER_FILE = 10;
const NOW = new Date();
const SITE = 'https://memorial.example.org';
let expected: string[];

beforeAll(async () => {
  await resetDatabase();
  const source = await createExternalSource({ key: 'sitemap-source' });
  const issuer = await createOrganization({ slug: 'sitemap-issuer' });
  await createRelease({ slug: 'sitemap-release', organizationId: issuer.id });
  const victims: string[] = [];
  for (let index = 0; index < 44; index += 1) {
    const slug = `sitemap-victim-${String(index).padStart(2, '0')}`;
    await createVictim(source.id, { slug });
    victims.push(slug);
  }
  await createVictim(source.id, { slug: 'sitemap-victim-draft', ...DRAFT });
  await createVictim(source.id, { slug: 'sitemap-victim-deleted', ...DELETED() });
  expected = [
    ...fixedSitemapPages(NOW).map((page) => page.path),
    '/releases',
    '/releases/sitemap-release',
    '/victims',
    '/issuers',
    '/issuers/sitemap-issuer',
    ...victims.map((slug) => `/victims/${slug}`),
  ];
});

describe('the sitemap in files', () => {
  it('puts every public page in exactly one file, each file within its size', async () => {
    const files = await countSitemapFiles(NOW, ADDRESSES_PER_FILE);
    expect(files).toBe(Math.ceil(expected.length / sitemapPagesPerFile(ADDRESSES_PER_FILE)));
    expect(files).toBeGreaterThan(5);
    const listed: string[] = [];
    for (let id = 0; id < files; id += 1) {
      const pages = await listSitemapFilePages(id, NOW, ADDRESSES_PER_FILE);
      expect(pages.length, `file ${id}`).toBeGreaterThan(0);
      expect(toSitemapEntries(SITE, pages).length, `file ${id}`).toBeLessThanOrEqual(ADDRESSES_PER_FILE);
      listed.push(...pages.map((page) => page.path));
    }
    expect(listed.filter((path, index) => listed.indexOf(path) !== index), 'listed twice').toEqual([]);
    expect([...listed].sort()).toEqual([...expected].sort());
    expect(listed.some((path) => path.includes('draft') || path.includes('deleted'))).toBe(false);
    expect(await listSitemapFilePages(files, NOW, ADDRESSES_PER_FILE)).toEqual([]);
  });

  it('gives the victims list the time of the newest public victim, and every victim its own', async () => {
    const newest = await db.victim.findFirstOrThrow({ where: { slug: 'sitemap-victim-43' } });
    const pages = [];
    for (let id = 0; id < (await countSitemapFiles(NOW, ADDRESSES_PER_FILE)); id += 1) pages.push(...(await listSitemapFilePages(id, NOW, ADDRESSES_PER_FILE)));
    expect(pages.find((page) => page.path === '/victims')?.lastModified).toBe(newest.updatedAt.toISOString());
    expect(pages.find((page) => page.path === '/victims/sitemap-victim-43')?.lastModified).toBe(newest.updatedAt.toISOString());
  });

  it('needs one file of 50 000 addresses for the same pages', async () => {
    expect(await countSitemapFiles(NOW)).toBe(1);
    expect((await listSitemapFilePages(0, NOW)).length * locales.length).toBe(expected.length * locales.length);
  });
});
