import AxeBuilder from '@axe-core/playwright';
import { type Page } from '@playwright/test';
import { expect, test } from '../helpers/test';
import { loginAs } from '../helpers/login';

/** The curators' screens pass the same automated accessibility check as the public site. */
async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
}

const LISTS = ['victims', 'releases', 'organizations', 'sources', 'events', 'figures', 'anniversaries'];

test('the sign-in page has no violations', async ({ page }) => {
  await page.goto('/login');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoViolations(page);
});

// One test a screen, so that a violation names its screen and each axe run has its own time.
for (const path of ['/admin', '/admin/history', '/admin/users', '/admin/account', '/admin/victims/import']) {
  test(`${path} has no violations`, async ({ page }) => {
    await loginAs(page, 'admin');
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoViolations(page);
  });
}

for (const list of LISTS) {
  test(`the ${list} list, its new-record form and an edit form have no violations`, async ({ page }) => {
    test.setTimeout(120_000);
    await loginAs(page, 'admin');
    await page.goto(`/admin/${list}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoViolations(page);
    await page.goto(`/admin/${list}/new`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoViolations(page);
    await page.goto(`/admin/${list}`);
    // Every list has seeded records, so every edit form is checked too.
    const firstRecord = page.locator('main table tbody a').first();
    await expect(firstRecord).toBeVisible();
    await firstRecord.click();
    await expect(page).toHaveURL(new RegExp(`/admin/${list}/[^/]+$|/admin/${list}/[^/]+\\?`));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoViolations(page);
  });
}
