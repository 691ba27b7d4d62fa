import { expectNoAxeViolations } from '../helpers/axe';
import { expect, test } from '../helpers/browsers';
import { loginAs } from '../helpers/login';
import { createPublishedVictim } from '../helpers/records';

/**
 * A correction is visible: a curator saves a published record with a public note of what changed
 * (in the browser, then again with JavaScript off); the memorial page shows the latest note with its
 * date, as text, and the feed of new and corrected names lists the new name and each correction.
 */
test('a correction note appears on the memorial page and in the feed of names', async ({ page, visitor, withoutJavaScript }) => {
  test.setTimeout(120_000);
  const unique = `${Date.now()}`.slice(-6);
  const name = `E2E Correction Test ${unique}`;
  const slug = `e2e-correction-test-${unique}`;

  await loginAs(page, 'curator');
  await createPublishedVictim(page, name);
  const form = page.url();
  await page.getByLabel('Age', { exact: true }).fill('31');
  await page.getByLabel(/Public note of what this save corrects/).fill('The age corrected from the family’s testimony.');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Your changes are saved.')).toBeVisible();
  // The box is for this save only: the edit form opens empty again.
  await expect(page.getByLabel(/Public note of what this save corrects/)).toHaveValue('');

  await visitor.goto(`/en/victims/${slug}`);
  const correction = visitor.getByRole('region', { name: 'Last correction' });
  await expect(correction).toContainText('The age corrected from the family’s testimony.');
  await expect(correction.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T/);
  await expectNoAxeViolations(visitor);

  // Without JavaScript the form posts as plain HTML; a note that looks like markup stays text.
  const plain = await withoutJavaScript(page);
  await plain.goto(form);
  const markup = '<img src=x onerror="window.__corrected=1"><b>bold</b>';
  await plain.getByLabel('Age', { exact: true }).fill('32');
  await plain.getByLabel(/Public note of what this save corrects/).fill(markup);
  await plain.getByRole('button', { name: 'Save changes' }).click();
  await expect(plain.getByText('Your changes are saved.')).toBeVisible();

  await expect(async () => {
    await visitor.goto(`/az/victims/${slug}`);
    await expect(visitor.getByRole('region', { name: 'Son düzəliş' })).toContainText(markup);
  }).toPass({ timeout: 30_000 });
  expect(await visitor.locator('main b, main img[src="x"]').count()).toBe(0);
  expect(await visitor.evaluate(() => (window as unknown as { __corrected?: number }).__corrected)).toBeUndefined();

  const feed = await visitor.request.get('/feeds/names.xml');
  expect(feed.status()).toBe(200);
  expect(feed.headers()['content-type']).toContain('application/atom+xml');
  const xml = await feed.text();
  expect(xml).toContain(`<title>Added: ${name}</title>`);
  expect(xml).toContain('<summary type="text">The age corrected from the family’s testimony.</summary>');
  expect(xml).toContain('&lt;img src=x onerror=&quot;window.__corrected=1&quot;&gt;&lt;b&gt;bold&lt;/b&gt;');
  expect(xml.indexOf('&lt;img src=x')).toBeLessThan(xml.indexOf('The age corrected'));

  // The victims page links the feed for readers and for feed readers.
  await visitor.goto('/en/victims');
  await expect(visitor.getByRole('link', { name: /Feed of new and corrected names/ })).toHaveAttribute('href', '/feeds/names.xml');
  await expect(visitor.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', /\/feeds\/names\.xml$/);
});
