import { expect, test } from '../helpers/browsers';
import { loginAs } from '../helpers/login';
import { createPublishedVictim } from '../helpers/records';

/**
 * Stable URLs: a curator changes a published victim's address; the old address, already visited (so
 * cached), answers with a permanent redirect to the new one, and the new one renders.
 */
test('a renamed victim’s old address redirects permanently to the new one', async ({ page, request, visitor }) => {
  test.setTimeout(120_000);
  const unique = `${Date.now()}`.slice(-6);
  const name = `E2E Renamed Victim ${unique}`;
  const oldSlug = `e2e-renamed-victim-${unique}`;
  const newSlug = `e2e-new-address-${unique}`;

  await loginAs(page, 'curator');
  await createPublishedVictim(page, name);

  // The old address is live, and now cached.
  expect((await request.get(`/en/victims/${oldSlug}`)).status()).toBe(200);

  await page.getByLabel('Address').fill(newSlug);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Your changes are saved.')).toBeVisible();

  const old = await request.get(`/en/victims/${oldSlug}`, { maxRedirects: 0 });
  expect(old.status()).toBe(308);
  // Next 16.4 repeats the (identical) Location header on a cache miss; browsers accept identical repeats.
  const locations = old.headersArray().filter((header) => header.name.toLowerCase() === 'location');
  expect(locations.length).toBeGreaterThan(0);
  for (const location of locations) expect(new URL(location.value, 'http://localhost').pathname).toBe(`/en/victims/${newSlug}`);

  const response = await visitor.goto(`/en/victims/${oldSlug}`);
  expect(response?.status()).toBe(200);
  await expect(visitor).toHaveURL(new RegExp(`/en/victims/${newSlug}$`));
  await expect(visitor.getByRole('heading', { level: 1, name })).toBeVisible();

  // An address no record ever had is still a 404.
  expect((await request.get(`/en/victims/e2e-never-existed-${unique}`, { maxRedirects: 0 })).status()).toBe(404);
});
