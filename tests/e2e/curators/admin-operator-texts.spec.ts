import { DEMO_PRIVACY_NOTICE } from '../../../lib/operator-texts/demo-notice';
import { expect, test } from '../helpers/browsers';
import { loginAs } from '../helpers/login';
import { expectNoAxeViolations } from '../helpers/axe';

/** Notices written for this test (not an operator's words): they live only in the test database. */
const NOTICES = {
  az: { label: 'Privacy notice (Azerbaijani)', heading: 'Məlumatları kim saxlayır', text: 'Sınaq operatoru məlumatları saxlayır.' },
  en: { label: 'Privacy notice (English)', heading: 'Who keeps the data', text: 'The test operator keeps the data.' },
  ru: { label: 'Privacy notice (Russian)', heading: 'Кто хранит данные', text: 'Данные хранит тестовый оператор.' },
} as const;
const LOCALES = ['az', 'en', 'ru'] as const;

/** Markup an administrator might paste: the page must render none of it as live HTML. */
const HOSTILE = '<script>window.__operatorScript = 1</script><img src="x" onerror="window.__operatorScript = 2"> [a link](javascript:alert(1))';

test.describe.configure({ mode: 'serial' });

test.describe('the operator’s texts', () => {
  test('an administrator writes the privacy notice in three languages and each public page shows it', async ({ page, visitor }) => {
    test.setTimeout(120_000);
    await loginAs(page, 'admin');
    await page.getByRole('navigation', { name: 'Curators’ area' }).getByRole('link', { name: 'Privacy and licence' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Privacy and licence' })).toBeVisible();
    await expectNoAxeViolations(page);
    // The demo's placeholder is what the form opens with.
    await expect(page.getByLabel(NOTICES.en.label)).toHaveValue(DEMO_PRIVACY_NOTICE.privacyNoticeEn);

    for (const locale of LOCALES) {
      await page.getByLabel(NOTICES[locale].label).fill(`## ${NOTICES[locale].heading}\n\n${NOTICES[locale].text}\n\n${HOSTILE}`);
    }
    await page.getByRole('button', { name: 'Save the operator’s texts' }).click();
    await expect(page.getByText('The operator’s texts are saved, and the public pages show them now.')).toBeVisible();

    for (const locale of LOCALES) {
      const response = await visitor.goto(`/${locale}/privacy`);
      expect(response?.status()).toBe(200);
      const main = visitor.getByRole('main');
      await expect(main.getByRole('heading', { level: 2, name: NOTICES[locale].heading })).toBeVisible();
      await expect(main.getByText(NOTICES[locale].text)).toBeVisible();
      expect(await main.locator('script, img, [onerror], a[href^="javascript:"]').count()).toBe(0);
      expect(await visitor.evaluate(() => (window as unknown as { __operatorScript?: number }).__operatorScript)).toBeUndefined();
    }

    // The history names the save.
    await page.getByRole('link', { name: 'History of these texts' }).click();
    await expect(page.getByText(/Edited/).first()).toBeVisible();
  });

  test('a save from a form opened before another save is refused, with the typing kept', async ({ page, withoutJavaScript }) => {
    await loginAs(page, 'admin');
    await page.goto('/admin/operator-texts');
    const stale = await withoutJavaScript(page);
    await stale.goto('/admin/operator-texts');

    await page.getByLabel('Licence name').fill('CC BY 4.0');
    await page.getByRole('button', { name: 'Save the operator’s texts' }).click();
    await expect(page.getByText('The operator’s texts are saved, and the public pages show them now.')).toBeVisible();

    await stale.getByLabel('Licence name').fill('ODbL 1.0');
    await stale.getByRole('button', { name: 'Save the operator’s texts' }).click();
    await expect(stale.getByText(/saved this record .*after you opened it/)).toBeVisible();
    await expect(stale.getByLabel('Licence name')).toHaveValue('ODbL 1.0');
    await page.reload();
    await expect(page.getByLabel('Licence name')).toHaveValue('CC BY 4.0');
  });

  test('without a notice, the privacy page says plainly that none is published yet, with a 404', async ({ page, visitor, withoutJavaScript }) => {
    test.setTimeout(120_000);
    await loginAs(page, 'admin');
    await page.goto('/admin/operator-texts');
    await page.getByLabel(NOTICES.en.label).fill('');
    await page.getByRole('button', { name: 'Save the operator’s texts' }).click();
    await expect(page.getByText('The operator’s texts are saved, and the public pages show them now.')).toBeVisible();
    await expect(page.getByRole('listitem').filter({ hasText: 'Privacy notice (English)' })).toBeVisible();

    const response = await visitor.goto('/en/privacy');
    expect(response?.status()).toBe(404);
    await expect(visitor.getByRole('heading', { level: 1, name: 'The privacy notice is not yet published' })).toBeVisible();
    await expect(visitor.getByText('The operator of this memorial has not yet published its privacy notice in English.')).toBeVisible();
    // The same answer reads without JavaScript: it is rendered on the server, not filled in by script.
    const plain = await withoutJavaScript(visitor);
    expect((await plain.goto('/en/privacy'))?.status()).toBe(404);
    await expect(plain.getByRole('heading', { level: 1, name: 'The privacy notice is not yet published' })).toBeVisible();
    // Only the operator's words are ever shown: no notice of the memorial's own, and not another language's in its place.
    await expect(visitor.getByText(NOTICES.en.text)).toHaveCount(0);
    await expect(visitor.getByText(NOTICES.az.text)).toHaveCount(0);
    await visitor.getByRole('main').getByRole('link', { name: 'Azərbaycanca' }).click();
    await expect(visitor).toHaveURL('/az/privacy');
    await expect(visitor.getByText(NOTICES.az.text)).toBeVisible();
    await visitor.goto('/en/privacy');
    await expectNoAxeViolations(visitor);

    // Put the demonstration's placeholder back for whoever runs next.
    await page.goto('/admin/operator-texts');
    for (const [locale, column] of [['az', 'privacyNoticeAz'], ['en', 'privacyNoticeEn'], ['ru', 'privacyNoticeRu']] as const) {
      await page.getByLabel(NOTICES[locale].label).fill(DEMO_PRIVACY_NOTICE[column]);
    }
    await page.getByLabel('Licence name').fill('');
    await page.getByRole('button', { name: 'Save the operator’s texts' }).click();
    await expect(page.getByText('The operator’s texts are saved, and the public pages show them now.')).toBeVisible();
  });

  test('a curator cannot open or save them', async ({ page }) => {
    await loginAs(page, 'curator');
    await expect(page.getByRole('navigation', { name: 'Curators’ area' }).getByRole('link', { name: 'Privacy and licence' })).toHaveCount(0);
    await page.goto('/admin/operator-texts');
    await expect(page).toHaveURL(/\/admin\?denied=1$/);
  });
});
