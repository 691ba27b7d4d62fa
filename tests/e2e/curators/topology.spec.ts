import { randomBytes } from 'node:crypto';
import { type APIRequestContext } from '@playwright/test';
import { expect, test } from '../helpers/test';
import { databaseUrlThrough } from '../../helpers/app-instance';
import { startTcpRelay, type TcpRelay } from '../../helpers/tcp-relay';
import { deleteRedisPrefix, startNextInstance, startVarnish, type Managed } from '../../helpers/topology';
import { loginAs } from '../helpers/login';

/**
 * The production topology on loopback: two `next start` instances of this build sharing Next's caches
 * through Redis (a key prefix of this run only), and the shipped caching proxy (Varnish with
 * deploy/varnish/memorial.vcl) in front of both. A curator's publish reaches visitors through the
 * caching proxy by its purge, not by a lifetime running out (every lifetime here is an hour).
 */
const PORT = Number(process.env.E2E_PORT ?? 3100);
const VARNISH_PORT = PORT + 1;
const INSTANCE_PORTS = [PORT + 2, PORT + 3] as const;
/** The first instance reaches PostgreSQL through a relay the readiness test cuts (the outage spec uses + 11, + 12). */
const RELAY_PORT = PORT + 4;
const PROXY_URL = `http://127.0.0.1:${VARNISH_PORT}`;
const REDIS_URL = process.env.TOPOLOGY_REDIS_URL ?? 'redis://127.0.0.1:6379';
const REDIS_PREFIX = `memorial-topology-${process.pid}-${Date.now()}`;

/** A sentence of the seeded 2009 release, word for word, that gives no number. */
const QUOTE = 'In the aftermath of the events mass arrests were conducted in Baku and other parts of the country.';
const RELEASE_SOURCE = 'Release: [Nineteen years since 20 January] (2009-01-19)';

let instances: Managed[] = [];
let varnish: Managed | undefined;
let relay: TcpRelay | undefined;

test.describe.configure({ mode: 'serial' });
test.use({ baseURL: PROXY_URL });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  const env = {
    DATABASE_URL: process.env.DATABASE_URL ?? '',
    // The build's own address (SITE_URL is part of the build); visitors reach it through the proxy.
    SITE_URL: `http://localhost:${PORT}`,
    NEXTAUTH_URL: PROXY_URL,
    NEXTAUTH_SECRET: randomBytes(32).toString('base64url'),
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    MEMORIAL_ALLOW_DEMO_ACCOUNTS: '1',
    REDIS_URL,
    REDIS_KEY_PREFIX: REDIS_PREFIX,
    CACHE_PURGE_URLS: PROXY_URL,
  };
  const target = new URL(env.DATABASE_URL);
  relay = await startTcpRelay({ port: RELAY_PORT, targetHost: target.hostname, targetPort: Number(target.port || 5432) });
  // The same database for both; the first reaches it through the relay.
  instances = await Promise.all(
    INSTANCE_PORTS.map((port, index) => startNextInstance(port, index === 0 ? { ...env, DATABASE_URL: databaseUrlThrough(env.DATABASE_URL, RELAY_PORT) } : env)),
  );
  varnish = await startVarnish(
    VARNISH_PORT,
    INSTANCE_PORTS.map((port) => ({ host: '127.0.0.1', port })),
  );
});

test.afterAll(async () => {
  relay?.restore();
  await Promise.all([varnish?.stop(), ...instances.map((instance) => instance.stop())]);
  await relay?.close();
  await deleteRedisPrefix(REDIS_URL, REDIS_PREFIX);
});

async function getThroughProxy(request: APIRequestContext, path: string) {
  const response = await request.get(`${PROXY_URL}${path}`, { maxRedirects: 0 });
  return { status: response.status(), cache: response.headers()['x-cache'], headers: response.headers(), body: await response.text() };
}

