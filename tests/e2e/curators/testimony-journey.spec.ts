import { randomBytes } from 'node:crypto';
import type { Page } from '@playwright/test';
import { jpegWithExif, tinyPdf } from '../../helpers/image-fixtures';
import { expectNoAxeViolations } from '../helpers/axe';
import { expect, test } from '../helpers/browsers';
import { loginAs } from '../helpers/login';
import { mailTo, waitForMail } from '../helpers/mailbox';
import { createPublishedVictim } from '../helpers/records';
import { expectInert, watchForDialogs, withPayloads } from '../helpers/xss';

/**
 * A family's testimony from the memorial page to the corrected record, through every real part: the
 * public form and the status page in a browser WITHOUT JavaScript (the family), the curators' pages
 * with it, the e-mail through the run's SMTP server (tests/e2e/helpers/mailbox.ts), the public page and
 * the feed of corrected names. The form's own rules (every problem, files re-encoded, the typing kept)
 * are tests/e2e/public/testimony-form.spec.ts; the curators' decisions in detail are testimonies-admin.spec.ts.
 */

const CURATOR_EMAIL = 'curator@example.org';

function uniqueSuffix(): string {
  return `${Date.now()}`.slice(-6) + randomBytes(2).toString('hex');
}

/** The testimony's id, from its status address (the id and its HMAC). */
function testimonyIdOf(statusPath: string): string {
  return statusPath.split('/').at(-1)!.split('.')[0]!;
}

async function fillTestifier(page: Page, email: string): Promise<void> {
  await page.getByLabel('Who was the person to you? (required)').fill('Her nephew');
  await page.getByLabel('What do you know it from?').fill('The family’s papers and her burial certificate.');
  await page.getByLabel('Your name').fill('Elçin Quliyev');
  await page.getByLabel('My name may be published as the contributor of this testimony').check();
  await page.getByLabel('Your e-mail address (optional)').fill(email);
  await page.locator('#testimony-consentShare').check();
  await page.locator('#testimony-consentContact').check();
}

