import type { Page } from '@playwright/test';
import { expect, test } from '../helpers/browsers';
import { loginAs } from '../helpers/login';

/** A source the seed creates; every imported row must name one. */
const SOURCE_KEY = 'release-2020-01-20';
const HEADER = 'nameLatin,sex,age,fate,deathDate,deathPlace,sourceKey,quote';

/** Clearly synthetic names, unique per run, so that reruns on the same database never clash. */
function syntheticNames(label: string): [string, string] {
  const stamp = `${label} ${Date.now().toString(36)}`;
  return [`Synthetic Import ${stamp} One`, `Synthetic Import ${stamp} Two`];
}

function csv(names: [string, string], secondDeathDate: string): Buffer {
  return Buffer.from(
    [
      HEADER,
      `${names[0]},female,34,killed,1990-01-20,Baku,${SOURCE_KEY},`,
      `${names[1]},male,41,killed,${secondDeathDate},Baku,${SOURCE_KEY},`,
    ].join('\r\n'),
  );
}

async function checkFile(page: Page, file: Buffer) {
  await page.goto('/admin/victims/import');
  await page.getByLabel('CSV file').setInputFiles({ name: 'victims.csv', mimeType: 'text/csv', buffer: file });
  await page.getByRole('button', { name: 'Check the file' }).click();
}

async function expectDrafts(page: Page, names: string[], count: number) {
  await page.goto(`/admin/victims?status=draft&q=${encodeURIComponent(names[0]!.replace(/ One$/, ''))}`);
  await expect(page.getByRole('status')).toHaveText(count === 1 ? '1 record' : `${count} records`);
}

async function importAfterCorrecting(page: Page, label: string) {
  const names = syntheticNames(label);

  await checkFile(page, csv(names, '1990-02-31'));
  await expect(page.getByRole('heading', { name: /Dry run of victims\.csv/ })).toBeVisible();
  const badRow = page.getByRole('row', { name: /Row 3/ });
  await expect(badRow).toContainText(names[1]);
  await expect(badRow).toContainText('deathDate: The date of death must be a year (1990), a month (1990-01) or a day that exists');
  await expect(page.getByText('Nothing can be imported until every row is valid')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Import/ })).toHaveCount(0);
  await expectDrafts(page, names, 0);

  await checkFile(page, csv(names, '1990-01-20'));
  await expect(page.getByRole('button', { name: 'Import 2 records as drafts' })).toBeEnabled();
  await page.getByRole('button', { name: 'Import 2 records as drafts' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '2 records imported' })).toBeVisible();

  await page.getByRole('link', { name: 'See the drafts' }).click();
  await expect(page).toHaveURL(/\/admin\/victims\?status=draft$/);
  for (const name of names) await expect(page.getByRole('link', { name })).toBeVisible();
  await expectDrafts(page, names, 2);
}

test.describe('importing victims from a CSV file', () => {
  test('a curator sees a bad row’s error, nothing is imported; after correcting it the rows become drafts', async ({ page }) => {
    await loginAs(page, 'curator');
    await importAfterCorrecting(page, 'JS');
  });

  test('a file with an unknown column is refused, naming the column', async ({ page }) => {
    await loginAs(page, 'curator');
    await checkFile(page, Buffer.from(`nameLatin,sourceKey,notes\r\nSynthetic Person,${SOURCE_KEY},x\r\n`));
    await expect(page.getByText(/Unknown column: “notes”/)).toBeVisible();
    await expect(page.getByRole('button', { name: /^Import/ })).toHaveCount(0);
  });
});

test('without JavaScript, the dry run and the import work as plain form posts', async ({ page, withoutJavaScript }) => {
  // Signed in with JavaScript, then the same session in a browser context without it.
  await loginAs(page, 'curator');
  await importAfterCorrecting(await withoutJavaScript(page), 'NoJS');
});
