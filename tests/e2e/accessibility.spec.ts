import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { ALL_PUBLIC_PAGES, LOCALES, releaseListPage } from './public-pages';

async function expectNoViolations(page: import('@playwright/test').Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const summary = results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect(summary).toEqual([]);
}

test.describe('automated accessibility check (axe)', () => {
  for (const path of ALL_PUBLIC_PAGES) {
    test(`${path} has no violations`, async ({ page }) => {
      await page.goto(path);
      await expectNoViolations(page);
    });
  }

  for (const locale of LOCALES) {
    test(`every release page in /${locale} has no violations`, async ({ page }) => {
      await page.goto(releaseListPage(locale));
      const hrefs = await page.locator('main ul > li > a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
      expect(hrefs.length).toBe(5);
      for (const href of hrefs) {
        expect(href).toMatch(new RegExp(`^/${locale}/releases/`));
        await page.goto(href);
        await expectNoViolations(page);
      }
    });
  }
});
