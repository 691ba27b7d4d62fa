import { expect, test } from '../helpers/browsers';
import { ConsoleErrors } from '../helpers/test';

// The rule every other spec relies on (tests/e2e/helpers/test.ts): a console error or an uncaught
// error in any browser of a test fails it. These tests provoke such errors on purpose, so they allow
// exactly those in the fixture and check what a watcher of their own collected.
test.use({ allowConsoleErrors: /^a deliberate (console|uncaught) error( \(named\))?$/ });

test('a console error and an uncaught error are collected, from every browser of the test', async ({ page, anotherBrowser }) => {
  const collected = new ConsoleErrors(null);
  collected.watch(page.context());
  const other = await anotherBrowser();
  collected.watch(other.context());

  await page.goto('/en/about');
  await page.evaluate(() => console.error('a deliberate console error'));
  await other.goto('/en/about');
  const thrown = other.waitForEvent('pageerror');
  await other.evaluate(() => setTimeout(() => { throw new Error('a deliberate uncaught error'); }));
  await thrown;

  await expect.poll(() => collected.errors.length).toBe(2);
  expect(collected.errors[0]).toMatch(/^console error.*: a deliberate console error$/);
  expect(collected.errors[1]).toBe(`page error at ${other.url()}: a deliberate uncaught error`);
});

test('an error the test names is allowed, and only that one', async ({ page }) => {
  const collected = new ConsoleErrors(/^a deliberate console error \(named\)$/);
  collected.watch(page.context());
  await page.goto('/en/about');
  await page.evaluate(() => {
    console.error('a deliberate console error (named)');
    console.error('a deliberate console error');
  });
  await expect.poll(() => collected.errors).toEqual([expect.stringMatching(/: a deliberate console error$/)]);
});

test('a page answered with 404 is the test’s to judge, not an error', async ({ page }) => {
  const collected = new ConsoleErrors(null);
  collected.watch(page.context());
  const response = await page.goto('/en/victims/nobody-of-this-name');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(collected.errors).toEqual([]);
});
