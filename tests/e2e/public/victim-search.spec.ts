import { type Page } from '@playwright/test';
import { expect, test } from '../helpers/test';

/**
 * The seeded record of Larissa Mammadova has her Latin name only: the Cyrillic query finds her
 * through the transliteration the search key folds in, in every language of the site.
 */
const LABELS = {
  az: { name: 'Ad', submit: 'Axtar', fate: 'Taleyi', killed: 'Öldürülüb', missing: 'İtkin düşüb', status: /Axtarışınıza 1 qeyd uyğun gəlir/ },
  en: { name: 'Name', submit: 'Search', fate: 'Fate', killed: 'Killed', missing: 'Missing', status: /^1 record matches your search\.$/ },
  ru: { name: 'Имя', submit: 'Найти', fate: 'Судьба', killed: 'Убит(а)', missing: 'Пропал(а) без вести', status: /Поиску соответствует 1 запись/ },
} as const;

// The surname alone now finds Svetlana Məmmədova too (the public record), so the lower-case Latin
// spelling is given with the first name.
const QUERIES = ['Larisa', 'Лариса', 'larisa mammadova'];

async function searchFor(page: Page, locale: keyof typeof LABELS, query: string) {
  await page.goto(`/${locale}/victims`);
  await page.getByLabel(LABELS[locale].name, { exact: true }).fill(query);
  await page.getByRole('button', { name: LABELS[locale].submit }).click();
  // A form's GET encodes a space as '+', the script's navigation as '%20': either names the query.
  const encoded = encodeURIComponent(query).replace(/%20/g, '(?:\\+|%20)');
  await expect(page).toHaveURL(new RegExp(`/${locale}/victims\\?q=${encoded}`, 'i'));
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`name search with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });

    for (const locale of ['az', 'en', 'ru'] as const) {
      test(`/${locale}/victims finds Larissa Mammadova by any spelling`, async ({ page }) => {
        for (const query of QUERIES) {
          await searchFor(page, locale, query);
          await expect(page.getByRole('link', { name: 'Larissa Mammadova' })).toBeVisible();
          await expect(page.getByRole('status')).toHaveText(LABELS[locale].status);
          await expect(page.getByLabel(LABELS[locale].name, { exact: true })).toHaveValue(query);
        }
      });
    }
  });
}

test('filters combine with the name and keep it', async ({ page }) => {
  await searchFor(page, 'en', 'Лариса');
  const fate = page.getByLabel(LABELS.en.fate);
  await fate.selectOption({ label: LABELS.en.missing });
  await page.getByRole('button', { name: LABELS.en.submit }).click();
  await expect(page).toHaveURL(/q=%D0%9B%D0%B0%D1%80%D0%B8%D1%81%D0%B0.*fate=MISSING/);
  await expect(page.getByLabel(LABELS.en.name, { exact: true })).toHaveValue('Лариса');
  await expect(page.getByText('No record matches this search. Try another spelling, or fewer filters.')).toBeVisible();

  await page.getByLabel(LABELS.en.fate).selectOption({ label: LABELS.en.killed });
  await page.locator('input[name=ageMin]').fill('10');
  await page.getByRole('button', { name: LABELS.en.submit }).click();
  await expect(page).toHaveURL(/ageMin=10.*fate=KILLED|fate=KILLED.*ageMin=10/);
  await expect(page.getByRole('link', { name: 'Larissa Mammadova' })).toBeVisible();
  await expect(page.getByLabel(LABELS.en.fate)).toHaveValue('KILLED');
});

test('a name written in another script is marked with its language', async ({ page }) => {
  await page.goto('/ru/victims?q=Larissa');
  await expect(page.getByRole('link', { name: 'Larissa Mammadova' }).locator('[lang="az"]')).toHaveText('Larissa Mammadova');
  await page.goto('/az/victims?q=doctor');
  await expect(page.getByRole('link', { name: /a young doctor shot in ambulance/ }).locator('[lang="en"]')).toContainText('a young doctor');
});