test('every public answer states its shared-cache policy and names its records; the caching proxy keeps it', async ({ request }) => {
  const [first] = instances;
  for (const [path, tag] of [
    ['/en/timeline', 'events'],
    ['/en/figures', 'figures'],
    ['/en/victims/larissa-mammadova', 'victim:larissa-mammadova'],
    ['/en/victims?q=larissa', 'victims'],
    ['/embed/anniversaries/2020', 'anniversaries'],
    ['/feeds/releases.xml', 'releases'],
    ['/sitemap.xml', 'victims'],
  ] as const) {
    const response = await request.get(`${first!.url}${path}`);
    expect(response.status(), path).toBe(200);
    const headers = response.headers();
    expect(headers['cache-control'], path).toMatch(/^public, max-age=\d+, s-maxage=\d+, stale-while-revalidate=86400, stale-if-error=86400$/);
    expect(headers['xkey']?.split(' '), path).toContain(tag);
    expect(headers['surrogate-key'], path).toBe(headers['xkey']);
    expect(headers['set-cookie'], path).toBeUndefined();
  }
  const health = await request.get(`${first!.url}/api/ready`);
  expect(health.headers()['cache-control']).toBe('no-store, max-age=0');
  expect(await health.json()).toMatchObject({ status: 'ready', checks: { database: { ok: true }, migrations: { ok: true }, redis: { ok: true } } });

  // Through the caching proxy: fetched once, then served from its cache; the tags stay inside it.
  await getThroughProxy(request, '/en/timeline');
  const cached = await getThroughProxy(request, '/en/timeline');
  expect(cached.status).toBe(200);
  expect(cached.cache).toBe('HIT');
  expect(cached.headers['xkey']).toBeUndefined();
  // Gzipped once, by the proxy, from the plain page the instances send (ORIGIN_COMPRESSION=off); a
  // client that takes no gzip gets the same stored page unzipped.
  const direct = await request.get(`${first!.url}/en/timeline`, { headers: { 'Accept-Encoding': 'gzip' } });
  expect(direct.headers()['content-encoding']).toBeUndefined();
  expect(cached.headers['content-encoding']).toBe('gzip');
  expect(cached.body).toContain('</html>');
  const plain = await request.get(`${PROXY_URL}/en/timeline`, { headers: { 'Accept-Encoding': 'identity' } });
  expect(plain.headers()['content-encoding']).toBeUndefined();
  expect(plain.headers()['x-cache']).toBe('HIT');
  expect(await plain.text()).toBe(cached.body);
  // A search is one cached answer whatever the order of its parameters.
  await getThroughProxy(request, '/en/victims?q=larissa&fate=KILLED');
  expect((await getThroughProxy(request, '/en/victims?fate=KILLED&q=larissa')).cache).toBe('HIT');
  // The curators' area is never cached.
  const admin = await getThroughProxy(request, '/admin');
  expect(admin.cache).toBe('MISS');
  expect((await getThroughProxy(request, '/admin')).cache).toBe('MISS');
});

