import { expect, test } from '../helpers/browsers';
import { loginAs } from '../helpers/login';

/**
 * A curator's day, end to end: sign in → create a victim as a draft → it is not public → publish →
 * it is public → an edit conflicts with a save from a second browser → the message names who saved,
 * nothing typed is lost → restore an earlier version from history → sign out.
 */
test('a curator’s day', async ({ page, visitor, signedInElsewhere }) => {
  test.setTimeout(120_000);
  const unique = `${Date.now()}`.slice(-6);
  const name = `E2E Curator Test ${unique}`;
  const slug = `e2e-curator-test-${unique}`;

  await loginAs(page, 'curator');
  await page.goto('/admin/victims/new');
  await page.getByLabel('Name in Latin script').fill(name);
  await page.getByLabel('Age', { exact: true }).fill('30');
  await page.getByLabel('Source 1').selectOption({ index: 1 });
  await page.getByLabel('The source’s words 1').fill('Test words from the source.');
  await page.getByRole('button', { name: 'Save as draft' }).click();
  await page.waitForURL(/\/admin\/victims\/c[a-z0-9]+\?saved=created$/);
  await expect(page.getByText('Saved as a draft. It is not public until you publish it.')).toBeVisible();
  const editUrl = page.url();

  // A draft is not public.
  expect((await visitor.goto(`/en/victims/${slug}`))?.status()).toBe(404);

  // Publish: it is public at once.
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(page.getByText('Published: the record is on the public site now.')).toBeVisible();
  const response = await visitor.goto(`/en/victims/${slug}`);
  expect(response?.status()).toBe(200);
  await expect(visitor.getByRole('heading', { level: 1, name })).toBeVisible();
  await visitor.goto('/en/victims');
  await expect(visitor.getByRole('link', { name })).toBeVisible();

  // A second curator (the admin, in another browser) saves first.
  const other = await signedInElsewhere('admin');
  await other.goto(editUrl);
  await page.reload();
  await other.getByLabel('Age', { exact: true }).fill('31');
  await other.getByRole('button', { name: 'Save changes' }).click();
  await expect(other.getByText('Your changes are saved.')).toBeVisible();

  // The first curator's stale save is refused, naming who saved; the typing is still there.
  await page.getByLabel('Occupation').fill('Typed by the first curator');
  await page.getByLabel('Age', { exact: true }).fill('32');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'saved this record' })).toContainText('Demo admin saved this record');
  await expect(page.getByLabel('Occupation')).toHaveValue('Typed by the first curator');
  await expect(page.getByLabel('Age', { exact: true })).toHaveValue('32');
  // The public page shows the version that was saved, not the refused one.
  await visitor.goto(`/en/victims/${slug}`);
  await expect(visitor.getByRole('definition').filter({ hasText: /^31$/ })).toBeVisible();

  // Restore the first version from history.
  await page.goto(editUrl);
  await page.getByRole('main').getByRole('link', { name: 'History', exact: true }).click();
  const created = page.locator('li').filter({ hasText: 'Created' });
  await created.getByRole('button', { name: 'Restore this version' }).click();
  await expect(page.getByText('Restored.')).toBeVisible();
  await expect(page.getByLabel('Age', { exact: true })).toHaveValue('30');

  // Sign out: the admin area is closed again.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.goto('/admin');
  await expect(page).toHaveURL(/\/login/);
});

test('invalid input shows every field error at once and saves nothing', async ({ page }) => {
  await loginAs(page, 'curator');
  await page.goto('/admin/victims/new');
  await page.getByLabel('Age', { exact: true }).fill('old');
  await page.getByLabel('Date of birth').fill('1990-02-31');
  await page.getByLabel('The source’s words 1').fill('Words without a source');
  await page.getByRole('button', { name: 'Save as draft' }).click();
  await expect(page.getByRole('status').first()).toContainText('fields need correcting. Nothing was saved.');
  await expect(page.getByLabel('Age', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('The age must be a whole number.')).toBeVisible();
  await expect(page.getByText('a day that exists')).toBeVisible();
  await expect(page.getByText('Choose the source these words come from.')).toBeVisible();
  await expect(page.getByText('Give a name in at least one script')).toBeVisible();
  await expect(page.getByLabel('The source’s words 1')).toHaveValue('Words without a source');
  await expect(page).toHaveURL(/\/admin\/victims\/new$/);
});
