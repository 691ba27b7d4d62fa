import { expectNoAxeViolations } from '../helpers/axe';
import { expect, test } from '../helpers/browsers';
import { loginAs } from '../helpers/login';
import { createPublishedVictim } from '../helpers/records';
import { E2E_TESTIFIER_EMAIL, seedTestimony } from '../helpers/testimonies';
import { tinyPng } from '../../helpers/image-fixtures';

/**
 * The curators' side of a family's testimony. The public testimony form is not on this branch (another
 * engineer builds it), so each test leaves its testimonies in the database as that form would
 * (tests/e2e/helpers/testimonies.ts) and drives everything a curator does through the pages.
 */

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

test('a curator asks, accepts two fields, applies them with a correction note, and the memorial page cites the testimony', async ({ page, visitor }) => {
  test.setTimeout(180_000);
  const unique = `${Date.now()}`.slice(-6);
  const name = `E2E Testimony Person ${unique}`;
  const slug = `e2e-testimony-person-${unique}`;

  await loginAs(page, 'curator');
  const recordUrl = await createPublishedVictim(page, name);
  const victimId = new URL(recordUrl).pathname.split('/').at(-1)!;
  const testimony = await seedTestimony({
    kind: 'ADDITION',
    victimId,
    proposal: { burialPlace: `Alley of Martyrs, row ${unique}`, occupation: 'Nurse at hospital no. 4', home: 'Not to be accepted' },
    files: [
      { kind: 'DOCUMENT', contentType: 'application/pdf', bytes: PDF },
      { kind: 'PHOTOGRAPH', contentType: 'image/png', bytes: Buffer.from(tinyPng()), rightsHolder: 'The Məmmədov family', mayPublish: true },
    ],
  });

  // A signed-out visitor is refused the queue, the testimony and its files: sent to the sign-in page.
  for (const path of ['/admin/testimonies', `/admin/testimonies/${testimony.id}`]) {
    const response = await visitor.request.get(path, { maxRedirects: 0 });
    expect([302, 303, 307], path).toContain(response.status());
    expect(response.headers().location, path).toMatch(/\/login/);
    expect(await response.text()).not.toContain(E2E_TESTIFIER_EMAIL);
  }

  // The dashboard counts it; the queue lists it, newest first.
  await page.goto('/admin');
  await expect(page.locator('[data-testimonies-new]')).toContainText(/new testimon/);
  await page.getByRole('navigation', { name: 'Curators’ area' }).getByRole('link', { name: 'Testimonies' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Testimonies' })).toBeVisible();
  await expect(page.locator(`[data-testimony="${testimony.reference}"]`)).toContainText(name);
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: testimony.reference }).click();

  // Side by side with the record; the e-mail is shown here, for curators.
  await expect(page.getByRole('heading', { level: 1, name: `Testimony ${testimony.reference}` })).toBeVisible();
  const burialRow = page.locator('tr[data-field="burialPlace"]');
  await expect(burialRow.locator('[data-current]')).toHaveText('not recorded');
  await expect(burialRow.locator('[data-proposed]')).toHaveText(`Alley of Martyrs, row ${unique}`);
  await expect(page.locator('[data-contact-email]')).toHaveText(E2E_TESTIFIER_EMAIL);
  await expectNoAxeViolations(page);

  // The files: for curators only, never cached, never sniffed; a PDF always downloads.
  const fileLinks = page.getByRole('region', { name: 'Files' }).getByRole('link');
  const pdfPath = await fileLinks.filter({ hasText: 'Document 1' }).getAttribute('href');
  const pdf = await page.request.get(pdfPath!);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()).toMatchObject({ 'content-type': 'application/pdf', 'x-content-type-options': 'nosniff' });
  // The admin area's own header policy (proxy.ts) may add max-age=0; no cache may keep it either way.
  expect(pdf.headers()['cache-control']).toMatch(/^private, no-store\b/);
  expect(pdf.headers()['content-disposition']).toMatch(/^attachment; filename="T-[0-9A-Z-]+-1\.pdf"$/);
  const signedOutFile = await visitor.request.get(pdfPath!, { maxRedirects: 0 });
  expect([302, 303, 307]).toContain(signedOutFile.status());
  expect((await signedOutFile.body()).includes(Buffer.from('%PDF'))).toBe(false);

  // A question, then acceptance of two fields (every error at once first: nothing ticked).
  await page.getByLabel('Question to the testifier').fill('Which row of the Alley is it, as the certificate says?');
  await page.getByRole('button', { name: 'Send the question' }).click();
  await expect(page.getByText('The question is sent')).toBeVisible();
  await expect(page.locator('[data-testimony-status]')).toContainText('Waiting for the testifier');
  await expect(page.locator('[data-message-party="CURATOR"]')).toContainText('Which row of the Alley is it');

  await page.getByRole('button', { name: 'Accept the ticked values' }).click();
  await expect(page.getByText('Tick at least one proposed value to accept')).toBeVisible();
  await page.getByLabel('Accept Burial place').check();
  await page.getByLabel('Accept Occupation').check();
  await page.getByRole('button', { name: 'Accept the ticked values' }).click();
  await expect(page.getByText('The testimony is accepted as a source.')).toBeVisible();
  await expect(page.locator('[data-testimony-status]')).toContainText('Accepted');
  await expect(page.locator('[data-history-action]')).toHaveText([/^accept by /, /^ask by /, /^submit by the testifier/]);

  // Nothing public changed yet; the record's edit page says a testimony waits to be applied.
  await visitor.goto(`/en/victims/${slug}`);
  await expect(visitor.getByText(`Alley of Martyrs, row ${unique}`)).toHaveCount(0);
  await page.goto(recordUrl);
  await expect(page.locator('[data-unapplied-testimonies]')).toContainText(`Apply testimony ${testimony.reference}`);
  await page.goto(`/admin/testimonies/${testimony.id}`);
  await page.getByRole('link', { name: 'Open the record with the accepted values' }).click();

  // The form holds the accepted values over the current record, and a citation of the testimony.
  await expect(page.getByRole('note', { name: `Values from testimony ${testimony.reference}` })).toBeVisible();
  await expect(page.getByLabel('Burial place', { exact: true })).toHaveValue(`Alley of Martyrs, row ${unique}`);
  await expect(page.getByLabel('Occupation', { exact: true })).toHaveValue('Nurse at hospital no. 4');
  await expect(page.getByLabel('Home or origin', { exact: true })).toHaveValue('');
  await expect(page.getByLabel('Name in Latin script')).toHaveValue(name);
  await expect(page.getByLabel('Facts it supports 2')).toHaveValue('occupation, burialPlace');
  await expectNoAxeViolations(page);
  await page.getByLabel(/Public note of what this save corrects/).fill('The burial place and occupation added from the family’s testimony.');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Your changes are saved.')).toBeVisible();
  await expect(page.locator('[data-unapplied-testimonies]')).toHaveCount(0);

  // The public page: the values, the testimony cited by the testifier's published name, the note.
  await expect(async () => {
    await visitor.goto(`/en/victims/${slug}`);
    await expect(visitor.getByText(`Alley of Martyrs, row ${unique}`)).toBeVisible();
  }).toPass({ timeout: 30_000 });
  await expect(visitor.locator('[data-testimony-source]')).toHaveText(/^from the testimony of Rauf Məmmədov, \d{4}$/);
  await expect(visitor.getByRole('region', { name: 'Last correction' })).toContainText('The burial place and occupation added from the family’s testimony.');
  const publicHtml = await visitor.content();
  expect(publicHtml).not.toContain(E2E_TESTIFIER_EMAIL);
  expect(publicHtml).not.toContain('Not to be accepted');
  await expectNoAxeViolations(visitor);

  // The family's photograph, which they allowed the memorial to publish, becomes the record's.
  await page.goto(`/admin/testimonies/${testimony.id}`);
  await page.getByLabel('Description for people who cannot see it').fill('Portrait of the person, about 1985');
  await page.getByRole('button', { name: 'Make it the record’s photograph' }).click();
  await expect(page.getByText('The photograph is the record’s photograph now.')).toBeVisible();
  await expect(async () => {
    await visitor.goto(`/en/victims/${slug}`);
    await expect(visitor.getByText('The Məmmədov family')).toBeVisible();
  }).toPass({ timeout: 30_000 });

  // A request to withhold the burial place: decided with the notice, it is gone at once.
  const withhold = await seedTestimony({ kind: 'WITHHOLD', victimId, withholdTarget: 'burialPlace', withholdReason: 'The family asks that the grave stay private.' });
  await page.goto(`/admin/testimonies/${withhold.id}`);
  await expect(page.getByRole('region', { name: 'The request' })).toContainText('burial place');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Withhold, saying “withheld at the family’s request”' }).click();
  await expect(page.getByText('The request is decided')).toBeVisible();
  await expect(async () => {
    await visitor.goto(`/en/victims/${slug}`);
    await expect(visitor.getByText(`Alley of Martyrs, row ${unique}`)).toHaveCount(0);
  }).toPass({ timeout: 30_000 });
  const burial = visitor.locator('dt', { hasText: /^Burial place$/ }).locator('xpath=following-sibling::dd[1]');
  await expect(burial).toHaveText('withheld at the family’s request');
  await visitor.goto(`/az/victims/${slug}`);
  await expect(visitor.locator('[data-withheld]')).toHaveText('ailənin xahişi ilə göstərilmir');
  // The history keeps the value and why: the record's own history names the withholding.
  await page.goto(`/admin/history?entityType=Victim&entityId=${victimId}`);
  await expect(page.getByText(`Alley of Martyrs, row ${unique}`).first()).toBeVisible();
});

