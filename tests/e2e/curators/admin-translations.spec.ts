import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../helpers/browsers';
import { loginAs } from '../helpers/login';
import { expectNoAxeViolations } from '../helpers/axe';

/** A seeded, published event written in English, with a title and a description. */
const EVENT_TITLE = 'Funeral of the victims in Baku';
/** Azerbaijani written for this test (not a source's text): it lives only in the test database. */
const AZ_TITLE = 'Bakıda qurbanların dəfni';
const AZ_DESCRIPTION = '22 yanvar 1990-cı ildə qurbanlar Bakıda dəfn edildi.';
/** The start of the note the public page shows under an untranslated original, in Azerbaijani. */
const UNTRANSLATED_NOTE_AZ = (
  JSON.parse(readFileSync(path.join(process.cwd(), 'lib/i18n/messages/az/common.json'), 'utf8')) as { translation: { untranslated: string } }
).translation.untranslated.split(':')[0]!;

/** The sentence of the missing list that counts one record's missing Azerbaijani texts. */
async function missingInRecord(page: Page, recordId: string): Promise<string> {
  await page.goto(`/admin/translations?locale=az&record=${recordId}`);
  return (await page.getByText(/no translation into Azerbaijani in this record|missing a translation into Azerbaijani in this record/).textContent()) ?? '';
}

/**
 * A curator sees what is missing in Azerbaijani, translates a seeded event's title and description
 * side by side with the English original, and the Azerbaijani timeline shows them as translations
 * (no "not yet translated" note) while the English timeline keeps the original. A save from a form
 * opened before that one is refused, naming who saved, with the typing kept.
 */
