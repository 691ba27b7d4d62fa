import { expect, test } from '../helpers/test';
import { loginAs } from '../helpers/login';
import { expectNoAxeViolations } from '../helpers/axe';

const LISTS = ['victims', 'releases', 'organizations', 'sources', 'events', 'figures', 'anniversaries'];

test('the sign-in page has no violations', async ({ page }) => {
  await page.goto('/login');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);
});

// One test a screen, so that a violation names its screen and each axe run has its own time.
for (const path of ['/admin', '/admin/history', '/admin/users', '/admin/account', '/admin/victims/import']) {
  test(`${path} has no violations`, async ({ page }) => {
    await loginAs(page, 'admin');
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

for (const list of LISTS) {
  test(`the ${list} list, its new-record form and an edit form have no violations`, async ({ page }) => {
    test.setTimeout(120_000);
    await loginAs(page, 'admin');
    await page.goto(`/admin/${list}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.goto(`/admin/${list}/new`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.goto(`/admin/${list}`);
    // Every list has seeded records, so every edit form is checked too.
    const firstRecord = page.locator('main table tbody a').first();
    await expect(firstRecord).toBeVisible();
    await firstRecord.click();
    await expect(page).toHaveURL(new RegExp(`/admin/${list}/[^/]+$|/admin/${list}/[^/]+\\?`));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
  });
}
