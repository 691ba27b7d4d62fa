import { type Page } from '@playwright/test';
import { expect, test } from '../helpers/test';
import { loginAs } from '../helpers/login';
import { ALL_PAYLOADS, expectInert, expectInertOn, PAYLOAD_MARKDOWN, PAYLOAD_URL, PAYLOADS, watchForDialogs, withPayloads } from '../helpers/xss';

/**
 * The victims' test (xss.spec.ts) for every other kind of record: a curator creates and publishes
 * one record of each kind with script payloads in every text field, and the admin form, edit page,
 * list, history and every public page that shows the record render the payloads as inert words.
 * Each test creates what it needs under names unique to the run.
 */

/** A suffix unique to this run, for names, addresses and keys. */
function uniqueSuffix(): string {
  return `${Date.now()}`.slice(-7);
}

/** Saves the new record as a draft; returns its id from the edit page's address. */
async function saveDraft(page: Page, kind: string): Promise<string> {
  await page.getByRole('button', { name: 'Save as draft' }).click();
  await expect(page.getByText('Saved as a draft. It is not public until you publish it.')).toBeVisible();
  await expectInert(page);
  // The message can show before the address bar has followed the redirect.
  const editPage = new RegExp(`/admin/${kind}/([a-z0-9]+)\\?saved=created$`);
  await expect(page).toHaveURL(editPage);
  return editPage.exec(page.url())![1]!;
}

/** Publishes the record whose edit page is open. */
async function publish(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(page.getByText('Published: the record is on the public site now.')).toBeVisible();
  await expectInert(page);
}

/** The admin pages of one record: its list (searched), edit page and history. */
function adminPages(kind: string, entityType: string, id: string, search: string): string[] {
  return [`/admin/${kind}?q=${encodeURIComponent(search)}`, `/admin/${kind}/${id}`, `/admin/history?entityType=${entityType}&entityId=${id}`];
}

/** The record's row in its admin list, found by a search, shows `text` as words. */
async function expectListed(page: Page, kind: string, search: string, text: string): Promise<void> {
  await page.goto(`/admin/${kind}?q=${encodeURIComponent(search)}`);
  await expect(page.locator('main')).toContainText(text);
}

/** Asks for the Markdown preview: it renders inert, and the form keeps the typed title. */
async function preview(page: Page, button: string, region: string, title: string): Promise<void> {
  await page.getByRole('button', { name: button }).click();
  await expect(page.getByRole('region', { name: region })).toBeVisible();
  await expectInert(page);
  await expect(page.getByLabel(/^Title/)).toHaveValue(title);
}

/** Creates a release through its form, draft then published; returns its id. */
async function createRelease(
  page: Page,
  fields: { title: string; editorial?: boolean; issuerId?: string; slug: string; format: 'MARKDOWN' | 'PLAIN_TEXT'; body: string; anniversaryYear?: string },
): Promise<string> {
  await page.goto('/admin/releases/new');
  await page.getByLabel(/^Title/).fill(fields.title);
  if (fields.editorial) await page.getByLabel(/^The release prints no title/).check();
  if (fields.issuerId) await page.getByLabel(/^Issuer/).selectOption(fields.issuerId);
  else await page.getByLabel(/^Issuer/).selectOption({ label: 'Not named in the text' });
  await page.getByLabel('Date of issue').fill('2020-01-20');
  await page.getByLabel('Place', { exact: true }).fill(withPayloads('Baku', 200));
  await page.getByLabel(/^Language/).fill('en');
  await page.getByLabel('Reference number').fill(PAYLOADS[2]!);
  await page.getByLabel('Format of the text').selectOption(fields.format);
  await page.getByLabel('Text of the release').fill(fields.body);
  await page.getByLabel('Anniversary year').fill(fields.anniversaryYear ?? '');
  await page.getByLabel('Address', { exact: true }).fill(fields.slug);
  await page.getByLabel('Archive note').fill(ALL_PAYLOADS);

  await preview(page, 'Preview the text', 'Preview of the text', fields.title);

  const id = await saveDraft(page, 'releases');
  await publish(page);
  return id;
}

// A wrong label fails in seconds rather than at the test's timeout.
test.use({ actionTimeout: 15_000 });

test.beforeEach(async ({ page }) => {
  watchForDialogs(page);
  await loginAs(page, 'curator');
});

