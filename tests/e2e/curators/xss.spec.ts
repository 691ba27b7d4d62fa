import { expect, test } from '../helpers/test';
import { loginAs } from '../helpers/login';
import { ALL_PAYLOADS, expectInert, PAYLOADS, watchForDialogs } from '../helpers/xss';

test('script in every text field of a victim renders inert on the public and admin pages', async ({ page }) => {
  test.setTimeout(120_000);
  watchForDialogs(page);
  const unique = `${Date.now()}`.slice(-6);
  const slug = `xss-test-${unique}`;
  const payload = ALL_PAYLOADS;
  await loginAs(page, 'curator');
  await page.goto('/admin/victims/new');
  await page.getByLabel('Name in Latin script').fill(`XSS ${unique} ${PAYLOADS[1]}`.slice(0, 200));
  await page.getByLabel('Name in Cyrillic').fill(PAYLOADS[0]!);
  await page.getByLabel('Russian form of the name').fill(PAYLOADS[2]!);
  await page.getByLabel('Other spellings').fill(PAYLOADS.join('\n'));
  await page.getByLabel('Description, for a person the source does not name').fill(PAYLOADS[3]!);
  await page.getByLabel('Address').fill(slug);
  await page.getByLabel('Place of death').fill(PAYLOADS[5]!);
  await page.getByLabel('Occupation').fill(PAYLOADS[6]!);
  await page.getByLabel('Burial place').fill(PAYLOADS[7]!);
  await page.getByLabel('Circumstances', { exact: true }).fill(payload);
  await page.getByLabel('Biography (Markdown)').fill(PAYLOADS.join('\n\n'));
  await page.getByLabel('Source 1').selectOption({ index: 1 });
  await page.getByLabel('The source’s words 1').fill(payload);
  await page.getByLabel('Page 1').fill(PAYLOADS[1]!.slice(0, 100));

  await page.getByRole('button', { name: 'Preview the biography' }).click();
  await expect(page.getByRole('region', { name: 'Preview of the biography' })).toBeVisible();
  await expectInert(page);

  await page.getByRole('button', { name: 'Save as draft' }).click();
  await expect(page.getByText('Saved as a draft. It is not public until you publish it.')).toBeVisible();
  await expectInert(page);
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(page.getByText('Published: the record is on the public site now.')).toBeVisible();
  await expectInert(page);

  for (const path of [`/en/victims/${slug}`, `/en/victims?q=XSS+${unique}`, '/admin/victims', '/admin/history', '/admin']) {
    await page.goto(path);
    await expect(page.locator('main')).toBeVisible();
    await expectInert(page);
  }
  // The words are shown as text, not swallowed.
  await page.goto(`/en/victims/${slug}`);
  await expect(page.locator('main')).toContainText('<script>window.__xss=1</script>');
});
