import AxeBuilder from '@axe-core/playwright';
import { type Page } from '@playwright/test';
import { expect, test } from '../helpers/test';

/**
 * The public record on the public pages (seeded from prisma/seed-data/public-record.md): disputed
 * values side by side with their sources, warned circumstances folded until opened, ranges and the
 * memorial's note on the figures page, searches in three scripts, the untranslated note, axe.
 */

const FERIZE = '/en/victims/ferize-allahverdiyeva';

async function expectBothDeathDates(page: Page) {
  await page.goto(FERIZE);
  const versions = page.locator('[data-disputed="deathDate"] > li');
  await expect(versions).toHaveCount(2);
  await expect(versions.filter({ hasText: '21 January 1990' })).toBeVisible();
  await expect(versions.filter({ hasText: '20 January 1990' })).toBeVisible();
  // Each version names its sources, which are the record's numbered sources.
  for (const version of await versions.all()) {
    const links = version.getByRole('link', { name: /^Source \d+$/ });
    expect(await links.count()).toBeGreaterThan(0);
    const target = await links.first().getAttribute('href');
    await expect(page.locator(`${target} a[href^="http"]`).first()).toBeVisible();
  }
}

async function expectWarnedCircumstances(page: Page) {
  await page.goto('/en/victims/ilqar-ibrahimov');
  const warning = page.locator('details[data-content-warning]');
  await expect(warning).toHaveCount(1);
  await expect(warning).not.toHaveAttribute('open', '');
  await expect(page.getByText('a tank turned back', { exact: false })).toBeHidden();
  await warning.locator('summary').click();
  await expect(page.getByText('a tank turned back', { exact: false })).toBeVisible();
}

