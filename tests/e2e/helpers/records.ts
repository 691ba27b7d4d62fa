import { type Page } from '@playwright/test';
import { expect } from './test';

/**
 * Creates a victim record through the admin form (with `fields` filled in too), citing the first source, and publishes it, as a
 * signed-in curator on `page`; leaves the page on the record's edit form. Returns the form's address.
 */
export async function createPublishedVictim(page: Page, name: string, fields: Record<string, string> = {}): Promise<string> {
  await page.goto('/admin/victims/new');
  await page.getByLabel('Name in Latin script').fill(name);
  // Other boxes of the form by their exact label, e.g. { 'Date of death': '1990-01-20' }.
  for (const [label, value] of Object.entries(fields)) await page.getByLabel(label, { exact: true }).fill(value);
  await page.getByLabel('Source 1').selectOption({ index: 1 });
  await page.getByLabel('The source’s words 1').fill('Test words from the source.');
  await page.getByRole('button', { name: 'Save as draft' }).click();
  await page.waitForURL(/\/admin\/victims\/c[a-z0-9]+\?saved=created$/);
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(page.getByText('Published: the record is on the public site now.')).toBeVisible();
  return page.url().replace(/\?.*$/, '');
}
