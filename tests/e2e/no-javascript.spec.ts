import { expect, test } from '@playwright/test';
import { PUBLIC_PAGES } from './public-pages';

test.use({ javaScriptEnabled: false });

test.describe('with JavaScript disabled', () => {
  for (const path of PUBLIC_PAGES) {
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

  for (const path of ['/xx', '/en/victims/NOT..A..SLUG', '/en/anniversaries/1990', '/en/no-such-page']) {
    test(`the 404 page for ${path} is plain HTML`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
      await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeAttached();
    });
  }

  test('the timeline quotes are visible', async ({ page }) => {
    await page.goto('/en/timeline');
    await expect(page.locator('main blockquote').first()).toBeVisible();
  });
});