test.describe('the public record, with JavaScript', () => {
  test('a disputed date of death shows both versions with their sources', async ({ page }) => {
    await expectBothDeathDates(page);
  });

  test('a warned circumstance is closed until the reader opens it', async ({ page }) => {
    await expectWarnedCircumstances(page);
  });

  test('"took own life" is shown only behind the warning, and is not a filter', async ({ page }) => {
    await page.goto(FERIZE);
    await expect(page.getByText('Took own life')).toBeHidden();
    await page.goto('/en/victims');
    const fates = await page.locator('#search-fate option').allTextContents();
    expect(fates.length).toBeGreaterThan(1);
    expect(fates).not.toContain('Took own life');
  });

  test('every fact names the sources that support it, and a one-source record says so', async ({ page }) => {
    await page.goto('/en/victims/ulvi-bunyadzade');
    const burial = page.locator('dt', { hasText: 'Burial place' }).locator('xpath=following-sibling::dd[1]');
    await expect(burial).toContainText('grave No. 40');
    await expect(burial.getByRole('link', { name: /^Source \d+$/ })).not.toHaveCount(0);
    await expect(page.getByText('"20 Yanvar Şəhidi" honorary title, by Presidential decree No. 695 of 31 March 1998')).toBeVisible();
    await expect(page.locator('[data-single-source]')).toHaveCount(0);
    await page.goto('/en/victims/ilqar-ibrahimov');
    await expect(page.locator('[data-single-source]')).toBeVisible();
  });

  test('the figures page shows a range and the memorial’s note where the parts do not add up', async ({ page }) => {
    await page.goto('/en/figures');
    await expect(page.locator('#killed').getByText('131–170').first()).toBeVisible();
    await expect(page.locator('#killed').getByText('an estimated 133–137')).toBeVisible();
    const note = page.locator('[data-editorial-note]').first();
    await expect(note).toBeVisible();
    await expect(note).toContainText('The memorial’s note');
    await expect(note).toContainText('82 + 20 + 21 + 8');
  });

  // The figures page draws a kind's table only when it nears the screen (content-visibility), so a
  // link to a kind far down, or an address ending in its anchor, must still land on its table.
  test('the figures page’s link to its last kind, and the address with that anchor, land on its table', async ({ page }) => {
    await page.goto('/en/figures');
    const links = page.getByRole('navigation', { name: 'Kinds of figure' }).getByRole('link');
    const last = links.last();
    const anchor = (await last.getAttribute('href'))!;
    expect(await links.count()).toBeGreaterThan(2);
    await last.click();
    await expect(page).toHaveURL(new RegExp(`${anchor}$`));
    await expect(page.locator(`${anchor} h2`)).toBeInViewport();
    await expect(page.locator(`${anchor} tbody tr`).first()).toBeInViewport();
    await page.goto(`/en/figures${anchor}`);
    await expect(page.locator(`${anchor} h2`)).toBeInViewport();
  });

  test('the timeline shows the Haftoni dates side by side', async ({ page }) => {
    await page.goto('/en/timeline');
    const haftoni = page.locator('#killings-in-the-haftoni-forest-near-lenkeran-1990-01');
    await expect(haftoni.locator('[data-disputed="date"] > li')).toHaveCount(3);
    await expect(haftoni.getByText('26 January 1990', { exact: true })).toBeVisible();
  });

  for (const [query, slug] of [
    ['Bunyadzade', 'ulvi-bunyadzade'],
    ['Bünyadzadə', 'ulvi-bunyadzade'],
    ['Бунядзаде', 'ulvi-bunyadzade'],
    ['Меерович', 'yan-meerovich'],
    ['Meyerovich', 'yan-meerovich'],
    ['Agahuseynov', 'nureddin-agahuseynov'],
  ] as const) {
    test(`the name search finds ${slug} by "${query}"`, async ({ page }) => {
      await page.goto(`/en/victims?q=${encodeURIComponent(query)}`);
      await expect(page.locator(`main a[href="/en/victims/${slug}"]`)).toBeVisible();
    });
  }

  test('the list filters by home, and drafts are not public', async ({ page }) => {
    await page.goto(`/en/victims?home=${encodeURIComponent('Şamaxı district')}`);
    await expect(page.locator('main ul.divide-y > li')).toHaveCount(2);
    const response = await page.goto('/en/victims/elchin-mirzoyev');
    expect(response?.status()).toBe(404);
  });

  test('the about page says where fuller lists are said to be kept, with addresses', async ({ page }) => {
    await page.goto('/en/about');
    const section = page.locator('section[aria-labelledby="lists"]');
    await expect(section.locator('a[href*="preslib.az"]').first()).toBeVisible();
    await expect(section.locator('a[href*="azhistorymuseum.gov.az"]')).toBeVisible();
    await expect(section.locator('a[href*="millikitabxana.az"]')).toBeVisible();
  });

  for (const locale of ['az', 'ru']) {
    test(`/${locale}: the English summaries carry the "not translated" note`, async ({ page }) => {
      await page.goto(`/${locale}/victims/aslan-agaverdiyev`);
      const circumstances = page.locator('details[data-content-warning]');
      await circumstances.locator('summary').click();
      await expect(circumstances.locator('[lang="en"]').first()).toBeVisible();
      await expect(circumstances.locator('p.italic').first()).toBeVisible();
    });
  }

  for (const path of [FERIZE, '/en/victims/ulvi-bunyadzade', '/az/victims/yan-meerovich', '/en/figures', '/en/timeline', '/en/about', '/ru/about']) {
    test(`${path} has no axe violations`, async ({ page }) => {
      // The figures page alone holds some two hundred rows; axe takes its time over them.
      test.setTimeout(path.endsWith('/figures') ? 300_000 : 120_000);
      await page.goto(path);
      // Open every warning first, so the folded content is checked too.
      for (const summary of await page.locator('details > summary').all()) await summary.click();
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
      expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
});

test.describe('the public record, without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a disputed date of death shows both versions with their sources', async ({ page }) => {
    await expectBothDeathDates(page);
  });

  test('a warned circumstance is closed until the reader opens it', async ({ page }) => {
    await expectWarnedCircumstances(page);
  });
});
