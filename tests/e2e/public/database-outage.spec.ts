import type { APIResponse } from '@playwright/test';
import { expect, test } from '../helpers/browsers';
import { nextAnniversaryYear } from '../../../lib/anniversaries/ordinal';
import { databaseUrlThrough, startAppInstance, type AppInstance } from '../../helpers/app-instance';
import { startTcpRelay, type TcpRelay } from '../../helpers/tcp-relay';
import { DEMO_EMAIL, DEMO_PASSWORD } from '../helpers/login';
import { ISSUER_SLUG, VICTIM } from '../helpers/public-pages';

/**
 * A database outage no visitor sees (issue 12). A production server of this build (server/index.mjs)
 * runs on its own port, reaching PostgreSQL through a TCP relay this test cuts for real: severed
 * (connections refused and dropped) and black-holed (accepted, never answered). Every kind of public
 * answer served before the outage is served again during it — also after the schedule's
 * one-minute memory has run out, which used to turn every dynamic answer into a 500 — and what was
 * never served answers a 503 page in the address's language, readable without JavaScript, with
 * Retry-After. When the database is back, everything answers as before, without a restart.
 */
const BASE_PORT = Number(process.env.E2E_PORT ?? 3100);
// Clear of the topology spec's ports (E2E_PORT + 1 to + 3), should the two ever run side by side.
const APP_PORT = BASE_PORT + 11;
const RELAY_PORT = BASE_PORT + 12;
const YEAR = nextAnniversaryYear(new Date());
/** The schedule of publications is remembered for a minute (lib/cache.ts); the outage must outlast it. */
const SCHEDULE_MEMORY_MS = 60_000;

let relay: TcpRelay;
let app: AppInstance;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error('The outage test needs the DATABASE_URL of the seeded test database.');
  const target = new URL(databaseUrl);
  relay = await startTcpRelay({ port: RELAY_PORT, targetHost: target.hostname, targetPort: Number(target.port || 5432) });
  app = await startAppInstance({
    port: APP_PORT,
    env: {
      DATABASE_URL: databaseUrlThrough(databaseUrl, RELAY_PORT),
      DATABASE_CONNECT_TIMEOUT_MS: '1500',
      DATABASE_STATEMENT_TIMEOUT_MS: '10000',
      MEMORIAL_ALLOW_DEMO_ACCOUNTS: '1',
      LOG_LEVEL: 'info',
    },
  });
});

test.afterAll(async () => {
  relay?.restore();
  await app?.stop();
  await relay?.close();
});

/** Every kind of public answer, by address (the preview image's address is read from its page). */
const SERVED_BEFORE: { kind: string; path: string }[] = [
  { kind: 'home page', path: '/en' },
  { kind: 'timeline', path: '/az/timeline' },
  { kind: 'figures', path: '/ru/figures' },
  { kind: 'anniversary page', path: `/en/anniversaries/${YEAR}` },
  { kind: 'victim page', path: `/en/victims/${VICTIM.slug}` },
  { kind: 'issuer page', path: `/en/issuers/${ISSUER_SLUG}` },
  { kind: 'name search', path: '/en/victims?q=larissa' },
  { kind: 'testimony form', path: `/en/testimony?victim=${VICTIM.slug}` },
  { kind: 'embed card', path: `/embed/anniversaries/${YEAR}?lang=en` },
  // oEmbed answers for addresses of the site's own SITE_URL, which this instance shares with the build.
  { kind: 'oEmbed', path: `/api/oembed?url=${encodeURIComponent(`${process.env.SITE_URL ?? `http://localhost:${APP_PORT}`}/en/anniversaries/${YEAR}`)}` },
  { kind: 'anniversary preview image', path: `/en/anniversaries/${YEAR}/opengraph-image` },
  { kind: 'victim preview image', path: `/en/victims/${VICTIM.slug}/opengraph-image` },
  { kind: 'release feed', path: '/feeds/releases.xml' },
  { kind: 'issuer feed', path: `/feeds/issuers/${ISSUER_SLUG}.xml` },
  { kind: 'JSON export', path: '/export/memorial.json' },
  { kind: 'CSV export', path: '/export/memorial.csv' },
  { kind: 'sitemap index', path: '/sitemap.xml' },
  { kind: 'sitemap file', path: '/sitemaps/sitemap/0.xml' },
];

