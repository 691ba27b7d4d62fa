import { expect, test } from '../helpers/browsers';

// The rule every other spec relies on (tests/e2e/helpers/test.ts): a console error or an uncaught
// error in any page of a test fails it. test.fail() turns "it failed" into this test's pass.

test('a console error on the page fails the test', async ({ page }) => {
  test.fail();
  await page.goto('/en/about');
  await page.evaluate(() => console.error('a deliberate console error'));
});

test('an uncaught error in another browser of the test fails it too', async ({ anotherBrowser }) => {
  test.fail();
  const other = await anotherBrowser();
  await other.goto('/en/about');
  const thrown = other.waitForEvent('pageerror');
  await other.evaluate(() => setTimeout(() => { throw new Error('a deliberate uncaught error'); }));
  await thrown;
});

test.describe('an error the test provokes on purpose', () => {
  test.use({ allowConsoleErrors: /^a deliberate console error$/ });

  test('is allowed when named, and only that one', async ({ page }) => {
    await page.goto('/en/about');
    await page.evaluate(() => console.error('a deliberate console error'));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });
});

test('a page answered with 404 is the test’s to judge, not an error', async ({ page }) => {
  const response = await page.goto('/en/victims/nobody-of-this-name');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
