import AxeBuilder from '@axe-core/playwright';
import { type Page } from '@playwright/test';
import { expect, test } from '../helpers/test';

const MISSION = {
  slug: 'diplomatic-mission-of-azerbaijan-in-bosnia-and-herzegovina',
  name: 'Diplomatic Mission of the Republic of Azerbaijan in Bosnia and Herzegovina',
};
const ATOM_NS = 'http://www.w3.org/2005/Atom';

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Fetches a feed in the page and reads it with the browser's own XML parser. */
async function parseFeed(page: Page, path: string) {
  return page.evaluate(
    async ({ path, ns }) => {
      const text = await (await fetch(path)).text();
      const document = new DOMParser().parseFromString(text, 'application/xml');
      const error = document.getElementsByTagName('parsererror')[0]?.textContent ?? null;
      const root = document.documentElement;
      const child = (parent: Element, name: string) => Array.from(parent.children).find((element) => element.namespaceURI === ns && element.localName === name);
      const entries = Array.from(root.getElementsByTagNameNS(ns, 'entry')).map((entry) => ({
        id: child(entry, 'id')?.textContent ?? null,
        title: child(entry, 'title')?.textContent ?? null,
        updated: child(entry, 'updated')?.textContent ?? null,
        published: child(entry, 'published')?.textContent ?? null,
        link: child(entry, 'link')?.getAttribute('href') ?? null,
        author: entry.getElementsByTagNameNS(ns, 'name')[0]?.textContent ?? null,
        summary: child(entry, 'summary')?.textContent ?? null,
      }));
      const links = Array.from(root.children)
        .filter((element) => element.localName === 'link')
        .map((element) => ({ rel: element.getAttribute('rel'), href: element.getAttribute('href') }));
      return { error, namespace: root.namespaceURI, rootName: root.localName, updated: child(root, 'updated')?.textContent ?? null, links, entries };
    },
    { path, ns: ATOM_NS },
  );
}

test.describe('issuers', () => {
  test('the issuers page lists each issuer with its releases, and the unattributed ones apart', async ({ page }) => {
    await page.goto('/en');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Issuers' }).click();
    await expect(page).toHaveURL(/\/en\/issuers$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Issuers' })).toBeVisible();
    const mission = page.getByRole('region', { name: MISSION.name });
    await expect(mission).toContainText('Sarajevo, Bosnia and Herzegovina');
    await expect(mission.getByRole('link', { name: 'sarajevo.mfa.gov.az' })).toHaveAttribute('href', 'http://sarajevo.mfa.gov.az');
    await expect(mission.getByRole('link', { name: '30th Anniversary of the Black January' })).toBeVisible();
    const unattributed = page.getByRole('region', { name: 'Issuer not named in the text' });
    await expect(unattributed.getByRole('listitem')).toHaveCount(2);
    // No unattributed release is filed under an issuer.
    await expect(page.getByRole('region', { name: 'Embassy of the Republic of Azerbaijan' }).getByRole('listitem')).toHaveCount(1);

    await mission.getByRole('link', { name: MISSION.name }).click();
    await expect(page).toHaveURL(new RegExp(`/en/issuers/${MISSION.slug}$`));
    await expect(page.getByRole('heading', { level: 1, name: MISSION.name })).toBeVisible();
    await expect(page.locator(`link[rel="alternate"][type="application/atom+xml"]`)).toHaveAttribute('href', /\/feeds\/issuers\/diplomatic-mission-of-azerbaijan-in-bosnia-and-herzegovina\.xml$/);
    await page.getByRole('link', { name: '30th Anniversary of the Black January' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '30th Anniversary of the Black January' })).toBeVisible();
    // The release names its issuer with a link back to the issuer's page.
    await page.getByRole('link', { name: MISSION.name }).click();
    await expect(page).toHaveURL(new RegExp(`/en/issuers/${MISSION.slug}$`));
  });

  test('release lists link the issuer to its page', async ({ page }) => {
    await page.goto('/en/releases?year=2020');
    await expect(page.getByRole('main').getByRole('link', { name: MISSION.name })).toHaveAttribute('href', `/en/issuers/${MISSION.slug}`);
  });

  for (const path of ['/en/issuers/no-such-issuer', '/en/issuers/NOT..A..SLUG', '/en/issuers/a/b']) {
    test(`${path} is a 404 page`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    });
  }

  for (const path of ['/en/issuers', `/en/issuers/${MISSION.slug}`]) {
    test(`${path} has no accessibility violations`, async ({ page }) => {
      await page.goto(path);
      await expectNoViolations(page);
    });
  }
});

test.describe('issuers with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  for (const path of ['/en/issuers', `/en/issuers/${MISSION.slug}`]) {
    test(`${path} is readable`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByRole('link', { name: '30th Anniversary of the Black January' })).toBeVisible();
      expect(await page.locator('[hidden] h1, [hidden] li').count()).toBe(0);
    });
  }
});