/** Addresses no one asked for before the outage: nothing to serve them from. */
const NEVER_SERVED = [
  { path: '/ru/anniversaries/1996', lang: 'ru', heading: 'Эту страницу сейчас не удаётся показать' },
  { path: '/az/victims/nobody-asked-for-this-address', lang: 'az', heading: 'Bu səhifəni hazırda göstərmək mümkün deyil' },
  { path: '/en/victims?q=a+name+never+searched', lang: 'en', heading: 'This page cannot be shown just now' },
];

const remembered = new Map<string, string>();

/**
 * What identifies an answer across renders: a page's title and main heading (a page may be
 * re-rendered from the cached data during the outage, and a search page streams React's payload in
 * any order), a picture's PNG header (its size), and for feeds, exports and oEmbed the type and the
 * length within 2 % (a re-render may stamp another time). An error page matches none of these.
 */
function identity(body: Buffer, contentType: string | null): string {
  const type = (contentType ?? '').split(';')[0];
  if (type === 'text/html') {
    const html = body.toString('utf8');
    const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
    const heading = /<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1]?.replace(/<[^>]+>/g, '') ?? '';
    return `${type} ${title} | ${heading}`;
  }
  if (type === 'image/png') return `${type} ${body.subarray(0, 24).toString('hex')}`;
  return `${type} ~${Math.round(body.length / 50) * 50}`;
}

function sameAnswer(now: string, before: string): boolean {
  const length = (value: string) => Number(/~(\d+)$/.exec(value)?.[1]);
  if (!now.includes('~')) return now === before;
  return now.split(' ')[0] === before.split(' ')[0] && Math.abs(length(now) - length(before)) <= Math.max(100, length(before) * 0.02);
}

async function fetchAnswer(path: string): Promise<{ status: number; body: Buffer; headers: Headers; seconds: number }> {
  const started = Date.now();
  const response = await fetch(`${app.url}${path}`, { redirect: 'manual', signal: AbortSignal.timeout(30_000) });
  const body = Buffer.from(await response.arrayBuffer());
  return { status: response.status, body, headers: response.headers, seconds: (Date.now() - started) / 1000 };
}

/** Every answer served before is served again with the same body, quickly. */
async function expectEverythingServedAsBefore(when: string): Promise<void> {
  for (const { kind, path } of SERVED_BEFORE) {
    const answer = await fetchAnswer(path);
    expect(answer.status, `${kind} (${path}) ${when}`).toBe(200);
    const now = identity(answer.body, answer.headers.get('content-type'));
    expect(sameAnswer(now, remembered.get(path)!), `${kind} (${path}) ${when}: the answer served before the outage (${now} vs ${remembered.get(path)})`).toBe(true);
    expect(answer.seconds, `${kind} (${path}) ${when}: answered without waiting for the database`).toBeLessThan(5);
  }
}

async function expectOutagePages(when: string): Promise<void> {
  for (const { path, lang, heading } of NEVER_SERVED) {
    const answer = await fetchAnswer(path);
    expect(answer.status, `${path} ${when}`).toBe(503);
    expect(answer.headers.get('retry-after'), `${path} ${when}`).toMatch(/^\d+$/);
    expect(answer.headers.get('content-type')).toContain('text/html');
    const html = answer.body.toString('utf8');
    expect(html).toContain(`<html lang="${lang}">`);
    expect(html).toContain(heading);
    expect(html).not.toContain('<script');
    expect(answer.seconds, `${path} ${when}: the pool gave up within its connect timeout`).toBeLessThan(10);
  }
}

