import { expect, test } from '../helpers/browsers';
import { loginAs } from '../helpers/login';

/**
 * A curator writes the record of an anniversary year without one: the introduction's Markdown is
 * previewed, the draft is not public, published it is (rendered and sanitised), a second record for
 * the same year is refused with the typing kept, and a deleted record leaves the page again.
 */
test('an anniversary record: preview, draft, publish, duplicate year refused, delete', async ({ page, visitor }) => {
  test.setTimeout(120_000);
  const title = `End-to-end anniversary ${Date.now()}`;

  await loginAs(page, 'curator');
  await page.goto('/admin/anniversaries');
  // A year whose page has no record yet, so the test can run again on the same database.
  await page.getByText(/Years whose page has no record yet/).click();
  await page.locator('details').getByRole('link').first().click();
  await expect(page).toHaveURL(/\/admin\/anniversaries\/new\?year=\d{4}$/);
  const year = await page.getByLabel('Year').inputValue();
  expect(year).toMatch(/^\d{4}$/);

  await page.getByLabel('Title', { exact: true }).fill(title);
  await page.getByLabel('Introduction (Markdown)').fill('**Remembered words** and a [source](https://example.org).\n\n<script>window.__x = 1</script>');
  await page.getByRole('group', { name: 'Linked events' }).getByRole('checkbox').first().check();
  await page.getByRole('button', { name: 'Preview the introduction' }).click();
  const preview = page.getByRole('region', { name: 'Preview of the introduction' });
  await expect(preview.locator('strong')).toHaveText('Remembered words');
  await expect(preview.locator('script')).toHaveCount(0);
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue(title);
  await expect(page.getByRole('group', { name: 'Linked events' }).getByRole('checkbox').first()).toBeChecked();

  await page.getByRole('button', { name: 'Save as draft' }).click();
  await expect(page.getByText('Saved as a draft. It is not public until you publish it.')).toBeVisible();
  const editUrl = page.url();

  // A draft is not on the year's page.
  await visitor.goto(`/en/anniversaries/${year}`);
  await expect(visitor.getByRole('heading', { level: 1 })).not.toHaveText(title);

  // Published, the title and the rendered, sanitised introduction are there at once.
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(page.getByText('Published: the record is on the public site now.')).toBeVisible();
  await visitor.goto(`/en/anniversaries/${year}`);
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(visitor.locator('article header strong')).toHaveText('Remembered words');
  await expect(visitor.locator('article header a[href="https://example.org"]')).toHaveAttribute('rel', /nofollow/);
  expect(await visitor.evaluate(() => (window as unknown as { __x?: number }).__x)).toBeUndefined();

  // A second record for the same year is refused on the year field; the typing stays.
  await page.goto('/admin/anniversaries/new');
  await page.getByLabel('Year').fill(year);
  await page.getByLabel('Title', { exact: true }).fill('A second record');
  await page.getByRole('button', { name: 'Save as draft' }).click();
  await expect(page.getByText(`There is already a record for ${year}. Each year has one record.`)).toBeVisible();
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('A second record');

  // Deleted, the record leaves the page; the page itself stays.
  await page.goto(editUrl);
  await page.getByLabel(/Yes, delete this record/).check();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/anniversaries\?deleted=/);
  await visitor.goto(`/en/anniversaries/${year}`);
  await expect(visitor.getByRole('heading', { level: 1 })).toContainText('anniversary of Black January');
});
