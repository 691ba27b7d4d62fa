import { expect, test } from '../helpers/test';

const RELEASE = '2020-01-20-30th-anniversary-of-the-black-january';
const STORM = 'Soviet troops storm Baku; civilians are killed';

test.describe('the timeline, figures, releases, issuers and about pages in Azerbaijani and Russian', () => {
  test('the Azerbaijani timeline: interface, dates, and the English original marked as untranslated', async ({ page }) => {
    await page.goto('/az/timeline');
    await expect(page.locator('html')).toHaveAttribute('lang', 'az');
    await expect(page).toHaveTitle(/^Xronologiya/);
    await expect(page.getByRole('heading', { level: 1, name: 'Xronologiya' })).toBeVisible();
    const storm = page.getByRole('article', { name: STORM });
    await expect(storm.locator('time').first()).toHaveText('20 yanvar 1990');
    // The seed has no translation of the events: the English title is shown, marked, with a note.
    await expect(storm.getByRole('heading', { level: 2, name: STORM })).toHaveAttribute('lang', 'en');
    await expect(storm.getByText('Hələ tərcümə edilməyib: mətn orijinalda, ingilis dilində verilir.')).toBeVisible();
    await expect(storm.locator('blockquote[lang="en"]').first()).toBeVisible();
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/az\/timeline$/);
    await expect(page.locator('link[rel="alternate"][hreflang="ru"]')).toHaveAttribute('href', /\/ru\/timeline$/);
  });

  test('the Russian timeline', async ({ page }) => {
    await page.goto('/ru/timeline');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.getByRole('heading', { level: 1, name: 'Хроника' })).toBeVisible();
    const storm = page.getByRole('article', { name: STORM });
    await expect(storm.locator('time').first()).toHaveText('20 января 1990 г.');
    await expect(storm.getByText('Перевода пока нет: текст приведён в оригинале, на английском языке.')).toBeVisible();
  });

  test('the figures in Russian and Azerbaijani: kinds, qualifiers and numbers per language, the quotations verbatim', async ({ page }) => {
    await page.goto('/ru/figures');
    await expect(page.getByRole('heading', { level: 1, name: 'Цифры по источникам' })).toBeVisible();
    const killed = page.getByRole('region', { name: 'Убитые' });
    await expect(killed.getByText('Источники приводят разные цифры.')).toBeVisible();
    await expect(killed.getByRole('cell', { name: 'более 130', exact: true }).first()).toBeVisible();
    await expect(killed.getByRole('columnheader', { name: 'Словами источника' })).toBeVisible();
    await expect(killed.locator('blockquote[lang="en"]').first()).toBeVisible();

    await page.goto('/az/figures');
    const killedAz = page.getByRole('region', { name: 'Həlak olanlar' });
    await expect(killedAz.getByRole('cell', { name: '130-dan çox', exact: true }).first()).toBeVisible();
  });

  test('the release archive in Russian: counts, language of each release, filters', async ({ page }) => {
    await page.goto('/ru/releases');
    await expect(page.getByRole('heading', { level: 1, name: 'Пресс-релизы' })).toBeVisible();
    await expect(page.getByRole('status')).toHaveText('В архиве 5 релизов.');
    await expect(page.getByRole('main').getByRole('listitem').first()).toContainText('английский');
    await page.getByLabel('Год').selectOption('2020');
    await page.getByRole('button', { name: 'Показать релизы' }).click();
    await expect(page.getByRole('status')).toHaveText('Условиям отбора соответствует 1 релиз.');
    await expect(page.getByRole('link', { name: '30th Anniversary of the Black January' })).toHaveAttribute('lang', 'en');
  });

  test('a release on the Russian page stays in English, and says so once', async ({ page }) => {
    await page.goto(`/ru/releases/${RELEASE}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.getByRole('heading', { level: 1, name: '30th Anniversary of the Black January' })).toHaveAttribute('lang', 'en');
    await expect(page.getByText('Этот релиз выпущен на английском языке.', { exact: false })).toHaveCount(1);
    await expect(page.getByRole('region', { name: 'Текст релиза' })).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('link', { name: '30-я годовщина, 2020' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Как ссылаться на этот релиз' })).toBeVisible();
    // On the English page there is nothing to say.
    await page.goto(`/en/releases/${RELEASE}`);
    await expect(page.getByText('This release was issued in', { exact: false })).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1, name: '30th Anniversary of the Black January' })).not.toHaveAttribute('lang', /./);
  });

  test('the issuers and about pages in Azerbaijani', async ({ page }) => {
    await page.goto('/az/issuers');
    await expect(page.locator('html')).toHaveAttribute('lang', 'az');
    await expect(page.getByRole('heading', { level: 1, name: 'Yayan qurumlar' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Yayan qurum mətndə göstərilməyib' })).toBeVisible();
    await expect(page.getByText('Diplomatik nümayəndəlik').first()).toBeVisible();

    await page.goto('/az/about');
    await expect(page.getByRole('heading', { level: 1, name: 'Bu xatirə saytı haqqında' })).toBeVisible();
    for (const name of ['Saytı kim aparır', 'Mənbələrlə necə işlənir', 'Mübahisəli rəqəmlər', 'Səhifəyə necə istinad etməli']) {
      await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
    }
    await expect(page.getByRole('link', { name: 'Rəqəmlər səhifəsi' })).toHaveAttribute('href', '/az/figures');
  });
});
