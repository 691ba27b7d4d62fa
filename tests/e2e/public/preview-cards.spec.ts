import { type Page } from '@playwright/test';
import { expect, test } from '../helpers/test';
import { nextAnniversaryYear } from '../../../lib/anniversaries/ordinal';
import { fetchPng } from '../helpers/png';
import { PUBLIC_PAGES } from '../helpers/public-pages';

/**
 * Open Graph and Twitter cards on every public page, and the generated card images. Read-only: the
 * check that the Azerbaijani and Cyrillic letters are drawn, not missing, renders the cards directly
 * (tests/unit/og-card.test.ts), because this project may not create a record with such a name.
 */

const RELEASE = { slug: '2020-01-20-30th-anniversary-of-the-black-january', title: '30th Anniversary of the Black January' };
const VICTIM = { slug: 'larissa-mammadova', name: 'Larissa Mammadova' };
const ISSUER = 'diplomatic-mission-of-azerbaijan-in-bosnia-and-herzegovina';

/** Every public page that renders (the 404 page has no address of its own to share). */
const PAGES = [
  ...PUBLIC_PAGES.filter((path) => !path.includes('no-such-page')),
  `/en/releases/${RELEASE.slug}`,
  '/en/issuers',
  `/en/issuers/${ISSUER}`,
];

type Card = Record<string, string | null>;

async function readCard(page: Page, path: string): Promise<Card> {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  return page.evaluate(() => {
    const meta = (selector: string) => document.head.querySelector(`meta[${selector}]`)?.getAttribute('content') ?? null;
    const card: Record<string, string | null> = {};
    for (const property of ['og:title', 'og:description', 'og:url', 'og:type', 'og:site_name', 'og:locale', 'og:image', 'og:image:width', 'og:image:height']) {
      card[property] = meta(`property="${property}"`);
    }
    for (const name of ['twitter:card', 'twitter:title', 'twitter:image']) card[name] = meta(`name="${name}"`);
    return card;
  });
}

function expectedType(path: string): string {
  if (path.startsWith('/en/releases/')) return 'article';
  if (path.startsWith('/en/victims/')) return 'profile';
  return 'website';
}

test.describe('preview cards', () => {
  test('every public page has its Open Graph and Twitter card, with absolute addresses and a 1200×630 PNG', async ({ page, baseURL }) => {
    // Renders every public page, and each distinct card image, on its first request.
    test.slow();
    const origin = new URL(baseURL!).origin;
    const checkedImages = new Set<string>();
    for (const path of PAGES) {
      const card = await readCard(page, path);
      expect(card['og:title'], path).toBeTruthy();
      expect(card['og:description'], path).toBeTruthy();
      // The canonical address, absolute: a filtered list shares as the list.
      expect(card['og:url'], path).toBe(`${origin}${new URL(path, origin).pathname}`);
      expect(card['og:type'], path).toBe(expectedType(path));
      expect(card['og:site_name'], path).toBe('Black January memorial');
      expect(card['og:locale'], path).toBe('en_GB');
      expect(card['og:image'], path).toMatch(new RegExp(`^${origin}/en/`));
      expect([card['og:image:width'], card['og:image:height']], path).toEqual(['1200', '630']);
      expect(card['twitter:card'], path).toBe('summary_large_image');
      expect(card['twitter:title'], path).toBe(card['og:title']);
      expect(card['twitter:image'], path).toBe(card['og:image']);

      const image = card['og:image']!;
      if (checkedImages.has(image)) continue;
      checkedImages.add(image);
      expect(await fetchPng(page.request, image), image).toEqual({ status: 200, contentType: 'image/png', isPng: true, size: [1200, 630] });
    }
  });

  test('anniversaries, releases and victims have cards of their own; other pages share the site card', async ({ page }) => {
    const own: [string, string][] = [
      ['/en/anniversaries/2020', '/en/anniversaries/2020/opengraph-image'],
      [`/en/releases/${RELEASE.slug}`, `/en/releases/${RELEASE.slug}/opengraph-image`],
      [`/en/victims/${VICTIM.slug}`, `/en/victims/${VICTIM.slug}/opengraph-image`],
      ['/en', '/en/opengraph-image'],
      ['/en/figures', '/en/opengraph-image'],
    ];
    for (const [path, imagePath] of own) {
      const card = await readCard(page, path);
      expect(new URL(card['og:image']!).pathname, path).toBe(imagePath);
    }
    const release = await readCard(page, `/en/releases/${RELEASE.slug}`);
    expect(release['og:title']).toBe(RELEASE.title);
    const victim = await readCard(page, `/en/victims/${VICTIM.slug}`);
    expect(victim['og:title']).toBe(VICTIM.name);
  });

  test('the card images are 1200×630 PNGs, and a record that is not public has none', async ({ request }) => {
    for (const path of [`/en/anniversaries/${nextAnniversaryYear(new Date())}/opengraph-image`, `/en/releases/${RELEASE.slug}/opengraph-image`, `/en/victims/unidentified-7-year-old-boy/opengraph-image`]) {
      expect(await fetchPng(request, path), path).toEqual({ status: 200, contentType: 'image/png', isPng: true, size: [1200, 630] });
    }
    // Different records draw different cards.
    const [first, second] = await Promise.all([
      request.get(`/en/victims/${VICTIM.slug}/opengraph-image`).then((response) => response.body()),
      request.get('/en/victims/unidentified-7-year-old-boy/opengraph-image').then((response) => response.body()),
    ]);
    expect(first.equals(second)).toBe(false);

    for (const path of ['/en/victims/no-such-person/opengraph-image', '/en/releases/no-such-release/opengraph-image', '/en/anniversaries/1989/opengraph-image']) {
      expect((await request.get(path)).status(), path).toBe(404);
    }
  });
});
