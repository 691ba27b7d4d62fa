import { randomBytes } from 'node:crypto';
import type { Page } from '@playwright/test';
import pg from 'pg';
import sharp from 'sharp';
import { DEMO_PRIVACY_NOTICE } from '../../../lib/operator-texts/demo-notice';
import { jpegWithExif, tinyPdf } from '../../helpers/image-fixtures';
import { expectNoAxeViolations } from '../helpers/axe';
import { VICTIM } from '../helpers/public-pages';
import { expect, test } from '../helpers/test';
import { expectInert, PAYLOADS, watchForDialogs, withPayloads } from '../helpers/xss';

/** axe runs as a script in the page, so it checks the pages with JavaScript on; the same pages without it are the same HTML. */

/**
 * A family's correction from the memorial page to the private status page, with JavaScript on and
 * off: a refused form comes back filled in with every problem; a photograph (with EXIF) and a PDF
 * are sent; the status page shows the reference and the state; a curator's question is answered; the
 * testimony is withdrawn and its personal data goes. The public e2e database is seeded with the demo
 * (.e2e-prep.ts, demoCurator), whose placeholder consent statements open the form.
 *
 * The curators' side (their question) is another piece of work: the question is written here
 * straight into the database, as a curator's "ask" leaves it (status NEEDS_INFORMATION, a CURATOR message).
 */

async function withDatabase<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

type StoredFile = { position: number; kind: string; contentType: string; data: Buffer };

async function storedTestimony(reference: string): Promise<{ id: string; contactEmail: string | null; files: StoredFile[] }> {
  return withDatabase(async (client) => {
    const testimony = await client.query<{ id: string; contactEmail: string | null }>('SELECT "id", "contactEmail" FROM "Testimony" WHERE "reference" = $1', [reference]);
    const row = testimony.rows[0];
    if (!row) throw new Error(`no testimony ${reference}`);
    const files = await client.query<StoredFile>('SELECT "position", "kind"::text AS "kind", "contentType", "data" FROM "TestimonyFile" WHERE "testimonyId" = $1 ORDER BY "position"', [row.id]);
    return { ...row, files: files.rows };
  });
}

/** What a curator's "ask" leaves: the question, and the testimony waiting for the testifier (its version moved on). */
async function askAsCurator(id: string, question: string): Promise<void> {
  await withDatabase(async (client) => {
    await client.query('BEGIN');
    await client.query(`UPDATE "Testimony" SET "status" = 'NEEDS_INFORMATION', "version" = "version" + 1, "updatedAt" = now() WHERE "id" = $1`, [id]);
    await client.query(`INSERT INTO "TestimonyMessage" ("id", "testimonyId", "party", "body", "createdAt") VALUES ($1, $2, 'CURATOR', $3, now())`, [`q${randomBytes(12).toString('hex')}`, id, question]);
    await client.query('COMMIT');
  });
}

function fileOf(name: string, mimeType: string, bytes: Uint8Array) {
  return { name, mimeType, buffer: Buffer.from(bytes) };
}

async function expectNoEmailIn(page: Page, email: string, paths: string[]): Promise<void> {
  for (const path of paths) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBeLessThan(400);
    expect(await response.text(), `${path} shows the contact address`).not.toContain(email);
  }
}

