import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { PUBLIC_PAGES, RELEASE_LIST_PAGE } from './public-pages';

async function expectNoViolations(page: import('@playwright/test').Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const summary = results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect(summary).toEqual([]);
}

test.describe('automated accessibility check (axe)', () => {
  for (const path of PUBLIC_PAGES) {
    test(`${path} has no violations`, async ({ page }) => {
      await page.goto(path);
      await expectNoViolations(page);
    });
  }

  test('every release page has no violations', async ({ page }) => {
    await page.goto(RELEASE_LIST_PAGE);
    const hrefs = await page.locator('main ul > li > a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
    expect(hrefs.length).toBe(5);
    for (const href of hrefs) {
      await page.goto(href);
      await expectNoViolations(page);
    }
  });
});