test('script in every text field of an issuer and its release renders inert on the public and admin pages', async ({ page }) => {
  test.setTimeout(180_000);
  const unique = uniqueSuffix();
  const issuerName = withPayloads(`XSS issuer ${unique}`, 300);
  const issuerSlug = `xss-issuer-${unique}`;

  await page.goto('/admin/organizations/new');
  await page.getByLabel(/^Name/).fill(issuerName);
  await page.getByLabel(/^Kind/).selectOption({ index: 1 });
  await page.getByLabel('Address', { exact: true }).fill(issuerSlug);
  await page.getByLabel('Country').fill(PAYLOADS[0]!);
  await page.getByLabel('City').fill(PAYLOADS[1]!);
  await page.getByLabel('Postal address').fill(ALL_PAYLOADS);
  await page.getByLabel('Website').fill(PAYLOAD_URL);
  const issuerId = await saveDraft(page, 'organizations');
  await publish(page);

  const title = withPayloads(`XSS release ${unique}`, 500);
  const slug = `xss-release-${unique}`;
  const releaseId = await createRelease(page, {
    title,
    issuerId,
    slug,
    format: 'MARKDOWN',
    body: `Release ${unique} in **Markdown**.\n\n${PAYLOAD_MARKDOWN}`,
    anniversaryYear: '2020',
  });

  await expectInertOn(page, [
    ...adminPages('organizations', 'Organization', issuerId, `XSS issuer ${unique}`),
    ...adminPages('releases', 'Release', releaseId, `XSS release ${unique}`),
    '/admin/history',
    '/admin',
    '/en/releases',
    `/en/releases?issuer=${issuerSlug}`,
    '/en/releases?year=2020',
    '/en/anniversaries',
    '/en/anniversaries/2020',
    '/en/issuers',
    `/en/issuers/${issuerSlug}`,
    `/en/releases/${slug}`,
  ]);
  // On the release's page every plain-text field is there as words.
  const main = page.locator('main');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(main).toContainText(issuerName);
  await expect(main).toContainText(PAYLOADS[2]!);
  await expect(main).toContainText(ALL_PAYLOADS);
  await expect(main).toContainText(`Release ${unique} in Markdown.`);
  // Its structured data carries the title as data, with no "</script>" that could close it.
  const jsonLd = (await main.locator('script[type="application/ld+json"]').first().textContent()) ?? '';
  expect(jsonLd).not.toMatch(/<\/script/i);
  expect(JSON.stringify(JSON.parse(jsonLd))).toContain(PAYLOADS[0]!);
  // The issuer's website is a link whose address is the typed text, attribute and all.
  await expect(main.locator('a[href^="https://example.org/"]').first()).toHaveAttribute('href', PAYLOAD_URL);
  await page.goto(`/en/releases?issuer=${issuerSlug}`);
  await expect(page.getByRole('link', { name: title })).toBeVisible();
  await expectListed(page, 'organizations', `XSS issuer ${unique}`, issuerName);
  // The issuer's history shows the typed values as words.
  await page.goto(`/admin/history?entityType=Organization&entityId=${issuerId}`);
  await expect(page.locator('main')).toContainText(PAYLOADS[1]!);
});

test('script in every text field of an external source and an event citing it renders inert on the public and admin pages', async ({ page }) => {
  test.setTimeout(180_000);
  const unique = uniqueSuffix();
  const sourceTitle = withPayloads(`XSS source ${unique}`, 500);

  await page.goto('/admin/sources/new');
  await page.getByLabel(/^Title/).fill(sourceTitle);
  await page.getByLabel('Key', { exact: true }).fill(`xss-source-${unique}`);
  await page.getByLabel('Author').fill(PAYLOADS[1]!);
  await page.getByLabel('Publisher').fill(PAYLOADS[3]!);
  await page.getByLabel('Year, month or day').fill('1990');
  await page.getByLabel('Details').fill(ALL_PAYLOADS);
  await page.getByLabel('Address of the document').fill(PAYLOAD_URL);
  await page.getByLabel('Quoted at').fill(`${PAYLOAD_URL}&quoted`);
  const sourceId = await saveDraft(page, 'sources');
  await publish(page);

  const eventTitle = withPayloads(`XSS event ${unique}`, 300);
  const eventSlug = `xss-event-${unique}`;
  await page.goto('/admin/events/new');
  await page.getByLabel(/^Title/).fill(eventTitle);
  await page.getByLabel('Address', { exact: true }).fill(eventSlug);
  await page.getByLabel(/^Date/).fill('1990-01-20');
  await page.getByLabel('Time (Baku)').fill('23:59');
  await page.getByLabel('Place', { exact: true }).fill(withPayloads('Baku', 200));
  await page.getByLabel('Description (Markdown)').fill(`Event ${unique} in **Markdown**.\n\n${PAYLOAD_MARKDOWN}`);
  const sourceOption = page.getByLabel('Source 1').locator('option', { hasText: `XSS source ${unique}` });
  await page.getByLabel('Source 1').selectOption((await sourceOption.getAttribute('value'))!);
  await page.getByLabel('The source’s words 1').fill(ALL_PAYLOADS);
  await page.getByLabel('Page 1').fill(PAYLOADS[1]!);

  await preview(page, 'Preview the description', 'Preview of the description', eventTitle);
  const eventId = await saveDraft(page, 'events');
  await publish(page);

  await expectInertOn(page, [
    ...adminPages('sources', 'Source', sourceId, `XSS source ${unique}`),
    ...adminPages('events', 'Event', eventId, `XSS event ${unique}`),
    '/admin/history',
    '/admin',
    '/en',
    '/en/anniversaries/2020',
    '/en/timeline',
  ]);
  // The timeline shows the event's fields, its citation and its source as words.
  const main = page.locator('main');
  await expect(main).toContainText(eventTitle);
  await expect(main).toContainText(`Event ${unique} in Markdown.`);
  await expect(main).toContainText(ALL_PAYLOADS);
  await expect(main).toContainText(sourceTitle);
  await expectListed(page, 'sources', `XSS source ${unique}`, sourceTitle);
  await expectListed(page, 'events', `XSS event ${unique}`, eventTitle);
});

