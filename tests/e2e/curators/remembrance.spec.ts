import { expect, test } from '../helpers/browsers';
import { loginAs } from '../helpers/login';
import { bakuTodayMonthDay, readRemembranceFeed } from '../helpers/remembrance';
import { createPublishedVictim } from '../helpers/records';

/**
 * A curator publishes a record whose date of death, stated to the day, is today's date in Baku: the
 * remembrance page and its feed, already cached, list the person at once (the publish purges the
 * victims' tag the read carries); a date of death known only to the month is not listed.
 */
test('a published day-precision date of death of today appears on /en/remembrance and in the feed', async ({ page, visitor }) => {
  test.setTimeout(120_000);
  const unique = `${Date.now()}`.slice(-6);
  const name = `E2E Remembered ${unique}`;
  const monthOnly = `E2E Month Only ${unique}`;
  const slug = `e2e-remembered-${unique}`;

  // Cached before the publish.
  await visitor.goto('/en/remembrance');
  await expect(visitor.getByRole('heading', { level: 1, name: 'Remembered today' })).toBeVisible();
  await readRemembranceFeed(visitor, '/feeds/remembrance/en.xml');

  await loginAs(page, 'curator');
  for (const [recordName, deathDate] of [
    [name, `1990-${bakuTodayMonthDay()}`],
    [monthOnly, `1990-${bakuTodayMonthDay().slice(0, 2)}`],
  ] as const) {
    await createPublishedVictim(page, recordName, { 'Date of death': deathDate });
  }

  await visitor.goto('/en/remembrance');
  const list = visitor.getByRole('main').getByRole('list');
  const item = list.getByRole('listitem').filter({ hasText: name });
  await expect(item).toHaveText(`Died on this day in 1990: ${name}`);
  await expect(item.getByRole('link', { name })).toHaveAttribute('href', `/en/victims/${slug}`);
  await expect(visitor.getByRole('main')).not.toContainText(monthOnly);

  const feed = await readRemembranceFeed(visitor, '/feeds/remembrance/en.xml');
  const entries = feed.entries.filter((entry) => entry.title?.includes(name));
  expect(entries).toHaveLength(1);
  expect(entries[0]!.title).toBe(`${name}: died on this day in 1990`);
  expect(entries[0]!.link).toMatch(new RegExp(`/en/victims/${slug}$`));
  expect(entries[0]!.id).toMatch(new RegExp(`^tag:[^,]+,2026:remembered-today/en/\\d{4}-\\d{2}-\\d{2}/${slug}$`));
  expect(feed.entries.some((entry) => entry.title?.includes(monthOnly))).toBe(false);

  // The home page names the person too, and the memorial page is one click away.
  await visitor.goto('/en');
  const section = visitor.getByRole('region', { name: 'Remembered today' });
  await section.getByRole('link', { name }).click();
  await expect(visitor.getByRole('heading', { level: 1, name })).toBeVisible();
});