test.describe('feeds and machine-readable data', () => {
  test('the releases feed is Atom with absolute links', async ({ page, request, baseURL }) => {
    const response = await request.get('/feeds/releases.xml');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');

    await page.goto('/en/releases');
    await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', /\/feeds\/releases\.xml$/);
    const feed = await parseFeed(page, '/feeds/releases.xml');
    expect(feed.error).toBeNull();
    expect(feed.namespace).toBe(ATOM_NS);
    expect(feed.rootName).toBe('feed');
    expect(feed.updated).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(feed.links).toContainEqual({ rel: 'self', href: `${baseURL}/feeds/releases.xml` });
    expect(feed.entries).toHaveLength(5);
    for (const entry of feed.entries) {
      expect(entry.link).toMatch(new RegExp(`^${baseURL}/en/releases/[a-z0-9-]+$`));
      expect(entry.id).toBe(entry.link);
      for (const value of [entry.title, entry.updated, entry.published, entry.author, entry.summary]) expect(value).toBeTruthy();
    }
    // Newest first; a release that names no issuer is said to, never given one.
    expect(feed.entries.map((entry) => entry.published)).toEqual([...feed.entries.map((entry) => entry.published)].sort().reverse());
    expect(feed.entries.filter((entry) => entry.author === 'Issuer not named in the text')).toHaveLength(2);
  });

  test('an issuer’s feed holds only its releases; an unknown issuer has none', async ({ page, request, baseURL }) => {
    await page.goto('/en/issuers');
    const feed = await parseFeed(page, `/feeds/issuers/${MISSION.slug}.xml`);
    expect(feed.error).toBeNull();
    expect(feed.namespace).toBe(ATOM_NS);
    expect(feed.entries.map((entry) => [entry.title, entry.author])).toEqual([['30th Anniversary of the Black January', MISSION.name]]);
    expect(feed.links).toContainEqual({ rel: 'alternate', href: `${baseURL}/en/issuers/${MISSION.slug}` });
    expect((await request.get('/feeds/issuers/no-such-issuer.xml')).status()).toBe(404);
  });

  test('the sitemap lists releases, victims, issuers and the coming anniversary with absolute URLs', async ({ request, baseURL }) => {
    // /sitemap.xml is the index of the sitemap's files (at most 50 000 addresses each).
    const index = await request.get('/sitemap.xml');
    expect(index.status()).toBe(200);
    const files = [...(await index.text()).matchAll(/<sitemap>\s*<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
    expect(files.length).toBeGreaterThan(0);
    const urls: string[] = [];
    for (const file of files) {
      expect(file).toMatch(new RegExp(`^${baseURL}/sitemaps/sitemap/\\d+\\.xml$`));
      const response = await request.get(new URL(file).pathname);
      expect(response.status()).toBe(200);
      urls.push(...[...(await response.text()).matchAll(/<url>\s*<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!));
    }
    expect(new Set(urls).size, 'every address in exactly one file').toBe(urls.length);
    for (const path of [
      '/en',
      '/en/releases/2020-01-20-30th-anniversary-of-the-black-january',
      '/en/victims/larissa-mammadova',
      '/en/anniversaries/1991',
      '/en/anniversaries/2027',
      `/en/issuers/${MISSION.slug}`,
    ]) {
      expect(urls).toContain(`${baseURL}${path}`);
    }
    expect(urls.every((url) => url.startsWith(`${baseURL}/`))).toBe(true);
    expect(urls.some((url) => url.includes('/admin'))).toBe(false);
  });

  test('robots.txt disallows the curators’ area and names the sitemap', async ({ request, baseURL }) => {
    const text = await (await request.get('/robots.txt')).text();
    expect(text).toMatch(/^Disallow: \/admin$/m);
    expect(text).toMatch(/^Disallow: \/login$/m);
    expect(text).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
  });

  test('release, victim and anniversary pages carry JSON-LD', async ({ page }) => {
    const jsonLd = async () => JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '') as Record<string, unknown>;
    await page.goto('/en/releases/2020-01-20-30th-anniversary-of-the-black-january');
    const article = await jsonLd();
    expect(article['@type']).toBe('NewsArticle');
    expect(article.headline).toBe('30th Anniversary of the Black January');
    expect(article.datePublished).toBe('2020-01-20');
    expect(article.publisher).toMatchObject({ '@type': 'Organization', name: MISSION.name });

    await page.goto('/en/releases/2021-01-21-day-of-nationwide-sorrow');
    expect((await jsonLd()).publisher).toBeUndefined();

    await page.goto('/en/victims/larissa-mammadova');
    expect(await jsonLd()).toMatchObject({ '@type': 'Person', name: 'Larissa Mammadova' });

    await page.goto('/en/anniversaries/2027');
    expect(await jsonLd()).toMatchObject({ '@type': 'Event', startDate: '2027-01-20', location: { '@type': 'Place', name: 'Baku' } });
  });
});
