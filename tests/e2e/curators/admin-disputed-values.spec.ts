import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from '../helpers/browsers';
import { loginAs } from '../helpers/login';
import { createPublishedVictim } from '../helpers/records';

const SOURCE_LABEL = 'External: Black January: Baku 1990. Documents and Materials (1990-01-01)';
const SOURCE_TITLE = 'Black January: Baku 1990. Documents and Materials';

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
}

/**
 * A curator records where sources disagree, in the record's own form: a version with its source
 * appears beside the fact on the memorial page, the record's history shows the change, and the
 * version is removed again with a plain form post (JavaScript off).
 */
test('a curator adds a disputed version, the memorial page shows it with its source, and removes it', async ({ page, visitor, withoutJavaScript }) => {
  // Two browsers, three axe checks and plain posts: on a loaded 2-core machine this takes over a minute.
  test.setTimeout(180_000);
  const unique = `${Date.now()}`.slice(-6);
  const name = `E2E Disputed Test ${unique}`;
  const slug = `e2e-disputed-test-${unique}`;

  await loginAs(page, 'curator');
  const editUrl = await createPublishedVictim(page, name);

  // The form's disputed-values part is labelled and passes axe, before and after a refused save.
  await expect(page.getByRole('group', { name: 'Where sources disagree' })).toBeVisible();
  await expectNoViolations(page);
  await page.getByLabel('Version 1: fact').selectOption({ label: 'Wounds (how many)' });
  await page.getByLabel('Version 1: date').fill('1990-01-20');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Nothing was saved.' })).toBeVisible();
  await expect(page.getByText('Wounds (how many) is given as a number or in words, not as a date.')).toBeVisible();
  await expect(page.getByText('Choose the source that gives this version.')).toBeVisible();
  await expect(page.getByLabel('Version 1: source')).toHaveAttribute('aria-invalid', 'true');
  await expectNoViolations(page);

  // The corrected version is saved with the record.
  await page.getByLabel('Version 1: date').fill('');
  await page.getByLabel('Version 1: number').fill('20');
  await page.getByLabel('Version 1: source').selectOption({ label: SOURCE_LABEL });
  await page.getByLabel('Version 1: note').fill(`Counted in the volume, E2E ${unique}.`);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Your changes are saved.')).toBeVisible();
  await expect(page.getByLabel('Version 1: number')).toHaveValue('20');
  await expect(page.getByLabel('Remove version 1')).not.toBeChecked();

  await visitor.goto(`/en/victims/${slug}`);
  const versions = visitor.locator('[data-disputed="wounds"] > li');
  await expect(versions).toHaveCount(1);
  await expect(versions.first()).toContainText('20');
  await expect(versions.first()).toContainText(SOURCE_TITLE);
  await expect(versions.first()).toContainText(`Counted in the volume, E2E ${unique}.`);

  // The record's history shows the change like that of any other field.
  await page.getByRole('main').getByRole('link', { name: 'History', exact: true }).click();
  await expect(page.getByText('disputedValues').first()).toBeVisible();

  // With JavaScript off: plain form posts.
  const plain = await withoutJavaScript(page);
  await plain.goto(editUrl);
  // A refused plain post comes back with its errors and the typing kept.
  await plain.getByLabel('Version 2: fact').selectOption({ label: 'Age' });
  await plain.getByLabel('Version 2: number').fill('19');
  await plain.getByRole('button', { name: 'Save changes' }).click();
  await expect(plain.getByText('Choose the source that gives this version.')).toBeVisible();
  await expect(plain.getByLabel('Version 2: number')).toHaveValue('19');
  await plain.getByLabel('Version 2: number').fill('');
  await plain.getByLabel('Version 2: fact').selectOption({ label: '— none —' });
  await plain.getByLabel('Remove version 1').check();
  await plain.getByRole('button', { name: 'Save changes' }).click();
  await plain.waitForURL(/\?saved=updated$/);
  await expect(plain.getByLabel('Remove version 1')).toHaveCount(0);
  await plain.context().close();

  await visitor.goto(`/en/victims/${slug}`);
  await expect(visitor.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(visitor.locator('[data-disputed="wounds"]')).toHaveCount(0);
});