async function sendAndReadReference(page: Page): Promise<{ statusPath: string; reference: string }> {
  await page.getByRole('button', { name: 'Send the testimony' }).click();
  await expect(page).toHaveURL(/\/en\/testimony\/status\/[a-z0-9]+\.[A-Za-z0-9_-]{43}$/);
  const reference = (await page.locator('[data-testimony-reference]').textContent()) ?? '';
  expect(reference).toMatch(/^T-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  return { statusPath: new URL(page.url()).pathname, reference };
}

test('a family’s correction, without JavaScript, reaches the public page through the curators, with a message at each step', async ({ page, anotherBrowser, visitor }) => {
  test.setTimeout(240_000);
  const unique = uniqueSuffix();
  const name = `E2E Journey Person ${unique}`;
  const slug = `e2e-journey-person-${unique}`;
  const email = `family-journey-${unique}@families.test`;
  const since = Date.now();

  await loginAs(page, 'curator');
  await createPublishedVictim(page, name);

  // The family, JavaScript off: from the memorial page to the form, the record preselected.
  const family = await anotherBrowser({ javaScriptEnabled: false });
  await family.goto(`/en/victims/${slug}`);
  await family.getByRole('link', { name: `Do you know more about ${name}?` }).click();
  await expect(family).toHaveURL(`/en/testimony?victim=${slug}`);
  await expect(family.getByLabel('Add to or correct an existing record')).toBeChecked();
  await family.getByLabel('Burial place').fill(`Alley of Martyrs, row ${unique}`);
  await family.getByLabel('Occupation').fill('Teacher at school no. 6');
  await family.getByLabel('Home or origin').fill('A value the curators will not accept');
  await family.getByLabel('File 1', { exact: true }).setInputFiles({ name: 'portrait.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(await jpegWithExif()) });
  await family.getByLabel('Who holds the rights to this photograph?').first().fill('The Quliyev family');
  await family.getByLabel('File 2', { exact: true }).setInputFiles({ name: 'burial-certificate.pdf', mimeType: 'application/pdf', buffer: Buffer.from(tinyPdf()) });
  await fillTestifier(family, email);
  const { statusPath, reference } = await sendAndReadReference(family);
  await expect(family.locator('[data-testimony-state]')).toHaveText('Received. Curators have not yet begun to review it.');
  const id = testimonyIdOf(statusPath);

  // The family's acknowledgement carries the reference and the private address; the curators hear of it.
  const received = await waitForMail({ to: email, subjectIncludes: `${reference} has been received`, since });
  expect(received.text).toContain(statusPath);
  const notice = await waitForMail({ to: CURATOR_EMAIL, subjectIncludes: `New testimony ${reference}`, since });
  expect(notice.text).toContain(`/admin/testimonies/${id}`);
  expect(notice.text).not.toContain(email);

  // A curator asks a question.
  await page.goto(`/admin/testimonies/${id}`);
  await expect(page.locator('tr[data-field="burialPlace"] [data-proposed]')).toHaveText(`Alley of Martyrs, row ${unique}`);
  // The PDF the family sent, as sent, to curators only, named by the reference and the form's slot.
  const pdfLink = page.getByRole('region', { name: 'Files' }).getByRole('link').filter({ hasText: 'Document 2' });
  const pdf = await page.request.get((await pdfLink.getAttribute('href'))!);
  expect(pdf.headers()['content-disposition']).toBe(`attachment; filename="${reference}-2.pdf"`);
  expect(Buffer.from(await pdf.body()).equals(Buffer.from(tinyPdf()))).toBe(true);
  await page.getByLabel('Question to the testifier').fill('Which row of the Alley does the certificate give?');
  await page.getByRole('button', { name: 'Send the question' }).click();
  await expect(page.locator('[data-testimony-status]')).toContainText('Waiting for the testifier');
  const question = await waitForMail({ to: email, subjectIncludes: `${reference}: more information is needed`, since });
  expect(question.text).toContain('Which row of the Alley does the certificate give?');
  expect(question.text).toContain(statusPath);

  // The family answers on the status page, still without JavaScript; the curators hear of it.
  await family.goto(statusPath);
  await expect(family.locator('[data-testimony-message="CURATOR"]')).toContainText('Which row of the Alley');
  await family.getByLabel('Your answer').fill(`Row ${unique}, as the certificate says.`);
  await family.getByRole('button', { name: 'Send my answer' }).click();
  await expect(family.locator('[data-testimony-state]')).toHaveText(/^In review\./);
  await waitForMail({ to: email, subjectIncludes: `${reference}: your answer has been received`, since });
  await waitForMail({ to: CURATOR_EMAIL, subjectIncludes: `Testimony ${reference}: the testifier answered`, since });

  // The curator accepts two of the three values into a draft: nothing public changes yet.
  await page.goto(`/admin/testimonies/${id}`);
  await expect(page.locator('[data-message-party="TESTIFIER"]')).toContainText(`Row ${unique}`);
  await page.getByLabel('Accept Burial place').check();
  await page.getByLabel('Accept Occupation').check();
  await page.getByRole('button', { name: 'Accept the ticked values' }).click();
  await expect(page.locator('[data-testimony-status]')).toContainText('Accepted');
  const accepted = await waitForMail({ to: email, subjectIncludes: `${reference} has been accepted`, since });
  expect(accepted.text).toContain(statusPath);
  await visitor.goto(`/en/victims/${slug}`);
  await expect(visitor.getByText(`Alley of Martyrs, row ${unique}`)).toHaveCount(0);

  // …and publishes them with the record's ordinary save and a public correction note.
  await page.getByRole('link', { name: 'Open the record with the accepted values' }).click();
  await expect(page.getByLabel('Burial place', { exact: true })).toHaveValue(`Alley of Martyrs, row ${unique}`);
  await expect(page.getByLabel('Home or origin', { exact: true })).toHaveValue('');
  const note = `Burial place and occupation added from a family’s testimony (${unique}).`;
  await page.getByLabel(/Public note of what this save corrects/).fill(note);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Your changes are saved.')).toBeVisible();

  // The public page, without JavaScript too: the values, the testimony cited by its contributor, the note.
  const reader = await anotherBrowser({ javaScriptEnabled: false });
  await expect(async () => {
    await reader.goto(`/en/victims/${slug}`);
    await expect(reader.getByText(`Alley of Martyrs, row ${unique}`)).toBeVisible();
  }).toPass({ timeout: 30_000 });
  await expect(reader.getByText('Teacher at school no. 6')).toBeVisible();
  await expect(reader.locator('[data-testimony-source]').first()).toHaveText(/^from the testimony of Elçin Quliyev, \d{4}$/);
  await expect(reader.getByRole('region', { name: 'Last correction' })).toContainText(note);
  const publicHtml = await reader.content();
  expect(publicHtml).not.toContain(email);
  expect(publicHtml).not.toContain('A value the curators will not accept');

  // The feed of new and corrected names lists the correction.
  await expect(async () => {
    const feed = await reader.request.get('/feeds/names.xml');
    expect(await feed.text()).toContain(note);
  }).toPass({ timeout: 30_000 });

  // The family's page says accepted; every message they were sent went to their address only.
  await family.goto(statusPath);
  await expect(family.locator('[data-testimony-state]')).toHaveText(/^Accepted\./);
  const theirs = (await mailTo(email)).filter((message) => message.subject.includes(reference)).map((message) => message.subject);
  expect(theirs).toEqual([
    `Your testimony ${reference} has been received`,
    `Your testimony ${reference}: more information is needed`,
    `Your testimony ${reference}: your answer has been received`,
    `Your testimony ${reference} has been accepted`,
  ]);
});

test('a family’s request to withhold a detail hides it with the notice; a withdrawn testimony loses its contact data at once', async ({ page, anotherBrowser }) => {
  test.setTimeout(180_000);
  const unique = uniqueSuffix();
  const name = `E2E Withheld Person ${unique}`;
  const slug = `e2e-withheld-person-${unique}`;
  const since = Date.now();

  await loginAs(page, 'curator');
  await createPublishedVictim(page, name, { 'Place of birth': `Village ${unique}` });

  // The request, sent with JavaScript on (the form posts with fetch and lands on the status page).
  const family = await anotherBrowser();
  await family.goto(`/en/testimony?victim=${slug}`);
  await family.getByLabel('Ask that a detail, the photograph or a whole record be withheld').check();
  await family.getByLabel('What should be withheld').selectOption('birthPlace');
  // What a visitor types reaches the curators' page as text only: the XSS corpus in the request's own words.
  await family.getByLabel('Why should it be withheld?').fill(withPayloads('The family does not want the village named.', 2000));
  const withholdEmail = `family-withhold-${unique}@families.test`;
  await fillTestifier(family, withholdEmail);
  await family.getByLabel('Who was the person to you? (required)').fill(withPayloads('Her nephew', 300));
  await expectNoAxeViolations(family);
  const request = await sendAndReadReference(family);

  watchForDialogs(page);
  await page.goto(`/admin/testimonies/${testimonyIdOf(request.statusPath)}`);
  await expect(page.getByRole('region', { name: 'The request' })).toContainText('The family does not want the village named.');
  await expectInert(page);
  await page.getByRole('button', { name: 'Withhold, saying “withheld at the family’s request”' }).click();
  await expect(page.getByText('The request is decided')).toBeVisible();
  const reader = await anotherBrowser({ javaScriptEnabled: false });
  await expect(async () => {
    await reader.goto(`/en/victims/${slug}`);
    await expect(reader.getByText(`Village ${unique}`)).toHaveCount(0);
  }).toPass({ timeout: 30_000 });
  await expect(reader.locator('dt', { hasText: /^Place of birth$/ }).locator('xpath=following-sibling::dd[1]')).toHaveText('withheld at the family’s request');
  await waitForMail({ to: withholdEmail, subjectIncludes: `${request.reference} has been accepted`, since });

  // Another testimony, withdrawn from its status page: its e-mail and files are gone at once, and the
  // curators see that nothing is kept.
  await family.goto(`/en/testimony?victim=${slug}`);
  await family.getByLabel('Occupation').fill('Engineer');
  await family.getByLabel('File 1', { exact: true }).setInputFiles({ name: 'letter.pdf', mimeType: 'application/pdf', buffer: Buffer.from(tinyPdf()) });
  const withdrawEmail = `family-withdraw-${unique}@families.test`;
  await fillTestifier(family, withdrawEmail);
  const withdrawn = await sendAndReadReference(family);
  await waitForMail({ to: withdrawEmail, subjectIncludes: `${withdrawn.reference} has been received`, since });
  await family.getByLabel('I want to withdraw my testimony').check();
  await family.getByRole('button', { name: 'Withdraw' }).click();
  await expect(family.locator('[data-testimony-state]')).toHaveText(/^Withdrawn\./);
  await expect(family.locator('[data-testimony-email]')).toHaveText('None');
  const confirmation = await waitForMail({ to: withdrawEmail, subjectIncludes: `${withdrawn.reference} has been withdrawn`, since });
  expect(confirmation.text).toContain('this is the last message about it');

  await page.goto(`/admin/testimonies/${testimonyIdOf(withdrawn.statusPath)}`);
  await expect(page.locator('[data-testimony-status]')).toContainText('Withdrawn');
  await expect(page.locator('body')).not.toContainText(withdrawEmail);
  await expect(page.locator('[data-contact-email]')).toHaveCount(0);
});