test('every kind of public answer served before an outage is served during it; the rest is a readable 503', async ({ anotherBrowser }) => {
  test.setTimeout(300_000);
  for (const { kind, path } of SERVED_BEFORE) {
    const answer = await fetchAnswer(path);
    expect(answer.status, `${kind} (${path}) before the outage`).toBe(200);
    remembered.set(path, identity(answer.body, answer.headers.get('content-type')));
  }
  const warmedAt = Date.now();

  relay.sever();
  await expectEverythingServedAsBefore('with PostgreSQL cut off');
  await expectOutagePages('with PostgreSQL cut off');

  // The original failure: a minute on, the schedule's memory expires and used to be read first.
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, warmedAt + SCHEDULE_MEMORY_MS + 5_000 - Date.now())));
  await expectEverythingServedAsBefore('a minute into the outage');
  await expectOutagePages('a minute into the outage');

  relay.blackhole();
  await expectEverythingServedAsBefore('with PostgreSQL accepting connections but never answering');
  await expectOutagePages('with PostgreSQL accepting connections but never answering');

  // The 503 page reads without JavaScript.
  const page = await anotherBrowser({ javaScriptEnabled: false });
  const response = await page.goto(`${app.url}/ru/anniversaries/1996`);
  expect(response?.status()).toBe(503);
  await expect(page.getByRole('heading', { level: 1, name: 'Эту страницу сейчас не удаётся показать' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Главная' })).toBeVisible();
  await page.context().close();

  relay.restore();
  await expect.poll(async () => (await fetchAnswer('/ru/anniversaries/1996')).status, { timeout: 30_000 }).toBe(200);
  expect((await fetchAnswer('/az/victims/nobody-asked-for-this-address')).status).toBe(404);
  expect((await fetchAnswer('/en/victims?q=a+name+never+searched')).status).toBe(200);
  for (const { kind, path } of SERVED_BEFORE) expect((await fetchAnswer(path)).status, `${kind} after the outage`).toBe(200);
});

test('the curators’ area says the database cannot be reached, and a save keeps what was typed', async ({ anotherBrowser }) => {
  test.setTimeout(120_000);
  const page = await anotherBrowser({ baseURL: app.url });
  await page.goto('/login?callbackUrl=%2Fadmin%2Fevents%2Fnew');
  await page.getByLabel('E-mail address').fill(DEMO_EMAIL.curator);
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/admin\/events\/new$/);

  const title = 'Typed during the outage, never to be lost';
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill(title);
  relay.sever();
  await page.getByRole('button', { name: 'Save as draft' }).click();
  await expect(page.getByText('The database cannot be reached, so nothing was saved.')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Title', exact: true })).toHaveValue(title);

  // Opening another page of the curators' area says the same, in a page that needs no script.
  const answer: APIResponse = await page.request.get('/admin/events');
  expect(answer.status()).toBe(503);
  expect(answer.headers()['retry-after']).toMatch(/^\d+$/);
  expect(await answer.text()).toContain('The curators’ area cannot reach the memorial’s database');

  relay.restore();
});

test('SIGTERM lets the request in flight finish, then the server closes its pools and exits 0', async () => {
  test.setTimeout(90_000);
  relay.blackhole();
  // An address never served waits for the database's connect timeout: in flight when the signal comes.
  const inFlight = fetchAnswer('/ru/anniversaries/1997');
  await new Promise((resolve) => setTimeout(resolve, 300));
  app.child.kill('SIGTERM');
  const answer = await inFlight;
  expect(answer.status).toBe(503);
  expect(await app.exited).toBe(0);
  relay.restore();

  const lines = app.lines().flatMap((line) => {
    try {
      return [JSON.parse(line) as Record<string, unknown>];
    } catch {
      return [];
    }
  });
  expect(lines.some((line) => line.msg === 'Stopped.')).toBe(true);
  const requests = lines.filter((line) => line.msg === 'request');
  expect(requests.length).toBeGreaterThan(10);
  for (const line of requests) {
    expect(typeof line.requestId).toBe('string');
    expect(typeof line.status).toBe('number');
    expect(typeof line.durationMs).toBe('number');
    expect(String(line.route)).not.toContain('?');
  }
  // The curator signed in above: neither the address nor the password was written anywhere.
  const everything = app.lines().join('\n');
  expect(everything).not.toContain(DEMO_EMAIL.curator);
  expect(everything).not.toContain(DEMO_PASSWORD);
});
