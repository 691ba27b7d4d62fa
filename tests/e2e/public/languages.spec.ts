import { request as playwrightRequest, type Page } from '@playwright/test';
import { expect, test } from '../helpers/browsers';
import { LOCALES, VICTIM, publicPages, releaseListPage, type Locale } from '../helpers/public-pages';

/**
 * The three editions agree with each other: the root negotiates the language, every page declares
 * its language and names the same record in the other two (hreflang, the sitemap, the language
 * switcher), and the switcher keeps the reader on the record with or without JavaScript. Only
 * structure and addresses are asserted, never wording, so the tests hold however pages are phrased.
 */

const LANGUAGE_NAMES: Record<Locale, string> = { az: 'Azərbaycanca', en: 'English', ru: 'Русский' };

/** The pages that render (not the 404 page), without a query: the addresses hreflang and the sitemap name. */
function recordPages(locale: Locale): string[] {
  return publicPages(locale).filter((path) => !path.includes('no-such-page') && !path.includes('?'));
}

/** The path inside a language: "/en/victims/x" → "/victims/x", "/en" → "". */
function pathInside(path: string): string {
  return new URL(path, 'http://x').pathname.replace(/^\/[a-z]{2}(?=\/|$)/, '');
}

/** What a page declares about its languages, read from the rendered document. */
async function readLanguages(page: Page) {
  return page.evaluate(() => {
    const alternates: Record<string, string> = {};
    for (const link of document.querySelectorAll('link[rel="alternate"][hreflang]')) {
      alternates[link.getAttribute('hreflang')!] = link.getAttribute('href')!;
    }
    const switcher: Record<string, string> = {};
    for (const link of document.querySelectorAll('header a[hreflang]')) switcher[link.getAttribute('hreflang')!] = link.getAttribute('href')!;
    return {
      lang: document.documentElement.getAttribute('lang'),
      canonicals: Array.from(document.querySelectorAll('link[rel="canonical"]'), (link) => link.getAttribute('href')),
      alternates,
      switcher,
      current: Array.from(document.querySelectorAll('header [aria-current="true"][lang]'), (element) => element.getAttribute('lang')),
    };
  });
}

/** JSON with an object's keys sorted, to compare what pages and the sitemap declare in any order. */
function stable(value: unknown): string {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return JSON.stringify(value);
  return JSON.stringify(Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b))));
}

/** What differs between two sets of hreflang alternates, in short, or null when they agree. */
function alternatesDifference(actual: Record<string, string>, expected: Record<string, string>): string | null {
  if (Object.keys(actual).length === 0) return 'none declared';
  const keys = [...new Set([...Object.keys(expected), ...Object.keys(actual)])].sort();
  const differences = keys
    .filter((key) => actual[key] !== expected[key])
    .map((key) => (actual[key] === undefined ? `${key} missing` : `${key}=${actual[key]} (expected ${expected[key] ?? 'none'})`));
  return differences.length > 0 ? differences.join('; ') : null;
}