test('a new person’s testimony becomes a draft record, never public before a curator publishes it; a decline needs its reason', async ({ page, visitor }) => {
  test.setTimeout(120_000);
  const unique = `${Date.now()}`.slice(-6);
  const name = `E2E New Person ${unique}`;
  const testimony = await seedTestimony({ kind: 'NEW_PERSON', proposal: { nameLatin: name, deathDate: '1990-01-20', burialPlace: 'Not accepted here' } });

  await loginAs(page, 'curator');
  await page.goto(`/admin/testimonies/${testimony.id}`);
  await expect(page.locator('tr[data-field="nameLatin"] [data-current]')).toHaveText('not recorded');
  await expectNoAxeViolations(page);

  // Declining without a reason is refused with the field's own error; nothing changes.
  await page.getByRole('button', { name: 'Decline' }).click();
  const reason = page.getByLabel('Reason for declining');
  await expect(reason).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('The reason is required.')).toBeVisible();
  await expect(page.locator('[data-testimony-status]')).toContainText('New');

  await page.getByRole('button', { name: 'Open the review' }).click();
  await expect(page.locator('[data-testimony-status]')).toContainText('In review');
  await page.getByLabel('Accept Name in Latin script').check();
  await page.getByLabel('Accept Date of death').check();
  await page.getByRole('button', { name: 'Accept the ticked values' }).click();
  await expect(page.locator('[data-testimony-status]')).toContainText('Accepted');
  await page.getByRole('link', { name: 'Open the draft of the new record' }).click();

  await expect(page.getByLabel('Name in Latin script')).toHaveValue(name);
  await expect(page.getByLabel('Date of death', { exact: true })).toHaveValue('1990-01-20');
  await expect(page.getByLabel('Burial place', { exact: true })).toHaveValue('');
  await expect(page.getByLabel('Source 1').locator('option:checked')).toHaveText(/^Testimony: Testimony of Rauf Məmmədov/);
  await expect(page.getByLabel('Facts it supports 1')).toHaveValue('name, deathDate');
  await expect(page.getByText('Draft', { exact: true })).toBeVisible();
  const response = await visitor.goto(`/en/victims/e2e-new-person-${unique}`);
  expect(response?.status()).toBe(404);
});