test('a publish through one instance, from a form another rendered, reaches the caching proxy by purge and the other instance at once', async ({ page, request }) => {
  test.setTimeout(150_000);
  const [first, second] = instances;
  const note = `Added by the topology test ${Date.now()}.`;

  await loginAs(page, 'curator');
  await page.goto(`${first!.url}/admin/figures/new`);
  await page.getByLabel('Source', { exact: true }).selectOption({ label: RELEASE_SOURCE });
  await page.getByLabel(/^The source’s words/).fill(QUOTE);
  await page.getByLabel('What it counts').selectOption('DETAINED');
  await page.getByLabel('Note', { exact: true }).fill(note);
  await page.getByRole('button', { name: 'Save as draft' }).click();
  await expect(page.getByText('Saved as a draft. It is not public until you publish it.')).toBeVisible();

  // The figures page as visitors have it: in the proxy's cache, without the draft, for an hour. (The
  // draft's own purge arrives just after its save answered, so the page may be fetched twice first.)
  await expect.poll(async () => (await getThroughProxy(request, '/en/figures')).cache, { timeout: 30_000 }).toBe('HIT');
  const before = await getThroughProxy(request, '/en/figures');
  expect(before.cache).toBe('HIT');
  expect(before.body).not.toContain(note);
  expect(before.headers['cache-control']).toContain('s-maxage=3600');
  // A 404 the proxy keeps names no record; every change's purge names it too (it may make the address exist).
  const missing = `/en/victims/no-one-${Date.now()}`;
  expect((await getThroughProxy(request, missing)).status).toBe(404);
  await expect.poll(async () => (await getThroughProxy(request, missing)).cache, { timeout: 30_000 }).toBe('HIT');

  // The edit form was rendered by the first instance; its Publish is answered by the second, as a
  // load balancer may send it (the Host header stays the public one, as a proxy keeps it).
  const firstHost = new URL(first!.url).host;
  let answeredBySecond = 0;
  await page.route(`${first!.url}/admin/**`, async (route) => {
    if (route.request().method() !== 'POST') return route.continue();
    const response = await route.fetch({
      url: route.request().url().replace(first!.url, second!.url),
      headers: { ...(await route.request().allHeaders()), host: firstHost },
    });
    answeredBySecond += 1;
    await route.fulfill({ response });
  });
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(page.getByText('Published: the record is on the public site now.')).toBeVisible();
  expect(answeredBySecond).toBeGreaterThan(0);
  await page.unroute(`${first!.url}/admin/**`);

  // The caching proxy was purged: the next visitor gets the new page, well before its hour is up.
  await expect
    .poll(async () => (await getThroughProxy(request, '/en/figures')).body.includes(note), { timeout: 30_000, intervals: [250, 500, 1000] })
    .toBe(true);
  const missingAfter = await getThroughProxy(request, missing);
  expect(missingAfter.status).toBe(404);
  expect(missingAfter.cache).toBe('MISS');
  // Both instances serve the new version from the shared cache: the first never saw the publish.
  for (const instance of instances) {
    const response = await request.get(`${instance.url}/en/figures`);
    expect(await response.text(), instance.url).toContain(note);
  }
});

test('an instance that loses its database is not ready and gets no new work from the caching proxy, until it is back', async ({ request }) => {
  test.setTimeout(120_000);
  const [cutOff, healthy] = instances;
  const status = async (url: string) => (await request.get(url, { maxRedirects: 0 })).status();
  /** An address no one asked for before: the proxy has no copy, so an instance must answer it. */
  const freshSearch = () => `/en/victims?q=${randomBytes(6).toString('hex')}`;

  relay!.sever();
  // Readiness tells the truth; health stays up, for the process can still serve what it has.
  await expect.poll(() => status(`${cutOff!.url}/api/ready`), { timeout: 15_000 }).toBe(503);
  expect(await (await request.get(`${cutOff!.url}/api/ready`)).json()).toMatchObject({ status: 'not ready', checks: { database: { ok: false } } });
  expect(await status(`${cutOff!.url}/api/health`)).toBe(200);
  expect(await status(`${healthy!.url}/api/ready`)).toBe(200);
  // Without its database the cut-off instance cannot answer a search it has never seen (`next start`
  // answers 500; the production server, server/index.mjs, a 503 page).
  expect(await status(`${cutOff!.url}${freshSearch()}`)).toBeGreaterThanOrEqual(500);

  // Once the proxy's probe has seen it (two failed probes of three, two seconds apart), every new
  // search goes to the other instance: with round robin over both, about half would fail.
  await expect.poll(async () => (await Promise.all([1, 2, 3, 4].map(() => getThroughProxy(request, freshSearch())))).map((answer) => answer.status), { timeout: 30_000 }).toEqual([200, 200, 200, 200]);
  for (let attempt = 0; attempt < 12; attempt += 1) {
    const answer = await getThroughProxy(request, freshSearch());
    expect(answer.status, `fresh search ${attempt + 1} through the proxy`).toBe(200);
    expect(answer.cache).toBe('MISS');
  }

  relay!.restore();
  await expect.poll(() => status(`${cutOff!.url}/api/ready`), { timeout: 30_000 }).toBe(200);
  expect(await status(`${cutOff!.url}${freshSearch()}`)).toBe(200);
});
