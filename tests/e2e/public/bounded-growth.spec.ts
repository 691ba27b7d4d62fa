import { randomUUID } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '../helpers/test';

/**
 * Bounded growth (issue 12): addresses a visitor makes up — of victims, releases and issuers, their
 * preview images and feeds, sitemap files, and an issuer filter of the archive — leave no entry in
 * Next's caches. The server under test runs without
 * REDIS_URL, so its caches are Next's file system store in this build's folder: the data cache
 * (`.next/cache/fetch-cache`) and the full-route cache (`.next/server/route-cache`).
 */
const DATA_CACHE = join(process.cwd(), '.next', 'cache', 'fetch-cache');
const ROUTE_CACHE = join(process.cwd(), '.next', 'server', 'route-cache');
const MADE_UP = 20;

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

test('addresses a visitor makes up leave no entry in the data cache or the full-route cache', async ({ request }) => {
  test.setTimeout(120_000);
  const run = `made-up-${randomUUID().slice(0, 8)}`;
  const startedAt = Date.now();
  const before = new Set(await filesUnder(DATA_CACHE));
  const addresses = Array.from({ length: MADE_UP }, (_, index) => [
    { path: `/en/victims/${run}-${index}`, status: 404 },
    { path: `/az/releases/${run}-${index}`, status: 404 },
    { path: `/ru/issuers/${run}-${index}`, status: 404 },
    { path: `/en/releases?issuer=${run}-${index}`, status: 200 },
    { path: `/feeds/issuers/${run}-${index}.xml`, status: 404 },
    { path: `/en/victims/${run}-${index}/opengraph-image`, status: 404 },
  ]).flat();
  // A sitemap file that does not exist, by number and by any name.
  addresses.push({ path: `/sitemaps/sitemap/9${Date.now() % 100000}.xml`, status: 404 }, { path: `/sitemaps/sitemap/${run}.xml`, status: 404 });
  for (const { path, status } of addresses) expect((await request.get(path)).status(), path).toBe(status);

  const madeUp = addresses.map(({ path }) => path.split('?')[0]!);
  const routeEntries = (await filesUnder(ROUTE_CACHE)).filter((path) => madeUp.some((address) => path.includes(`$${address}.`) || path.includes(run)));
  expect(routeEntries, 'full-route cache entries of made-up addresses').toEqual([]);
  const written = [];
  for (const path of await filesUnder(DATA_CACHE)) {
    if (before.has(path) || (await stat(path)).mtimeMs < startedAt) continue;
    written.push({ path, text: await readFile(path, 'utf8') });
  }
  expect(written.filter((entry) => entry.text.includes(run)).map((entry) => entry.path), 'data-cache entries naming a made-up address').toEqual([]);
  // Each made-up address used to add one to three entries; anything written now is another test's page.
  expect(written.length, 'data-cache entries written while made-up addresses were asked for').toBeLessThan(MADE_UP);
});
