import type { Locator, Page } from '@playwright/test';
import { expectNoAxeViolations } from '../helpers/axe';
import { expect, test } from '../helpers/browsers';
import { loginAs } from '../helpers/login';
import { createPublishedVictim } from '../helpers/records';
import { expectInert, watchForDialogs, withPayloads } from '../helpers/xss';

/**
 * A remembrance from a visitor's plain form to the memorial page, through the curators' queue: held
 * until approved, shown as plain text, reported back into the queue, hidden again. The record is
 * made here, so no other spec's page changes.
 */

/** The published message on a memorial page. */
function publicRemembrance(page: Page, marker: string): Locator {
  return page.locator('#remembrances li[data-remembrance]', { hasText: marker });
}

/** The message's entry in /admin/remembrances. */
function queued(page: Page, marker: string): Locator {
  return page.locator('main li[data-remembrance]', { hasText: marker });
}

test('a remembrance sent without JavaScript appears only once approved, as text, and leaves when reported and hidden', async ({ page, visitor, anotherBrowser, signedInElsewhere }) => {
  test.setTimeout(180_000);
  const unique = `${Date.now()}`.slice(-6);
  const marker = `We remember ${unique}.`;
  // The XSS corpus in both fields, as much of it as each field takes.
  const name = withPayloads(`Visitor ${unique}`, 80);
  const message = withPayloads(marker, 500);
  watchForDialogs(page);
  watchForDialogs(visitor);
  await loginAs(page, 'curator');
  await createPublishedVictim(page, `Remembered ${unique}`);
  const slug = await page.getByLabel('Address').inputValue();
  const memorial = `/en/victims/${slug}`;

  // A visitor without JavaScript leaves it through the plain form.
  const plain = await anotherBrowser({ javaScriptEnabled: false });
  await plain.goto(memorial);
  await expect(plain.getByText('No remembrance has been published yet.')).toBeVisible();
  await plain.getByLabel('Your name', { exact: true }).fill(name);
  await plain.getByLabel('Your message', { exact: true }).fill(message);
  await expect(plain.getByText('At most 500 characters, in plain text.')).toBeVisible();
  const answer = plain.waitForResponse((response) => response.url().includes('/en/remembrances?'));
  await plain.getByRole('button', { name: 'Send for review' }).click();
  await expect(plain).toHaveURL(/\/en\/remembrances\?victim=.+&result=received$/);
  expect((await answer).headers()['cache-control']).toMatch(/no-store/);
  await expect(plain.locator('[data-remembrance-result="received"]')).toContainText('It is held for review');
  await plain.getByRole('link', { name: `Back to the page of Remembered ${unique}` }).click();
  await expect(publicRemembrance(plain, marker)).toHaveCount(0);

  // The curator sees it in the queue, as text, and approves it.
  await page.goto('/admin/remembrances');
  const pending = queued(page, marker);
  await expect(pending).toContainText('Waiting for review');
  await expect(pending.locator('[data-remembrance-message]')).toHaveText(message);
  await expect(pending.locator('[data-remembrance-author]')).toHaveText(name);
  await expect(pending.getByRole('link', { name: `Remembered ${unique}` })).toHaveAttribute('href', memorial);
  await expectInert(page);
  await pending.getByRole('button', { name: 'Approve' }).click();
  await expect(page.getByText('The message is published: it is on the memorial page now.')).toBeVisible();

  // At once on the memorial page, as plain text, inert.
  await visitor.goto(memorial);
  const shown = publicRemembrance(visitor, marker);
  await expect(shown.locator('[data-remembrance-message]')).toHaveText(message);
  await expect(shown.locator('[data-remembrance-author]')).toHaveText(name);
  await expectInert(visitor);
  await expectNoAxeViolations(visitor);

  // A curator who opened the queue now will be behind the next decision.
  const other = await signedInElsewhere('curator');

  // The visitor reports it: it is back in the queue, still shown until a curator decides.
  await shown.getByRole('button', { name: 'Report' }).click();
  await expect(visitor).toHaveURL(/\/en\/remembrances\?victim=.+&result=reported$/);
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText('Reported');
  await expect(visitor.locator('[data-remembrance-result="reported"]')).toContainText('has been reported');
  await page.goto('/admin/remembrances');
  const reported = queued(page, marker);
  await expect(reported).toContainText('Published, reported');
  await expect(reported.locator('[data-remembrance-reports]')).toHaveAttribute('data-remembrance-reports', '1');
  await expectInert(page);
  await expectNoAxeViolations(page);
  await other.goto('/admin/remembrances');

  // Hiding needs a reason; with one, the message leaves the memorial page at once.
  await reported.getByRole('button', { name: 'Hide' }).click();
  await expect(reported.getByText('Say why the message is rejected or hidden; the reason is kept in the history.')).toBeVisible();
  await reported.getByLabel('Reason').fill('Reported by a visitor; not a remembrance.');
  await reported.getByRole('button', { name: 'Hide' }).click();
  await expect(page.getByText('The message is hidden: it is no longer on the memorial page.')).toBeVisible();
  await expect(queued(page, marker)).toHaveCount(0);
  // The visitor's browser saw the page with the message: it may answer once from its own cache
  // (stale-while-revalidate) while it fetches the new page, so the page is visited until it is new.
  await expect(async () => {
    await visitor.goto(memorial);
    await expect(publicRemembrance(visitor, marker)).toHaveCount(0, { timeout: 2000 });
  }).toPass({ timeout: 30_000 });
  await expect(visitor.getByText('No remembrance has been published yet.')).toBeVisible();

  // The curator who still sees the old version is refused, and told why.
  const stale = queued(other, marker);
  await stale.getByLabel('Reason').fill('Also hiding it.');
  await stale.getByRole('button', { name: 'Keep published (clear reports)' }).click();
  await expect(stale.getByRole('status')).toContainText('after you opened it');
  await visitor.goto(memorial);
  await expect(publicRemembrance(visitor, marker)).toHaveCount(0);
});

