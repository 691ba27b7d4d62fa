import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { nextAnniversaryYear } from '../../../lib/anniversaries/ordinal';
import { expect, test } from '../helpers/browsers';
import { VICTIM } from '../helpers/public-pages';

/**
 * Carnations change the seeded records' counts, so these visitor tests run with the curators' project,
 * after the public specs have read the seeded pages.
 */

async function shownCount(page: Page): Promise<number> {
  return Number(await page.locator('#carnations [data-carnation-count]').getAttribute('data-carnation-count'));
}

async function layAndExpect(page: Page, result: 'laid' | 'already', count: number) {
  await page.getByRole('button', { name: 'Lay a carnation' }).click();
  await expect(page).toHaveURL(/\/en\/carnations\?/);
  await expect(page.locator(`[data-carnation-result="${result}"]`)).toBeVisible();
  await expect(page.locator('main [data-carnation-count]')).toHaveAttribute('data-carnation-count', String(count));
}

test.describe('laying a carnation', () => {
  test('with JavaScript: a memorial page counts one carnation per visitor and day, and says so kindly the second time', async ({ visitor }) => {
    const pageResponse = await visitor.goto(`/en/victims/${VICTIM.slug}`);
    // The count does not make the memorial page dynamic: it stays cacheable by shared caches.
    expect(pageResponse?.headers()['cache-control']).not.toMatch(/no-store|private/);
    const before = await shownCount(visitor);
    const answer = visitor.waitForResponse((response) => response.url().includes('/en/carnations?'));
    await layAndExpect(visitor, 'laid', before + 1);
    // The answer, which shows the fresh count, is never kept by a shared cache.
    expect((await answer).headers()['cache-control']).toMatch(/no-store/);
    await expect(visitor.getByRole('heading', { level: 1 })).toHaveText('Thank you');
    await visitor.getByRole('link', { name: `Back to the page of ${VICTIM.name}` }).click();
    await expect(visitor).toHaveURL(new RegExp(`/en/victims/${VICTIM.slug}$`));
    await layAndExpect(visitor, 'already', before + 1);
    await expect(visitor.getByRole('heading', { level: 1 })).toHaveText('Already laid today');
  });

  test('without JavaScript: the anniversary page’s plain form lays one, and a second the same day is not counted', async ({ visitor, withoutJavaScript }) => {
    const plain = await withoutJavaScript(visitor);
    await plain.goto(`/en/anniversaries/${nextAnniversaryYear(new Date())}`);
    await expect(plain.getByRole('button', { name: 'Lay a carnation' })).toBeVisible();
    const before = await shownCount(plain);
    await layAndExpect(plain, 'laid', before + 1);
    await plain.goBack();
    await layAndExpect(plain, 'already', before + 1);
  });

  test('a post from another site, with the honeypot filled or with a forged time counts nothing', async ({ visitor }) => {
    // A page no other test here lays a carnation on.
    await visitor.goto('/en/anniversaries/2020');
    const form = visitor.locator('#carnations form');
    const fields = Object.fromEntries(
      await form.locator('input').evaluateAll((inputs) => (inputs as HTMLInputElement[]).map((input) => [input.name, input.value])),
    ) as Record<string, string>;
    const foreign = await visitor.request.post('/api/carnations', { form: fields, headers: { Origin: 'https://elsewhere.example' }, maxRedirects: 0 });
    expect(foreign.status()).toBe(403);
    const sameSite = { Origin: new URL(visitor.url()).origin };
    const honeypot = await visitor.request.post('/api/carnations', { form: { ...fields, website: 'https://spam.example' }, headers: sameSite, maxRedirects: 0 });
    expect(honeypot.status()).toBe(303);
    expect(honeypot.headers()['location']).toContain('result=unconfirmed');
    const forged = await visitor.request.post('/api/carnations', { form: { ...fields, formStarted: '1.forged' }, headers: sameSite, maxRedirects: 0 });
    expect(forged.headers()['location']).toContain('result=unconfirmed');
    // Nothing was counted: the first real carnation of this record today is still laid.
    await layAndExpect(visitor, 'laid', (await shownCount(visitor)) + 1);
  });

  test('the memorial page with its form and the answer page pass axe', async ({ visitor }) => {
    for (const path of [`/en/victims/${VICTIM.slug}`, `/en/carnations?victim=${VICTIM.slug}&result=laid`]) {
      await visitor.goto(path);
      const results = await new AxeBuilder({ page: visitor }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
      expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  });
});
