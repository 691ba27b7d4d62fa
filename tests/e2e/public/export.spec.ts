import { expect, test } from '../helpers/test';
import { figures } from '../../../prisma/seed-data/figures';
import { events } from '../../../prisma/seed-data/events';

/** The export of published content, as a researcher downloads it from the about page. */
test.describe('the export of published content', () => {
  test('the about page links both downloads', async ({ page }) => {
    await page.goto('/en/about');
    const section = page.getByRole('region', { name: 'How to cite a page' });
    await expect(section.getByRole('link', { name: 'JSON' })).toHaveAttribute('href', '/export/memorial.json');
    await expect(section.getByRole('link', { name: 'CSV' })).toHaveAttribute('href', '/export/memorial.csv');
  });

  test('the JSON download holds every seeded figure and event, with a version and the date of generation', async ({ request }) => {
    const response = await request.get('/export/memorial.json');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^application\/json/);
    const data = await response.json();
    expect(data.version).toMatch(/^[0-9a-f]{16}$/);
    expect(Date.parse(data.generatedAt)).not.toBeNaN();
    expect(response.headers()['content-disposition']).toBe(`attachment; filename="black-january-memorial-${data.version}.json"`);
    const figureKeys = new Set(data.figures.map((figure: { key: string }) => figure.key));
    for (const figure of figures) expect(figureKeys.has(figure.key), figure.key).toBe(true);
    const eventSlugs = new Set(data.events.map((event: { slug: string }) => event.slug));
    for (const event of events) expect(eventSlugs.has(event.slug), event.slug).toBe(true);
  });

  test('the CSV download holds every seeded figure, with its source', async ({ request }) => {
    const response = await request.get('/export/memorial.csv');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^text\/csv/);
    expect(response.headers()['content-disposition']).toMatch(/^attachment; filename="black-january-memorial-[0-9a-f]{16}\.csv"$/);
    const text = await response.text();
    expect(text.split('\r\n')[0]).toMatch(/^record_type,record_key,/);
    for (const figure of figures) expect(text, figure.key).toContain(`figure,${figure.key},`);
    for (const figure of figures) expect(text, figure.key).toMatch(new RegExp(`figure,${figure.key},[^\r]*,${figure.sourceKey},`));
  });
});
