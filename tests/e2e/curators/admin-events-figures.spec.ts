import { expect, test } from '../helpers/browsers';
import { loginAs } from '../helpers/login';

/** A sentence of the seeded 2009 release, word for word, that gives no number. */
const QUOTE = 'In the aftermath of the events mass arrests were conducted in Baku and other parts of the country.';
const RELEASE_SOURCE = 'Release: [Nineteen years since 20 January] (2009-01-19)';

/**
 * A curator adds a figure with its quote to a seeded release source as a draft: it is not on the
 * figures page; once published it is, with the release's words.
 */
test('a figure added from a release is public only once published, with its quote', async ({ page, visitor }) => {
  test.setTimeout(90_000);
  // A note unique to this run finds the figure's row even if the test ran before on this database.
  const note = `Added by the end-to-end test ${Date.now()}.`;

  await loginAs(page, 'curator');
  await page.goto('/admin/figures/new');
  await page.getByLabel('Source', { exact: true }).selectOption({ label: RELEASE_SOURCE });
  await page.getByLabel(/^The source’s words/).fill(QUOTE);
  await expect(page.getByLabel(/These are the source’s exact words/)).toBeChecked();
  await page.getByLabel('What it counts').selectOption('DETAINED');
  await page.getByLabel('Note', { exact: true }).fill(note);
  await page.getByRole('button', { name: 'Save as draft' }).click();
  await expect(page.getByText('Saved as a draft. It is not public until you publish it.')).toBeVisible();
  await expect(page).toHaveURL(/\/admin\/figures\/[a-z0-9]+\?saved=created$/);

  // A draft is not on the figures page.
  await visitor.goto('/en/figures');
  await expect(visitor.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(visitor.getByText(note)).toHaveCount(0);

  // Published, it is there at once, with the release's words and the release as its source.
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(page.getByText('Published: the record is on the public site now.')).toBeVisible();
  await visitor.goto('/en/figures');
  const row = visitor.getByRole('region', { name: 'Detained or arrested' }).getByRole('row').filter({ hasText: note });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(QUOTE);
  await expect(row).toContainText('in words only');
  await expect(row.getByRole('link', { name: /Nineteen years since 20 January/ })).toBeVisible();
});