test('a post the browser’s checks would stop is answered with what to correct; posts from elsewhere or by bots are not taken', async ({ page, visitor }) => {
  await loginAs(page, 'curator');
  await page.goto('/admin/remembrances');
  await expectNoAxeViolations(page);
  // The browser's own checks stop an empty message; a post that skips them is answered in plain words.
  await visitor.goto('/en/victims/larissa-mammadova');
  const form = visitor.locator('form[action="/api/remembrances"]');
  const fields = Object.fromEntries(
    await form.locator('input[type="hidden"], input[name="website"]').evaluateAll((inputs) => (inputs as HTMLInputElement[]).map((input) => [input.name, input.value])),
  ) as Record<string, string>;
  const origin = { Origin: new URL(visitor.url()).origin };
  const invalid = await visitor.request.post('/api/remembrances', { form: { ...fields, message: ' ', name: '' }, headers: origin, maxRedirects: 0 });
  expect(invalid.status()).toBe(303);
  await visitor.goto(invalid.headers()['location']!);
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText('Please correct your remembrance');
  await expect(visitor.getByText('Write a message.')).toBeVisible();
  await expect(visitor.getByText('Give your name, or choose to stay anonymous.')).toBeVisible();
  await expectNoAxeViolations(visitor);
  const foreign = await visitor.request.post('/api/remembrances', { form: { ...fields, message: 'From elsewhere', anonymous: 'on' }, headers: { Origin: 'https://elsewhere.example' }, maxRedirects: 0 });
  expect(foreign.status()).toBe(403);
  const honeypot = await visitor.request.post('/api/remembrances', { form: { ...fields, message: 'A bot', anonymous: 'on', website: 'https://spam.example' }, headers: origin, maxRedirects: 0 });
  expect(honeypot.headers()['location']).toContain('result=unconfirmed');
});

test('without JavaScript, a curator rejects an anonymous remembrance with a reason, and it is never shown', async ({ page, visitor, withoutJavaScript }) => {
  const unique = `${Date.now()}`.slice(-6);
  const marker = `Anonymous words ${unique}`;
  await loginAs(page, 'curator');
  await createPublishedVictim(page, `Remembered ${unique}`);
  const memorial = `/en/victims/${await page.getByLabel('Address').inputValue()}`;
  await visitor.goto(memorial);
  await visitor.getByLabel('Stay anonymous (your name is not kept)').check();
  await visitor.getByLabel('Your message', { exact: true }).fill(marker);
  await visitor.getByRole('button', { name: 'Send for review' }).click();
  await expect(visitor.locator('[data-remembrance-result="received"]')).toBeVisible();

  // The dashboard counts it among the messages waiting, and leads to the queue.
  await page.goto('/admin');
  await expect(page.locator('[data-remembrances-waiting]')).not.toHaveAttribute('data-remembrances-waiting', '0');
  await page.getByRole('link', { name: /waiting for a curator/ }).click();
  await expect(page).toHaveURL(/\/admin\/remembrances$/);
  await expect(queued(page, marker)).toBeVisible();

  const plain = await withoutJavaScript(page);
  await plain.goto('/admin/remembrances');
  const pending = queued(plain, marker);
  await expect(pending.locator('[data-remembrance-author]')).toHaveText('anonymous');
  await pending.getByRole('button', { name: 'Reject' }).click();
  await expect(queued(plain, marker).getByText('Say why the message is rejected or hidden; the reason is kept in the history.')).toBeVisible();
  await queued(plain, marker).getByLabel('Reason').fill('Not about this person.');
  await queued(plain, marker).getByRole('button', { name: 'Reject' }).click();
  await expect(plain.getByText('The message is rejected: it will never be shown.')).toBeVisible();
  await expect(queued(plain, marker)).toHaveCount(0);
  await visitor.goto(memorial);
  await expect(publicRemembrance(visitor, marker)).toHaveCount(0);
});
