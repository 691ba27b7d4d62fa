import { DEMO_PRIVACY_NOTICE } from '../../../lib/operator-texts/demo-notice';
import { expect, test } from '../helpers/test';
import { LOCALES } from '../helpers/public-pages';
import { expectNoAxeViolations } from '../helpers/axe';

/** The footer link and heading in each language (lib/i18n/messages/<language>/common.json and privacy.json). */
const WORDS = {
  az: { link: 'Məxfilik bildirişi', heading: 'Məxfilik bildirişi', notice: DEMO_PRIVACY_NOTICE.privacyNoticeAz },
  en: { link: 'Privacy notice', heading: 'Privacy notice', notice: DEMO_PRIVACY_NOTICE.privacyNoticeEn },
  ru: { link: 'Конфиденциальность', heading: 'Уведомление о конфиденциальности', notice: DEMO_PRIVACY_NOTICE.privacyNoticeRu },
} as const;

/**
 * The demo database's placeholder privacy notice (prisma/seed.ts): every page's footer links to the
 * privacy page of its language, which shows the operator's notice — here, only that this is a local
 * demonstration — as a cacheable page, accessible and readable without JavaScript.
 */
test.describe('the privacy page', () => {
  for (const locale of LOCALES) {
    test(`/${locale}/privacy is linked from the footer and shows the operator’s notice`, async ({ page }) => {
      await page.goto(`/${locale}/about`);
      await page.getByRole('contentinfo').getByRole('link', { name: WORDS[locale].link }).click();
      await expect(page).toHaveURL(`/${locale}/privacy`);
      await expect(page.getByRole('heading', { level: 1, name: WORDS[locale].heading })).toBeVisible();
      await expect(page.getByRole('main').getByText(WORDS[locale].notice)).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expectNoAxeViolations(page);
    });

    test(`/${locale}/privacy is a shared, cacheable answer`, async ({ request }) => {
      const response = await request.get(`/${locale}/privacy`);
      expect(response.status()).toBe(200);
      expect(response.headers()['cache-control']).toMatch(/s-maxage=\d+/);
      expect(response.headers()['cache-control']).not.toMatch(/private|no-store/);
    });
  }

  test.describe('with JavaScript disabled', () => {
    test.use({ javaScriptEnabled: false });
    for (const locale of LOCALES) {
      test(`/${locale}/privacy shows its notice`, async ({ page }) => {
        await page.goto(`/${locale}/privacy`);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expect(page.getByText(WORDS[locale].notice)).toBeVisible();
        expect(await page.locator('[hidden] h1, [hidden] p').count()).toBe(0);
      });
    }
  });
});
