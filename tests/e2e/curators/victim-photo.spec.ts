import { expect, test } from '../helpers/browsers';
import { textBytes, tinyPng } from '../../helpers/image-fixtures';
import { loginAs } from '../helpers/login';
import { createPublishedVictim } from '../helpers/records';

/**
 * A curator adds a photograph to a victim record: a text file named .png is refused with a plain
 * message, a real PNG is stored with its alt text and credit, and the memorial page shows it behind
 * a content warning that opens without JavaScript. Needs the photo panel on the edit page and the
 * photo on the memorial page (see components/admin/victim-photo-panel.tsx, components/site/victim-photo.tsx).
 */
test('a victim’s photograph: fake image refused, real one shown behind its content warning', async ({ page, anotherBrowser }) => {
  test.setTimeout(120_000);
  const unique = `${Date.now()}`.slice(-6);
  const name = `E2E Photo Test ${unique}`;
  const slug = `e2e-photo-test-${unique}`;

  await loginAs(page, 'curator');
  await createPublishedVictim(page, name);

  const panel = page.getByRole('region', { name: 'Photograph', exact: true });
  await panel.locator('input[type=file][name="photo"]').setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from(textBytes('not an image at all')) });
  await panel.getByLabel(/alt text/).fill('Portrait in a school uniform');
  await panel.getByLabel('Credit').fill('Family archive');
  await panel.getByLabel(/Content warning/).check();
  await panel.getByRole('button', { name: 'Upload the photograph' }).click();
  await expect(panel.getByText(/not a JPEG, PNG or WebP image/).first()).toBeVisible();
  await expect(panel.getByLabel('Credit')).toHaveValue('Family archive');

  await panel.locator('input[type=file][name="photo"]').setInputFiles({ name: 'anything.txt', mimeType: 'text/plain', buffer: Buffer.from(tinyPng()) });
  await panel.getByRole('button', { name: 'Upload the photograph' }).click();
  await expect(page.getByText('Your changes are saved.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Photograph', exact: true }).getByRole('img', { name: 'Portrait in a school uniform' })).toBeVisible();

  // The memorial page: the credit is visible, the photograph waits behind its warning.
  const visitor = await anotherBrowser({ javaScriptEnabled: false });
  await visitor.goto(`/en/victims/${slug}`);
  await expect(visitor.getByText('Photograph: Family archive')).toBeVisible();
  const image = visitor.getByRole('img', { name: 'Portrait in a school uniform' });
  await expect(image).toBeHidden();
  await visitor.getByText('Show the photograph (content warning)').click();
  await expect(image).toBeVisible();
  const src = await image.getAttribute('src');
  expect(src).toMatch(new RegExp(`^/media/victims/${slug}/photo\\?v=[0-9a-f]{16}$`));
  const response = await visitor.request.get(src!);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
  expect(response.headers()['x-content-type-options']).toBe('nosniff');
  expect(response.headers()['cache-control']).toContain('immutable');
});
