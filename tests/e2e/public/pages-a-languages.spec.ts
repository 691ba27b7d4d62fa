import { type Page } from '@playwright/test';
import { expect, test } from '../helpers/test';
import { formatAnniversaryDate } from '../../../lib/anniversaries/format';
import { anniversaryNumber, nextAnniversaryYear } from '../../../lib/anniversaries/ordinal';
import { formatOrdinal } from '../../../lib/i18n/ordinals';

/**
 * The home, victim, anniversary and 404 pages, the embeddable card, oEmbed and the preview cards in
 * Azerbaijani and Russian: interface text, dates, ordinals and the note on untranslated originals.
 * Read-only, on the seeded content.
 */

const YEAR = nextAnniversaryYear(new Date());
const ordinal = (locale: 'az' | 'ru', year = YEAR) => formatOrdinal(anniversaryNumber(year), locale);

async function meta(page: Page, selector: string): Promise<string | null> {
  return page.locator(`head meta[${selector}]`).first().getAttribute('content');
}

test.describe('the home page', () => {
  test('in Azerbaijani: headings, the next anniversary with its ordinal and weekday', async ({ page }) => {
    await page.goto('/az');
    await expect(page.locator('html')).toHaveAttribute('lang', 'az');
    await expect(page.getByRole('heading', { level: 1, name: 'Qara Yanvar, 20 Yanvar 1990' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Nə baş verdi' })).toBeVisible();
    const next = page.getByRole('region', { name: 'Növbəti ildönümü' });
    await expect(next).toContainText(`${formatAnniversaryDate(YEAR, 'az')}: ${ordinal('az')} ildönümü.`);
    await expect(next.getByRole('link', { name: `İldönümü səhifəsi: ${YEAR}` })).toHaveAttribute('href', `/az/anniversaries/${YEAR}`);
  });

  test('in Russian, with its alternates in every language', async ({ page }) => {
    await page.goto('/ru');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.getByRole('heading', { level: 1, name: 'Чёрный январь, 20 января 1990 г.' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Ближайшая годовщина' })).toContainText(`${ordinal('ru')} годовщина.`);
    await expect(page.getByRole('navigation', { name: 'Читать дальше' }).getByRole('link', { name: 'Пресс-релизы' })).toHaveAttribute('href', '/ru/releases');
    for (const language of ['az', 'en', 'ru', 'x-default']) {
      await expect(page.locator(`head link[rel="alternate"][hreflang="${language}"]`)).toHaveCount(1);
    }
    expect(await meta(page, 'property="og:locale"')).toBe('ru_RU');
  });
});

test.describe('the anniversaries', () => {
  test('the list in Azerbaijani and Russian gives each year’s date and ordinal', async ({ page }) => {
    await page.goto('/az/anniversaries');
    await expect(page.getByRole('heading', { level: 1, name: 'İldönümləri' })).toBeVisible();
    await expect(page.getByRole('link', { name: '20 yanvar 1991', exact: true })).toBeVisible();
    await expect(page.getByRole('listitem').filter({ hasText: '20 yanvar 2020' })).toContainText('30-cu ildönümü');

    await page.goto('/ru/anniversaries');
    await expect(page.getByRole('link', { name: '20 января 1991 г.', exact: true })).toBeVisible();
    await expect(page.getByRole('listitem').filter({ hasText: '20 января 1995 г.' })).toContainText('5-я годовщина · пресс-релизов в архиве пока нет');
  });

  test(`the ${YEAR} page in Azerbaijani: ordinal, date with weekday, share panel and embed snippet in the language`, async ({ page, baseURL }) => {
    await page.goto(`/az/anniversaries/${YEAR}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'az');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Qara Yanvarın ${ordinal('az')} ildönümü`);
    await expect(page.locator('time').filter({ hasText: formatAnniversaryDate(YEAR, 'az') })).toBeVisible();
    await expect(page.getByText(new RegExp(`^20 yanvar ${YEAR}`))).toBeVisible();
    const share = page.getByRole('region', { name: 'Bu səhifəni paylaşın' });
    await expect(share.getByRole('textbox', { name: 'Bu səhifənin keçidi' })).toHaveValue(`${new URL(baseURL!).origin}/az/anniversaries/${YEAR}`);
    await expect(share.getByLabel('İldönümü kartını öz saytınızda yerləşdirin')).toHaveValue(new RegExp(`/embed/anniversaries/${YEAR}\\?lang=az"`));
    await expect(share.getByRole('button', { name: 'Keçidi kopyala' })).toBeVisible();
    expect(await meta(page, 'property="og:title"')).toBe(`Qara Yanvarın ${ordinal('az')} ildönümü, 20 yanvar ${YEAR}`);
    expect(await meta(page, 'property="og:image:alt"')).toBe('Qara Yanvarın ildönümü: neçənci ildönümü olduğu və tarixi');
    expect(await meta(page, 'property="og:site_name"')).toBe('Qara Yanvar xatirə saytı');
  });

  test(`the ${YEAR} page in Russian`, async ({ page }) => {
    await page.goto(`/ru/anniversaries/${YEAR}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${ordinal('ru')} годовщина Чёрного января`);
    await expect(page.locator('time').filter({ hasText: formatAnniversaryDate(YEAR, 'ru') })).toBeVisible();
    await expect(page.getByText(`20 января ${YEAR} г.`, { exact: false }).first()).toBeVisible();
    await expect(page.getByRole('region', { name: 'Поделиться этой страницей' })).toContainText('Распечатать памятку на одну страницу');
  });

  test('a year with releases lists them under a heading in the language', async ({ page }) => {
    await page.goto('/ru/anniversaries/2020');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('30-я годовщина Чёрного января');
    await expect(page.getByRole('heading', { level: 2, name: 'Пресс-релизы 2020 года' })).toBeVisible();
    await page.goto('/az/anniversaries/1995');
    await expect(page.getByText('Bu il üçün hələ arxivləşdirilmiş press-reliz yoxdur.')).toBeVisible();
  });
});

test.describe('a memorial page', () => {
  test('in Azerbaijani: labels and fate in Azerbaijani, the English circumstances shown with a note', async ({ page }) => {
    await page.goto('/az/victims/larissa-mammadova');
    await expect(page.locator('html')).toHaveAttribute('lang', 'az');
    await expect(page.getByRole('heading', { level: 1, name: 'Larissa Mammadova' })).toBeVisible();
    const row = (label: string) => page.locator('dt', { hasText: label }).locator('xpath=following-sibling::dd[1]');
    // Facts are cited now (the public record): the value, then its sources, named in Azerbaijani.
    const cited = (value: string) => new RegExp(`^${value}\\s*Bu faktın mənbələri: \\[\\d+(, \\d+)*\\]$`);
    await expect(row('Taleyi')).toHaveText(cited('Öldürülüb'));
    await expect(row('Cins')).toHaveText(cited('Qadın'));
    // The sources disagree on the date of death (the public record): each version with its sources, in Azerbaijani dates.
    const died = row('Ölüm tarixi');
    await expect(died).toContainText('Mənbələr razılaşmır:');
    await expect(died.locator('[data-disputed="deathDate"] li')).toHaveText([cited('20 yanvar 1990') , /^19\s*–\s*20 yanvar 1990\s*Bu faktın mənbələri: \[\d+(, \d+)*\]The night of 19–20 January\.Hələ tərcümə edilməyib/]);
    const circumstances = row('Şərait');
    await expect(circumstances.locator('[lang="en"]')).toContainText('she went out with her father, a bus driver');
    await expect(circumstances).toContainText('Hələ tərcümə edilməyib: mətn orijinalda, ingilis dilində verilir.');
    await expect(page.getByRole('heading', { level: 2, name: 'Mənbələr' })).toBeVisible();
    expect(await meta(page, 'property="og:image:alt"')).toContain('Qara Yanvar xatirə saytında');
  });

  test('in Russian: an unidentified person described in the source’s own English words', async ({ page }) => {
    await page.goto('/ru/victims/unidentified-young-doctor');
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toContainText('Неустановленное лицо:');
    await expect(heading.locator('[lang="en"]')).toHaveText('a young doctor shot in ambulance while helping another victim');
    await expect(page.getByText('Источники описывают этого человека, не называя имени.', { exact: false })).toBeVisible();
    await expect(page.locator('dt', { hasText: 'Род занятий' }).locator('xpath=following-sibling::dd[1]')).toContainText(
      'Перевода пока нет: текст приведён в оригинале, на английском языке.',
    );
  });
});

test.describe('not-found pages in the address’s language', () => {
  const cases: [string, string, string][] = [
    ['/ru/no-such-page', 'ru', 'Страница не найдена'],
    ['/ru/victims/no-such-person', 'ru', 'Страница не найдена'],
    ['/az/anniversaries/1990', 'az', 'Səhifə tapılmadı'],
    ['/en/victims/NOT..A..SLUG', 'en', 'Page not found'],
  ];
  for (const [path, lang, heading] of cases) {
    test(`${path}`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    });
  }

  test('an address outside every language says so in all three and links to each edition', async ({ page }) => {
    const response = await page.goto('/xx/victims');
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', 'az');
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toContainText('Səhifə tapılmadı');
    await expect(heading.locator('[lang="en"]')).toHaveText('Page not found');
    await expect(heading.locator('[lang="ru"]')).toHaveText('Страница не найдена');
    for (const [name, href] of [['English', '/en'], ['Русский', '/ru'], ['Azərbaycanca', '/az']] as const) {
      await expect(page.getByRole('navigation', { name: 'Xatirə saytı hər dildə' }).getByRole('link', { name })).toHaveAttribute('href', href);
    }
  });
});

test.describe('the embeddable card and oEmbed', () => {
  test('the card is in the requested language, and in Azerbaijani by default', async ({ page }) => {
    await page.goto(`/embed/anniversaries/${YEAR}?lang=ru`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${ordinal('ru')} годовщина Чёрного января`);
    await expect(page.locator('main')).toContainText(formatAnniversaryDate(YEAR, 'ru'));
    await expect(page.getByRole('link', { name: /откроется в новой вкладке/ })).toHaveAttribute('href', new RegExp(`/ru/anniversaries/${YEAR}$`));

    await page.goto(`/embed/anniversaries/${YEAR}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'az');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Qara Yanvarın ${ordinal('az')} ildönümü`);
  });

  test('oEmbed titles are in the language of the page named', async ({ request, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const ask = async (path: string) =>
      (await request.get(`/api/oembed?url=${encodeURIComponent(`${origin}${path}`)}&format=json`)).json() as Promise<{ title: string; html: string }>;
    const anniversary = await ask('/ru/anniversaries/2020');
    expect(anniversary.title).toBe('30-я годовщина Чёрного января');
    expect(anniversary.html).toContain(`/embed/anniversaries/2020?lang=ru"`);
    expect((await ask('/az/victims/unidentified-young-doctor')).title).toBe(
      'Kimliyi məlum olmayan şəxs: a young doctor shot in ambulance while helping another victim',
    );
  });

  test('the Azerbaijani and Russian preview images are PNGs', async ({ request }) => {
    for (const path of [`/az/anniversaries/${YEAR}/opengraph-image`, '/ru/victims/larissa-mammadova/opengraph-image', '/az/opengraph-image']) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expect(response.headers()['content-type'], path).toBe('image/png');
    }
  });
});
