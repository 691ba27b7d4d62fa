import { expect, test } from '../helpers/browsers';
import { loginAs } from '../helpers/login';

/**
 * A curator archives a release: it is saved as a draft (with a preview of its text first), is not in
 * the public archive, is published, and is then listed and readable there. The release is deleted
 * at the end so that the seeded archive is as the other specs expect it.
 */
test('a curator archives a release, as a draft first, then published', async ({ page, visitor }) => {
  test.setTimeout(120_000);
  const unique = `${Date.now()}`.slice(-6);
  const title = `E2E release ${unique}`;
  const slug = `2031-01-20-e2e-release-${unique}`;
  const body = `Text of the end-to-end release ${unique}, kept **word for word**.`;

  await loginAs(page, 'curator');
  await page.goto('/admin/releases/new');
  await page.getByLabel(/^Title/).fill(title);
  await page.getByLabel(/^Issuer/).selectOption({ label: 'Not named in the text' });
  await page.getByLabel(/^Date of issue/).fill('2031-01-20');
  await page.getByLabel(/^Place/).fill('Baku');
  await page.getByLabel(/^Language/).fill('en');
  await page.getByLabel(/^Format of the text/).selectOption('MARKDOWN');
  await page.getByLabel(/^Text of the release/).fill(body);

  // The preview renders the Markdown on the server and keeps everything typed.
  await page.getByRole('button', { name: 'Preview the text' }).click();
  const preview = page.getByRole('region', { name: 'Preview of the text' });
  await expect(preview.locator('strong')).toHaveText('word for word');
  await expect(page.getByLabel(/^Title/)).toHaveValue(title);

  await page.getByRole('button', { name: 'Save as draft' }).click();
  await expect(page.getByText('Saved as a draft. It is not public until you publish it.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();

  // A draft is not in the public archive.
  await visitor.goto('/en/releases');
  await expect(visitor.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(visitor.getByRole('link', { name: title })).toHaveCount(0);
  expect((await visitor.goto(`/en/releases/${slug}`))?.status()).toBe(404);

  // Published, it is listed at once and readable.
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(page.getByText('Published: the record is on the public site now.')).toBeVisible();
  await visitor.goto('/en/releases');
  await visitor.getByRole('link', { name: title }).click();
  await expect(visitor).toHaveURL(new RegExp(`/en/releases/${slug}$`));
  await expect(visitor.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(visitor.getByText(`Text of the end-to-end release ${unique}`)).toBeVisible();
  await expect(visitor.getByText('Not named in the text')).toBeVisible();

  // Clean up: delete it (nothing cites it), and it leaves the archive.
  await page.getByLabel('Yes, delete this record').check();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/releases\?deleted=/);
  await visitor.goto('/en/releases');
  await expect(visitor.getByRole('link', { name: title })).toHaveCount(0);
});