/** The release pages of one language, reached through its archive's links. */
async function releasePages(page: Page, locale: Locale): Promise<string[]> {
  await page.goto(releaseListPage(locale));
  const hrefs = await page.locator('main ul > li > a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThan(0);
  return hrefs;
}

test.describe('the root address picks the language from Accept-Language', () => {
  const cases: [string | null, Locale][] = [
    ['az', 'az'],
    ['az-AZ,az;q=0.9,en;q=0.5', 'az'],
    ['ru,en;q=0.8', 'ru'],
    ['en-GB,en;q=0.9', 'en'],
    ['de-DE', 'az'],
    ['de-DE,fr;q=0.8', 'az'],
    [null, 'az'],
  ];
  for (const [acceptLanguage, locale] of cases) {
    test(`${acceptLanguage ?? 'no Accept-Language'} → /${locale}`, async ({ baseURL }) => {
      // A fresh context: nothing but the header under test is sent.
      const context = await playwrightRequest.newContext({ baseURL });
      try {
        const response = await context.get('/', {
          headers: acceptLanguage === null ? {} : { 'Accept-Language': acceptLanguage },
          maxRedirects: 0,
        });
        expect(response.status()).toBeGreaterThanOrEqual(300);
        expect(response.status()).toBeLessThan(400);
        const location = response.headers()['location'];
        expect(location).toBeTruthy();
        expect(new URL(location!, baseURL).pathname).toBe(`/${locale}`);
        // A shared cache must keep one answer per browser language.
        expect(response.headers()['vary']?.split(',').map((value) => value.trim().toLowerCase())).toContain('accept-language');
        // The negotiation is by header alone: no cookie, so the public pages stay cacheable.
        expect(response.headers()['set-cookie']).toBeUndefined();
      } finally {
        await context.dispose();
      }
    });
  }
});

type SitemapEntry = { loc: string; alternates: Record<string, string> };

/**
 * The sitemap's entries, read with the browser's XML parser on a page of the site (same origin): the
 * index at /sitemap.xml, then every file it names.
 */
async function readSitemap(page: Page): Promise<SitemapEntry[]> {
  return page.evaluate(async () => {
    const SITEMAP = 'http://www.sitemaps.org/schemas/sitemap/0.9';
    const XHTML = 'http://www.w3.org/1999/xhtml';
    const parse = async (address: string) => {
      const response = await fetch(address);
      if (!response.ok) throw new Error(`${address} answered ${response.status}`);
      const document = new DOMParser().parseFromString(await response.text(), 'application/xml');
      if (document.getElementsByTagName('parsererror').length > 0) throw new Error(`${address} is not well-formed XML`);
      return document;
    };
    const index = await parse('/sitemap.xml');
    const files = Array.from(index.getElementsByTagNameNS(SITEMAP, 'sitemap'), (file) => new URL(file.getElementsByTagNameNS(SITEMAP, 'loc')[0]?.textContent ?? '').pathname);
    if (files.length === 0) throw new Error('the sitemap index names no file');
    const entries = [];
    for (const file of files) {
      const document = await parse(file);
      for (const url of document.getElementsByTagNameNS(SITEMAP, 'url')) {
        const alternates: Record<string, string> = {};
        for (const link of url.getElementsByTagNameNS(XHTML, 'link')) {
          if (link.getAttribute('rel') === 'alternate') alternates[link.getAttribute('hreflang')!] = link.getAttribute('href')!;
        }
        entries.push({ loc: url.getElementsByTagNameNS(SITEMAP, 'loc')[0]?.textContent ?? '', alternates });
      }
    }
    return entries;
  });
}

/**
 * Everything a page says about its languages, against what it should say and what the sitemap says
 * about it: a list of the disagreements, empty when all agree.
 */
async function languageProblems(page: Page, path: string, locale: Locale, origin: string): Promise<string[]> {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  const inside = pathInside(path);
  const declared = await readLanguages(page);
  const problems: string[] = [];
  const check = (what: string, actual: unknown, expected: unknown) => {
    if (stable(actual) !== stable(expected)) problems.push(`${what}: ${stable(actual)}, expected ${stable(expected)}`);
  };
  check('<html lang>', declared.lang, locale);
  check('canonical', declared.canonicals, [`${origin}/${locale}${inside}`]);
  const hreflang = alternatesDifference(declared.alternates, {
    az: `${origin}/az${inside}`,
    en: `${origin}/en${inside}`,
    ru: `${origin}/ru${inside}`,
    'x-default': `${origin}/az${inside}`,
  });
  if (hreflang) problems.push(`hreflang: ${hreflang}`);
  // The switcher: the page's own language is marked, not linked; the others link to this record.
  check('switcher current', declared.current, [locale]);
  check('switcher links', declared.switcher, Object.fromEntries(LOCALES.filter((other) => other !== locale).map((other) => [other, `/${other}${inside}`])));
  // The sitemap lists the page with exactly the alternates the page declares.
  const url = `${origin}/${locale}${inside}`;
  const listed = (await readSitemap(page)).find((entry) => entry.loc === url);
  if (!listed) problems.push('not in the sitemap');
  else {
    const difference = alternatesDifference(declared.alternates, listed.alternates);
    if (difference) problems.push(`the page against the sitemap: ${difference}`);
  }
  return problems;
}

test.describe('each page declares its language and names the same page in the others, as the sitemap does', () => {
  for (const locale of LOCALES) {
    for (const path of recordPages(locale)) {
      test(`${path}: <html lang>, canonical, hreflang, the switcher and the sitemap agree`, async ({ page, baseURL }) => {
        expect(await languageProblems(page, path, locale, new URL(baseURL!).origin)).toEqual([]);
      });
    }
    // Release pages are reached through the archive's links, whatever their slugs.
    for (let index = 0; index < 5; index += 1) {
      test(`release page ${index + 1} of 5 in /${locale}: <html lang>, canonical, hreflang, the switcher and the sitemap agree`, async ({ page, baseURL }) => {
        const hrefs = await releasePages(page, locale);
        expect(hrefs.length).toBe(5);
        expect(await languageProblems(page, hrefs[index]!, locale, new URL(baseURL!).origin)).toEqual([]);
      });
    }
  }

  test('the sitemap lists every page in every language, each with all its alternates', async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    await page.goto('/en/about');
    const entries = await readSitemap(page);
    const locs = new Set(entries.map((entry) => entry.loc));
    expect(locs.size).toBe(entries.length);
    const problems: string[] = [];
    for (const { loc, alternates } of entries) {
      const locale = new URL(loc).pathname.split('/')[1] as Locale;
      if (!loc.startsWith(`${origin}/`) || !LOCALES.includes(locale)) problems.push(`${loc}: not an address of a language edition on ${origin}`);
      const expected = Object.fromEntries(
        [...LOCALES, 'x-default'].map((key) => [key, `${origin}/${key === 'x-default' ? 'az' : key}${pathInside(new URL(loc).pathname)}`]),
      );
      const difference = alternatesDifference(alternates, expected);
      if (difference) problems.push(`${loc}: ${difference}`);
      // Each alternate is itself listed.
      for (const href of Object.values(alternates)) if (!locs.has(href)) problems.push(`${loc} names ${href}, which is not listed`);
    }
    expect(problems).toEqual([]);
  });
});