test('a curator translates an event into Azerbaijani and the Azerbaijani timeline shows it', async ({ page, visitor }) => {
  test.setTimeout(120_000);
  await loginAs(page, 'curator');

  // The dashboard counts the missing Azerbaijani texts and links to them.
  const dashboardCount = page.getByRole('link', { name: /texts missing in Azerbaijani$/ });
  await expect(dashboardCount).toBeVisible();
  expect(Number(await dashboardCount.textContent())).toBeGreaterThan(0);
  await dashboardCount.click();
  await expect(page).toHaveURL(/\/admin\/translations\?locale=az$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Missing translations' })).toBeVisible();

  // Only events: the seeded event's title is missing; its link opens the editor at that box.
  await page.getByLabel('Kind of record').selectOption('EVENT');
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(page).toHaveURL(/kind=EVENT/);
  await page.getByRole('link', { name: `Translate the title of ${EVENT_TITLE} into Azerbaijani` }).click();
  await expect(page).toHaveURL(/\/admin\/events\/[a-z0-9]+\/translations#field-text-az-title$/);
  const editorUrl = page.url().replace(/#.*$/, '');
  const recordId = /\/admin\/events\/([a-z0-9]+)\/translations/.exec(editorUrl)![1]!;
  await expect(page.getByRole('heading', { level: 1, name: `Translations: ${EVENT_TITLE}` })).toBeVisible();
  // The original, in English, beside the boxes of the other two languages.
  await expect(page.getByText('Original, in English').first()).toBeVisible();
  await expect(page.locator('main [lang="en"]', { hasText: EVENT_TITLE })).toBeVisible();
  await expect(page.getByLabel('Title in English')).toHaveCount(0);

  // A second tab opened now will be out of date after the save below.
  const stalePage = await page.context().newPage();
  await stalePage.goto(editorUrl);

  expect(await missingInRecord(page, recordId)).toContain('2 texts have no translation into Azerbaijani in this record');
  await page.goto(editorUrl);
  await page.getByLabel('Title in Azerbaijani').fill(AZ_TITLE);
  await page.getByLabel('Description in Azerbaijani').fill(AZ_DESCRIPTION);
  await page.getByLabel('Note on the Azerbaijani translation').fill('Written for the end-to-end test.');
  await page.getByRole('button', { name: 'Save translations' }).click();
  await expect(page.getByText('Your changes are saved.')).toBeVisible();
  await expect(page.getByLabel('Title in Azerbaijani')).toHaveValue(AZ_TITLE);

  // The record's count dropped to nothing, and it is gone from the list.
  expect(await missingInRecord(page, recordId)).toContain('No text is missing a translation into Azerbaijani in this record');
  await page.goto('/admin/translations?locale=az&kind=EVENT');
  await expect(page.getByRole('link', { name: `Translate the title of ${EVENT_TITLE} into Azerbaijani` })).toHaveCount(0);

  // The out-of-date tab's save is refused, names who saved, and keeps what was typed.
  await stalePage.getByLabel('Title in Russian').fill('Похороны жертв в Баку');
  await stalePage.getByRole('button', { name: 'Save translations' }).click();
  await expect(stalePage.getByText(/saved this record .*after you opened it/)).toBeVisible();
  await expect(stalePage.getByLabel('Title in Russian')).toHaveValue('Похороны жертв в Баку');
  await stalePage.close();

  // The public timeline in Azerbaijani shows the translation as a translation; English keeps the original.
  await visitor.goto('/az/timeline');
  const heading = visitor.getByRole('heading', { level: 2, name: AZ_TITLE });
  await expect(heading).toBeVisible();
  await expect(heading).not.toHaveAttribute('lang', /.+/);
  const article = visitor.locator('article').filter({ has: heading });
  await expect(article).toContainText(AZ_DESCRIPTION);
  await expect(article).not.toContainText(UNTRANSLATED_NOTE_AZ);
  await visitor.goto('/en/timeline');
  await expect(visitor.getByRole('heading', { level: 2, name: EVENT_TITLE })).toBeVisible();
  await expect(visitor.getByText(AZ_TITLE)).toHaveCount(0);
});

test('the translations editor works without JavaScript', async ({ page, withoutJavaScript }) => {
  test.setTimeout(90_000);
  await loginAs(page, 'curator');
  await page.goto('/admin/translations?locale=ru&kind=EVENT');
  await page.getByRole('link', { name: `Translate the title of ${EVENT_TITLE} into Russian` }).click();
  await expect(page).toHaveURL(/\/admin\/events\/[a-z0-9]+\/translations#field-text-ru-title$/);
  const editorUrl = page.url().replace(/#.*$/, '');

  const noScript = await withoutJavaScript(page);
  await noScript.goto(editorUrl);
  await noScript.getByLabel('Title in Russian').fill('Похороны жертв в Баку');
  await noScript.getByLabel('Note on the Russian translation').fill('Written for the end-to-end test.');
  await noScript.getByRole('button', { name: 'Save translations' }).click();
  await expect(noScript.getByText('Your changes are saved.')).toBeVisible();
  await expect(noScript.getByLabel('Title in Russian')).toHaveValue('Похороны жертв в Баку');

  // A box too long is refused with its own error, in plain words, and nothing else is lost.
  await noScript.getByLabel('Title in Russian').fill('Я'.repeat(601));
  await noScript.getByRole('button', { name: 'Save translations' }).click();
  await expect(noScript.getByText('The Russian title must be at most 600 characters.')).toBeVisible();
  await expect(noScript.getByLabel('Note on the Russian translation')).toHaveValue('Written for the end-to-end test.');
});

test('the translation screens have no accessibility violations', async ({ page }) => {
  test.setTimeout(120_000);
  await loginAs(page, 'curator');
  for (const path of ['/admin/translations', '/admin/translations?locale=ru&kind=VICTIM', '/admin/translations?locale=en']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
  }
  // The editor of each kind, reached from a record's own page.
  for (const list of ['events', 'figures', 'victims', 'anniversaries']) {
    await page.goto(`/admin/${list}`);
    await page.locator('main table tbody a').first().click();
    await expect(page).toHaveURL(new RegExp(`/admin/${list}/[a-z0-9]+(\\?.*)?$`));
    await page.getByRole('main').getByRole('link', { name: 'Translations', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: /^Translations: / })).toBeVisible();
    await expectNoAxeViolations(page);
  }
  // With its errors showing, the form stays accessible.
  await page.getByRole('textbox').first().fill('x'.repeat(50_000));
  await page.getByRole('button', { name: 'Save translations' }).click();
  await expect(page.getByText(/needs correcting|need correcting/)).toBeVisible();
  await expectNoAxeViolations(page);
});

test('anonymous visitors are sent to sign in from the translation screens', async ({ request }) => {
  for (const path of ['/admin/translations', '/admin/events/someid/translations']) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect([302, 303, 307, 308]).toContain(response.status());
    expect(response.headers().location).toContain('/login');
  }
});