test('script in every text field of a figure renders inert on the public and admin pages', async ({ page }) => {
  test.setTimeout(180_000);
  const unique = uniqueSuffix();
  // The figure quotes a release of its own, given as plain text, word for word: the quote must occur in it.
  const releaseTitle = `[XSS figure source ${unique} ${PAYLOADS[1]}]`;
  const quote = PAYLOADS.slice(0, 4).join(' ');
  await createRelease(page, {
    title: releaseTitle,
    editorial: true,
    slug: `xss-figure-release-${unique}`,
    format: 'PLAIN_TEXT',
    body: `Figure source ${unique}.\n${PAYLOADS.join('\n')}`,
  });

  await page.goto('/admin/figures/new');
  const sourceOption = page.getByLabel(/^Source/).locator('option', { hasText: `XSS figure source ${unique}` });
  await page.getByLabel(/^Source/).selectOption((await sourceOption.getAttribute('value'))!);
  await page.getByLabel(/^The source’s words/).fill(quote);
  await expect(page.getByLabel(/These are the source’s exact words/)).toBeChecked();
  await page.getByLabel('What it counts').selectOption('WOUNDED');
  await page.getByLabel('Qualifier').selectOption('ABOUT');
  await page.getByLabel('Number').fill('1990');
  await page.getByLabel('Where', { exact: true }).selectOption('OTHER');
  await page.getByLabel('Note on where').fill(PAYLOADS[5]!);
  await page.getByLabel('Counted up to').fill('1990-02-09');
  await page.getByLabel('Page', { exact: true }).fill(PAYLOADS[2]!);
  await page.getByLabel('Key', { exact: true }).fill(`xss-figure-${unique}`);
  const note = withPayloads(`XSS figure ${unique}`, 2000);
  await page.getByLabel('Note', { exact: true }).fill(note);
  const figureId = await saveDraft(page, 'figures');
  await publish(page);

  await expectInertOn(page, [...adminPages('figures', 'Figure', figureId, `xss-figure-${unique}`), '/admin/history', '/admin', '/en/figures']);
  const row = page.getByRole('row').filter({ hasText: `XSS figure ${unique}` });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(quote);
  await expect(row).toContainText(note);
  await expect(row).toContainText(PAYLOADS[5]!);
  await expect(row).toContainText(`XSS figure source ${unique}`);
  // The plain-text release shows its payload lines as words, too.
  await page.goto(`/en/releases/xss-figure-release-${unique}`);
  await expectInert(page);
  await expect(page.locator('main')).toContainText(PAYLOADS[3]!);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(releaseTitle);
});

test('script in every text field of an anniversary record renders inert on the public and admin pages', async ({ page }) => {
  test.setTimeout(120_000);
  const unique = uniqueSuffix();
  const title = withPayloads(`XSS anniversary ${unique}`, 200);

  // A year whose page has no record yet: the oldest, so as not to take the year the anniversary
  // test takes (the newest free one) when both run at once.
  await page.goto('/admin/anniversaries');
  await page.getByText(/Years whose page has no record yet/).click();
  await page.locator('details').getByRole('link').last().click();
  await expect(page).toHaveURL(/\/admin\/anniversaries\/new\?year=\d{4}$/);
  const year = await page.getByLabel('Year').inputValue();

  await page.getByLabel(/^Title/).fill(title);
  await page.getByLabel('Introduction (Markdown)').fill(`Anniversary ${unique} in **Markdown**.\n\n${PAYLOAD_MARKDOWN}`);
  await page.getByRole('group', { name: 'Linked events' }).getByRole('checkbox').first().check();
  await preview(page, 'Preview the introduction', 'Preview of the introduction', title);
  const id = await saveDraft(page, 'anniversaries');
  await publish(page);

  await expectInertOn(page, [...adminPages('anniversaries', 'Anniversary', id, `XSS anniversary ${unique}`), '/admin/history', '/admin', '/en/anniversaries', `/en/anniversaries/${year}`]);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.locator('main')).toContainText(`Anniversary ${unique} in Markdown.`);
  await expectListed(page, 'anniversaries', `XSS anniversary ${unique}`, title);
});