/**
 * Follows the language switcher from one language to the next and back, checking each time that the
 * address, <html lang> and the record's own heading (a name or a release title, never translated)
 * or its year (an anniversary) are those of the same record.
 */
async function followSwitcher(page: Page, start: string, sameRecord: (page: Page) => Promise<void>) {
  const response = await page.goto(start);
  expect(response?.status()).toBe(200);
  await sameRecord(page);
  const inside = pathInside(start);
  for (const target of ['az', 'ru', 'en'] as const) {
    await page.locator('header').getByRole('link', { name: LANGUAGE_NAMES[target], exact: true }).click();
    await expect(page).toHaveURL(`/${target}${inside}`);
    await expect(page.locator('html')).toHaveAttribute('lang', target);
    await sameRecord(page);
  }
}

test.describe('the language switcher keeps the reader on the same record', () => {
  for (const javaScriptEnabled of [true, false]) {
    const mode = javaScriptEnabled ? 'with JavaScript' : 'without JavaScript';

    test(`on a victim’s page, ${mode}`, async ({ anotherBrowser }) => {
      await followSwitcher(await anotherBrowser({ javaScriptEnabled }), `/en/victims/${VICTIM.slug}`, async (current) => {
        await expect(current.getByRole('heading', { level: 1 })).toHaveText(VICTIM.name);
      });
    });

    test(`on an anniversary page, ${mode}`, async ({ anotherBrowser }) => {
      await followSwitcher(await anotherBrowser({ javaScriptEnabled }), '/en/anniversaries/2020', async (current) => {
        await expect(current.getByRole('heading', { level: 1 })).toBeVisible();
        // The date of the day, in whatever language's form, names its year.
        await expect(current.locator('main')).toContainText('2020');
      });
    });

    test(`on a release page, ${mode}`, async ({ anotherBrowser }) => {
      const page = await anotherBrowser({ javaScriptEnabled });
      const [first] = await releasePages(page, 'en');
      const title = (await page.goto(first!), await page.getByRole('heading', { level: 1 }).textContent())!.trim();
      expect(title).not.toBe('');
      // A release stays in the language it was issued in: its title is the same in every edition.
      await followSwitcher(page, first!, async (current) => {
        await expect(current.getByRole('heading', { level: 1 })).toHaveText(title);
      });
    });
  }
});

test.describe('only the published languages exist', () => {
  for (const path of ['/de/victims', '/de', '/fr/victims/larissa-mammadova', '/EN/victims']) {
    test(`${path} is the 404 page`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(LOCALES).toContain(await page.locator('html').getAttribute('lang'));
    });
  }
});

test.describe('a missing page inside a language answers in that language', () => {
  for (const locale of LOCALES) {
    for (const path of [`/${locale}/no-such-page`, `/${locale}/victims/NOT..A..SLUG`, `/${locale}/anniversaries/1990`, `/${locale}/victims/no-such-victim`]) {
      test(`${path} is the 404 page in <html lang="${locale}">`, async ({ page }) => {
        const response = await page.goto(path);
        expect(response?.status()).toBe(404);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expect(page.locator('html')).toHaveAttribute('lang', locale);
      });
    }
  }
});