for (const javaScript of [true, false]) {
  test.describe(`the testimony form with JavaScript ${javaScript ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled: javaScript });

    test('a correction with a photograph and a PDF: refused with every problem kept, sent, answered, withdrawn', async ({ page }) => {
      test.setTimeout(180_000);
      watchForDialogs(page);
      const email = `family-${javaScript ? 'js' : 'nojs'}-${randomBytes(4).toString('hex')}@example.org`;
      const photo = fileOf('family-photo.jpg', 'image/jpeg', await jpegWithExif());
      const pdf = fileOf('certificate.pdf', 'application/pdf', tinyPdf());

      // From the memorial page, the record preselected.
      await page.goto(`/en/victims/${VICTIM.slug}`);
      await page.getByRole('link', { name: `Do you know more about ${VICTIM.name}?` }).click();
      await expect(page).toHaveURL(`/en/testimony?victim=${VICTIM.slug}`);
      await expect(page.getByLabel(`About ${VICTIM.name}`)).toHaveValue(VICTIM.slug);
      await expect(page.getByLabel('Add to or correct an existing record')).toBeChecked();
      // The operator's words, exactly, and their privacy notice.
      await expect(page.locator('[data-consent-text]')).toHaveText([DEMO_PRIVACY_NOTICE.consentShareEn, DEMO_PRIVACY_NOTICE.consentContactEn, DEMO_PRIVACY_NOTICE.consentPhotographsEn]);
      await expect(page.locator('a[data-privacy-link]')).toHaveAttribute('href', '/en/privacy');
      if (javaScript) await expectNoAxeViolations(page);

      // A first try with mistakes: a date in words, a publishable photograph without its holder or consent, no share consent.
      const circumstances = withPayloads('Shot on Tbilisi avenue.', 4000);
      for (const label of ['Name in Latin script', 'Name in Cyrillic script', 'Name in its Russian form', 'Place of birth', 'Place of death', 'Home or origin', 'Occupation']) {
        await page.getByLabel(label).fill(withPayloads(label, 200));
      }
      await page.getByLabel('About their life').fill(withPayloads('A life.', 20000));
      await page.getByLabel('Date of birth').fill('14.05.1969');
      await page.getByLabel('Other spellings or names').fill(PAYLOADS.join('\n'));
      await page.getByLabel('Circumstances').fill(circumstances);
      await page.getByLabel('Burial place').fill(PAYLOADS[1]!);
      await page.getByLabel('Who was the person to you? (required)').fill(PAYLOADS[0]!);
      await page.getByLabel('What do you know it from?').fill(withPayloads('His death certificate.', 4000));
      await page.getByLabel('File 1', { exact: true }).setInputFiles(photo);
      await page.getByLabel('File 2', { exact: true }).setInputFiles(pdf);
      await page.locator('#testimony-file1MayPublish').check();
      await page.getByLabel('Your name').fill(PAYLOADS[2]!);
      await page.getByLabel('Your e-mail address (optional)').fill(email);
      await page.getByRole('button', { name: 'Send the testimony' }).click();

      // With script the page stays as it is, files chosen included; without, the kept form comes back.
      if (javaScript) await expect(page).toHaveURL(`/en/testimony?victim=${VICTIM.slug}`);
      else await expect(page).toHaveURL(/\/en\/testimony\?retry=[A-Za-z0-9_-]{43}$/);
      const problems = page.locator('[data-testimony-problems]');
      await expect(problems).toBeVisible();
      await expect(problems).toContainText('5 things to correct');
      await expect(page.locator('[data-problems-for="birthDate"]')).toHaveText('Write the date as a year (1969), a month (1969-05) or a day (1969-05-14).');
      await expect(page.locator('[data-problems-for="consentShare"]')).toContainText('the memorial can only take a testimony you agree to share');
      await expect(page.locator('[data-problems-for="consentContact"]')).toContainText('You gave an e-mail address');
      await expect(page.locator('[data-problems-for="file1RightsHolder"]')).toContainText('who holds the rights');
      await expect(page.locator('[data-problems-for="consentPhotographs"]')).toContainText('You let the memorial publish a photograph');
      if (!javaScript) await expect(page.locator('[data-choose-again]')).toContainText('family-photo.jpg, certificate.pdf');
      await expect(page.locator('#testimony-birthDate')).toHaveAttribute('aria-invalid', 'true');
      // Everything typed is back, as text.
      await expect(page.getByLabel('Date of birth')).toHaveValue('14.05.1969');
      await expect(page.getByLabel('Circumstances')).toHaveValue(circumstances);
      await expect(page.getByLabel('Your e-mail address (optional)')).toHaveValue(email);
      await expect(page.locator('#testimony-file1MayPublish')).toBeChecked();
      await expect(page.getByLabel(`About ${VICTIM.name}`)).toHaveValue(VICTIM.slug);
      await expectInert(page);
      if (javaScript) await expectNoAxeViolations(page);

      // Corrected and sent, the files chosen again.
      await page.getByLabel('Date of birth').fill('1969-05');
      await page.getByLabel('Who holds the rights to this photograph?').first().fill('Our family');
      if (!javaScript) {
        await page.getByLabel('File 1', { exact: true }).setInputFiles(photo);
        await page.getByLabel('File 2', { exact: true }).setInputFiles(pdf);
      }
      await page.locator('#testimony-consentShare').check();
      await page.locator('#testimony-consentContact').check();
      await page.locator('#testimony-consentPhotographs').check();
      await page.getByRole('button', { name: 'Send the testimony' }).click();

      await expect(page).toHaveURL(/\/en\/testimony\/status\/[a-z0-9]+\.[A-Za-z0-9_-]{43}$/);
      const statusPath = new URL(page.url()).pathname;
      const reference = (await page.locator('[data-testimony-reference]').textContent()) ?? '';
      expect(reference).toMatch(/^T-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Your testimony ${reference}`);
      await expect(page.getByText('Keep this address: it is the only way to see your testimony’s state unless you gave an e-mail address.', { exact: false })).toBeVisible();
      await expect(page.locator('[data-testimony-state]')).toHaveText('Received. Curators have not yet begun to review it.');
      await expect(page.locator('[data-testimony-email]')).toHaveText('An e-mail address was given (it is never shown).');
      await expect(page.locator('[data-testimony-files] li')).toHaveText([/^1\. Photograph, .*, may be published$/, /^2\. Document, /]);
      await expect(page.locator('[data-testimony-content]')).toContainText(circumstances);
      await expect(page.locator('[data-testimony-content] dd', { hasText: VICTIM.name })).toHaveCount(1);
      await expectInert(page);
      if (javaScript) await expectNoAxeViolations(page);

      const answer = await page.request.get(statusPath);
      expect(answer.headers()['cache-control']).toBe('private, no-store');
      expect(answer.headers()['referrer-policy']).toBe('no-referrer');
      expect(await answer.text()).not.toContain(email);

      // The stored photograph lost its EXIF; the PDF is kept as sent.
      const stored = await storedTestimony(reference);
      expect(stored.contactEmail).toBe(email);
      expect(stored.files.map((file) => [file.position, file.kind, file.contentType])).toEqual([
        [1, 'PHOTOGRAPH', 'image/jpeg'],
        [2, 'DOCUMENT', 'application/pdf'],
      ]);
      expect(stored.files[0]!.data.includes('PhoneMaker')).toBe(false);
      expect((await sharp(stored.files[0]!.data).metadata()).exif).toBeUndefined();
      expect(stored.files[1]!.data.equals(Buffer.from(tinyPdf()))).toBe(true);

      // A curator's question, answered on the status page.
      await askAsCurator(stored.id, withPayloads('Which cemetery?', 400));
      await page.goto(statusPath);
      await expect(page.locator('[data-testimony-state]')).toHaveText(/^More information needed\./);
      await expect(page.locator('[data-testimony-message="CURATOR"]')).toContainText('Which cemetery?');
      const reply = withPayloads('The Alley of Martyrs.', 4000);
      await page.getByLabel('Your answer').fill(reply);
      await page.getByRole('button', { name: 'Send my answer' }).click();
      await expect(page.locator('[data-status-result="answered"]')).toHaveText('Thank you: your answer has been sent to the curators.');
      await expect(page.locator('[data-testimony-state]')).toHaveText(/^In review\./);
      await expect(page.locator('[data-testimony-message="TESTIFIER"]')).toContainText(reply);
      await expectInert(page);

      // The contact address is in no public answer.
      const victimUrl = new URL(`/en/victims/${VICTIM.slug}`, page.url()).href;
      await expectNoEmailIn(page, email, [
        statusPath,
        `/en/victims/${VICTIM.slug}`,
        `/en/testimony?victim=${VICTIM.slug}`,
        `/en/victims?q=${encodeURIComponent(VICTIM.name)}`,
        `/api/oembed?url=${encodeURIComponent(victimUrl)}&format=json`,
        '/feeds/names.xml',
        '/export/memorial.json',
        '/export/memorial.csv',
      ]);

      // Withdrawn: the contact address and the files are gone at once.
      await page.getByLabel('I want to withdraw my testimony').check();
      await page.getByRole('button', { name: 'Withdraw' }).click();
      await expect(page.locator('[data-status-result="withdrawn"]')).toHaveText('Your testimony has been withdrawn, and its personal data deleted.');
      await expect(page.locator('[data-testimony-state]')).toHaveText(/^Withdrawn\./);
      await expect(page.locator('[data-testimony-email]')).toHaveText('None');
      await expect(page.locator('[data-testimony-files]')).toHaveText('Deleted');
      await expect(page.getByRole('button', { name: 'Withdraw' })).toHaveCount(0);
      const withdrawn = await storedTestimony(reference);
      expect(withdrawn.contactEmail).toBeNull();
      expect(withdrawn.files).toEqual([]);
      if (javaScript) await expectNoAxeViolations(page);
    });
  });
}

for (const locale of ['az', 'ru'] as const) {
  test(`/${locale}/testimony opens in its language, with the operator's words in it`, async ({ page }) => {
    const response = await page.goto(`/${locale}/testimony?victim=${VICTIM.slug}`);
    // The same for every visitor: shared caches keep it briefly, under the tags of what it shows.
    expect(response?.headers()['cache-control']).toContain('s-maxage=60');
    expect(response?.headers()['xkey']).toContain('operator-texts');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    const suffix = locale === 'az' ? 'Az' : 'Ru';
    await expect(page.locator('[data-consent-text]')).toHaveText([
      DEMO_PRIVACY_NOTICE[`consentShare${suffix}`],
      DEMO_PRIVACY_NOTICE[`consentContact${suffix}`],
      DEMO_PRIVACY_NOTICE[`consentPhotographs${suffix}`],
    ]);
    await expect(page.locator('a[data-privacy-link]')).toHaveAttribute('href', `/${locale}/privacy`);
    await expect(page.locator('#testimony-victim')).toHaveValue(VICTIM.slug);
    await expectNoAxeViolations(page);
  });
}

test('a forged status address is the site’s 404', async ({ page }) => {
  const response = await page.goto(`/en/testimony/status/abc123.${'A'.repeat(43)}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
