import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '../helpers/browsers';
import { LOCALES } from '../helpers/public-pages';
import { ATOM_NS, bakuTodayInEnglish, readRemembranceFeed } from '../helpers/remembrance';

test.describe('who is remembered today', () => {
  for (const locale of LOCALES) {
    test(`/${locale}/remembrance lists today’s people or says plainly that nobody is, as its feed does`, async ({ page }) => {
      const response = await page.goto(`/${locale}/remembrance`);
      expect(response?.status()).toBe(200);
      expect(response?.headers()['cache-control']).toMatch(/^public, max-age=0, s-maxage=\d+, /);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const feedPath = `/feeds/remembrance/${locale}.xml`;
      await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', new RegExp(`${feedPath.replace(/\./g, '\\.')}$`));
      await expect(page.getByRole('main').locator(`a[href="${feedPath}"]`)).toBeVisible();

      const feed = await readRemembranceFeed(page, feedPath);
      expect(feed).toMatchObject({ status: 200, error: null, namespace: ATOM_NS, language: locale });
      expect(feed.contentType).toBe('application/atom+xml; charset=utf-8');
      expect(feed.links).toEqual(expect.arrayContaining([{ rel: 'alternate', href: expect.stringMatching(new RegExp(`/${locale}/remembrance$`)) }]));
      // The feed's date is the start of today in Baku.
      expect(feed.updated).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00\+04:00$/);

      const people = page.getByRole('main').getByRole('list');
      if (feed.entries.length === 0) {
        await expect(people).toHaveCount(0);
        await expect(page.getByRole('main').locator('p').first()).toBeVisible();
      } else {
        await expect(people.getByRole('listitem')).toHaveCount(feed.entries.length);
        for (const entry of feed.entries) {
          expect(entry.published).toBe(feed.updated);
          await expect(people.locator(`a[href="${new URL(entry.link!).pathname}"]`)).toBeVisible();
        }
      }
    });
  }

  test('the English page states today’s date in Baku, and what counts', async ({ page }) => {
    await page.goto('/en/remembrance');
    await expect(page.getByRole('heading', { level: 1, name: 'Remembered today' })).toBeVisible();
    await expect(page.getByText(`Today in Baku is ${bakuTodayInEnglish()}.`)).toBeVisible();
    await expect(page.getByText('In years without a 29 February, the people born or killed on 29 February are remembered on 28 February.')).toBeVisible();
    // The home page has the section too, with a link to the page.
    await page.goto('/en');
    const section = page.getByRole('region', { name: 'Remembered today' });
    await expect(section).toBeVisible();
    await section.getByRole('link', { name: 'Who is remembered today' }).click();
    await expect(page).toHaveURL(/\/en\/remembrance$/);
  });

  test('an unknown feed language is a 404', async ({ request }) => {
    expect((await request.get('/feeds/remembrance/de.xml')).status()).toBe(404);
  });

  for (const locale of LOCALES) {
    test(`/${locale}/remembrance has no axe violations`, async ({ page }) => {
      await page.goto(`/${locale}/remembrance`);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
      expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
    });

    test(`/${locale}/remembrance is readable with JavaScript off`, async ({ anotherBrowser }) => {
      const page = await anotherBrowser({ javaScriptEnabled: false });
      await page.goto(`/${locale}/remembrance`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByRole('main').locator(`a[href="/feeds/remembrance/${locale}.xml"]`)).toBeVisible();
      expect(await page.locator('[hidden] h1, [hidden] p, [hidden] li').count()).toBe(0);
    });
  }
});
