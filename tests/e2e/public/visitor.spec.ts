import { expect, test } from '../helpers/test';
import { nextAnniversaryYear } from '../../../lib/anniversaries/ordinal';

test.describe('a visitor reading the memorial', () => {
  test('the root leads to the English home page with a cited account and the next anniversary', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/en$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Black January, 20 January 1990' })).toBeVisible();
    const account = page.getByRole('region', { name: 'What happened' });
    await expect(account.locator('blockquote').first()).toBeVisible();
    await expect(account.locator('figcaption').first()).toContainText('—');
    const year = nextAnniversaryYear(new Date());
    await page.getByRole('link', { name: `The ${year} anniversary page` }).click();
    await expect(page).toHaveURL(new RegExp(`/en/anniversaries/${year}$`));
    await expect(page.getByRole('heading', { level: 1 })).toContainText('anniversary');
  });

  test('the timeline shows each event with its sources, and both accounts of the state of emergency', async ({ page }) => {
    await page.goto('/en/timeline');
    await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();
    await expect(page.getByText('without declaring the state of emergency', { exact: false }).first()).toBeVisible();
    await expect(page.getByText('Although the state of emergency was declared', { exact: false }).first()).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: /Constitutional Act on Independence/i })).toBeVisible();
  });

  test('the release archive filters by year and issuer and shows a release word for word', async ({ page }) => {
    await page.goto('/en/releases');
    await expect(page.getByRole('status')).toHaveText('5 releases in the archive.');
    await page.getByLabel('Year').selectOption('2009');
    await page.getByRole('button', { name: 'Show releases' }).click();
    await expect(page).toHaveURL(/year=2009/);
    await expect(page.getByRole('status')).toHaveText('1 release matches the filters.');
    await page.getByRole('link', { name: /Permanent Mission|\[/ }).first().click();
    await expect(page.getByText('New York, 19 January 2009')).toBeVisible();
    await expect(page.getByText('about 30000 Soviet troops', { exact: false })).toBeVisible();

    await page.goto('/en/releases?issuer=unattributed');
    await expect(page.getByRole('status')).toHaveText('2 releases match the filters.');
  });

  test('the 2021 release keeps its text and notes the debris left out', async ({ page }) => {
    await page.goto('/en/releases?year=2021');
    await page.locator('main ul a').first().click();
    await expect(page.getByText('a total of 147 Azerbaijani civilians became victims', { exact: false })).toBeVisible();
    await expect(page.getByRole('complementary', { name: 'Archive note' })).toContainText('Search in archive');
    await expect(page.getByRole('region', { name: 'Text of the release' })).not.toContainText('Search in archive');
  });

  test('the figures page shows disagreeing figures side by side with their sources', async ({ page }) => {
    await page.goto('/en/figures');
    // exact: the public record added "Soldiers killed", whose name contains "Killed".
    const killed = page.getByRole('region', { name: 'Killed', exact: true });
    await expect(killed.getByText('The sources give different figures.')).toBeVisible();
    for (const value of ['more than 130', '131', '134']) {
      await expect(killed.getByRole('cell', { name: value, exact: true }).first()).toBeVisible();
    }
    await expect(killed.getByRole('link', { name: /Constitutional|BLACK JANUARY|Anniversary|\[/ }).first()).toBeVisible();
    await expect(page.getByRole('region', { name: 'Wounded' }).getByRole('cell', { name: '744', exact: true }).first()).toBeVisible();
  });

  test('the victims list searches by name and filters by age, and a memorial page says what is unknown', async ({ page }) => {
    await page.goto('/en/victims');
    await page.getByLabel('Name').fill('larissa');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page.getByRole('status')).toHaveText('1 record matches your search.');
    await page.getByRole('link', { name: 'Larissa Mammadova' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Larissa Mammadova' })).toBeVisible();
    // The value is followed by the numbers of the sources that support it (the public record).
    await expect(page.getByRole('definition').filter({ hasText: /^13(?!\d)/ })).toBeVisible();
    await expect(page.getByText('Not recorded in the sources').first()).toBeVisible();
    await expect(page.getByRole('region', { name: 'Sources' })).toContainText('Azerbaijan International');
    // Merged with the public record, the record's citations name the facts they support instead of quoting.
    await expect(page.getByRole('region', { name: 'Sources' })).toContainText('Supports:');

    await page.goto('/en/victims?ageMin=70');
    await expect(page.getByRole('link', { name: /80-year old man/ })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Larissa Mammadova' })).toHaveCount(0);
  });

  test('an unidentified victim is listed in the source’s own words', async ({ page }) => {
    await page.goto('/en/victims');
    await page.getByRole('link', { name: /a young doctor shot in ambulance/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Unidentified');
    await expect(page.getByText('The sources describe this person without giving a name.')).toBeVisible();
  });

  test('anniversaries exist for every year, with releases or a clear note', async ({ page }) => {
    await page.goto('/en/anniversaries');
    await expect(page.getByRole('link', { name: '20 January 1991' })).toBeVisible();
    await page.getByRole('link', { name: '20 January 2020' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('30th anniversary');
    await expect(page.getByText('Monday, 20 January 2020')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Diplomatic Mission of the Republic of Azerbaijan in Bosnia and Herzegovina' })).toBeVisible();

    await page.goto('/en/anniversaries/1995');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('5th anniversary');
    await expect(page.getByText('No releases archived for this year yet.')).toBeVisible();
    await expect(page.getByRole('region', { name: /What happened/ }).locator('blockquote').first()).toBeVisible();
  });

  test('the about page explains sources, disputed figures and citation', async ({ page }) => {
    await page.goto('/en/about');
    for (const name of ['Who keeps it', 'How sources are handled', 'Disputed figures', 'How to cite a page']) {
      await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
    }
  });

  test('every page has a skip link that moves focus to the main content', async ({ page }) => {
    await page.goto('/en/timeline');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
  });
});

test.describe('addresses that do not exist', () => {
  for (const path of [
    '/en/victims/no-such-person',
    '/en/victims/NOT..A..SLUG',
    '/en/releases/no-such-release',
    '/en/anniversaries/1990',
    '/en/anniversaries/3000',
    '/en/anniversaries/twenty',
    '/xx',
    '/en/no-such-page',
  ]) {
    test(`${path} is a 404 page`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    });
  }

  for (const path of ['/en/victims?ageMin=abc&ageMax=%FF&page=-3&q=', '/en/victims?place[]=x&q[]=a&q[]=b', '/en/releases?year=zzz&issuer=%3Cscript%3E']) {
    test(`malformed query ${path} still renders the page`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    });
  }
});
