import { expect, test } from '../helpers/test';
import { ALL_PUBLIC_PAGES, LOCALES, VICTIM } from '../helpers/public-pages';

test.use({ javaScriptEnabled: false });

test.describe('with JavaScript disabled', () => {
  for (const path of ALL_PUBLIC_PAGES) {
    test(`${path} shows its content`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const main = page.locator('main');
      await expect(main).toBeVisible();
      // Content must be visible, not merely present in a hidden streamed element.
      expect(await page.locator('[hidden] h1, [hidden] blockquote, [hidden] li').count()).toBe(0);
    });
  }

  test('the victims search form works as a plain GET form', async ({ page }) => {
    await page.goto('/en/victims');
    await page.getByLabel('Name').fill('Mammadova');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/q=Mammadova/);
    await expect(page.getByRole('link', { name: 'Larissa Mammadova' })).toBeVisible();
  });

  test('the release filter works as a plain GET form', async ({ page }) => {
    await page.goto('/en/releases');
    await page.getByLabel('Issuer').selectOption('unattributed');
    await page.getByRole('button', { name: 'Show releases' }).click();
    await expect(page.getByRole('status')).toHaveText('2 releases match the filters.');
  });

  // The same forms in the other languages, by structure (field names), whatever the wording.
  for (const locale of LOCALES.filter((locale) => locale !== 'en')) {
    test(`/${locale}: the victims search and the release filter work as plain GET forms`, async ({ page }) => {
      await page.goto(`/${locale}/victims`);
      const search = page.locator('main form[role="search"]');
      await search.locator('input[name="q"]').fill('Mammadova');
      await search.locator('button[type="submit"]').click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/victims\\?(.*&)?q=Mammadova`));
      await expect(page.locator(`main a[href="/${locale}/victims/${VICTIM.slug}"]`)).toHaveText(VICTIM.name);

      await page.goto(`/${locale}/releases`);
      const filter = page.locator('main form[role="search"]');
      await filter.locator('select[name="issuer"]').selectOption('unattributed');
      await filter.locator('button[type="submit"]').click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/releases\\?(.*&)?issuer=unattributed`));
      await expect(page.getByRole('status')).toContainText('2');
    });
  }

  // The 404 page's wording is its language's; its structure is the same everywhere. The proxy answers
  // addresses that cannot exist (a malformed key, a year before 1991, no route); a page answers a
  // well-formed address that names nothing (components/site/not-found-answer.tsx).
  const missing = [
    '/xx',
    ...LOCALES.flatMap((locale) => [`/${locale}/victims/NOT..A..SLUG`, `/${locale}/anniversaries/1990`, `/${locale}/no-such-page`]),
    ...LOCALES.flatMap((locale) => [`/${locale}/victims/no-such-person`, `/${locale}/releases/no-such-release`, `/${locale}/issuers/no-such-issuer`, `/${locale}/anniversaries/2099`]),
  ];
  for (const path of missing) {
    test(`the 404 page for ${path} is plain HTML`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.locator('a[href="#main"]')).toBeAttached();
      await expect(page.locator('main a').first()).toBeVisible();
    });
  }

  for (const locale of LOCALES) {
    test(`/${locale}: the timeline quotes are visible`, async ({ page }) => {
      await page.goto(`/${locale}/timeline`);
      await expect(page.locator('main blockquote').first()).toBeVisible();
    });
  }
});
