import { expect, test } from '../helpers/test';
import { ALL_PUBLIC_PAGES, LOCALES, releaseListPage } from '../helpers/public-pages';
import { expectNoAxeViolations } from '../helpers/axe';

test.describe('automated accessibility check (axe)', () => {
  // axe walks every node: the figures page alone holds some two hundred rows since the public record.
  test.describe.configure({ timeout: 120_000 });
  for (const path of ALL_PUBLIC_PAGES) {
    test(`${path} has no violations`, async ({ page }) => {
      await page.goto(path);
      await expectNoAxeViolations(page);
    });
  }

  // The 404 page as the proxy answers an address that cannot exist, and as a page answers one that names
  // nothing (components/site/not-found-answer.tsx; no-javascript.spec reads that one with script off).
  for (const path of ['/en/no-such-page', '/az/victims/no-such-person', '/ru/anniversaries/2099']) {
    test(`the 404 page for ${path} has no violations`, async ({ page }) => {
      expect((await page.goto(path))?.status()).toBe(404);
      await expectNoAxeViolations(page);
    });
  }

  // The archive has five release pages; each is reached through its link, whatever its slug, and
  // checked in a test of its own.
  const RELEASE_COUNT = 5;
  for (const locale of LOCALES) {
    for (let index = 0; index < RELEASE_COUNT; index += 1) {
      test(`release page ${index + 1} of ${RELEASE_COUNT} in /${locale} has no violations`, async ({ page }) => {
        await page.goto(releaseListPage(locale));
        const hrefs = await page.locator('main ul > li > a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
        expect(hrefs.length).toBe(RELEASE_COUNT);
        expect(hrefs[index]).toMatch(new RegExp(`^/${locale}/releases/`));
        await page.goto(hrefs[index]!);
        await expectNoAxeViolations(page);
      });
    }
  }
});
