import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import AxeBuilder from '@axe-core/playwright';
import { type Page } from '@playwright/test';
import { expect, test } from '../helpers/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

const YEAR = 2020;
const ANNIVERSARY_PATH = `/en/anniversaries/${YEAR}`;
const EMBED_PATH = `/embed/anniversaries/${YEAR}`;
/** The card in English; without `lang` it is in the site's default language, Azerbaijani. */
const EMBED_EN = `${EMBED_PATH}?lang=en`;

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** The site's own origin, as the server sees it (SITE_URL is the base URL in every test run). */
function siteOrigin(baseURL: string | undefined): string {
  return new URL(baseURL!).origin;
}

/** The number of pages of a PDF, from its page objects. */
function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;
}

test.describe('the share panel without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('shows the canonical link, the QR code and the embed snippet; no buttons that need scripts', async ({ page, baseURL }) => {
    await page.goto(ANNIVERSARY_PATH);
    const panel = page.getByRole('region', { name: 'Share this page' });
    const canonical = `${siteOrigin(baseURL)}${ANNIVERSARY_PATH}`;
    await expect(panel.getByRole('textbox', { name: 'Link to this page' })).toHaveValue(canonical);
    await expect(panel.getByRole('textbox', { name: 'Link to this page' })).toHaveAttribute('readonly', '');
    await expect(panel.getByRole('img', { name: /QR code of the link to this page/ })).toBeVisible();
    const snippet = panel.getByLabel('Embed the anniversary card on your site');
    await expect(snippet).toHaveAttribute('readonly', '');
    // The snippet embeds the card in the page's language.
    await expect(snippet).toHaveValue(new RegExp(`^<iframe src="${siteOrigin(baseURL)}/embed/anniversaries/${YEAR}\\?lang=en" `));
    await expect(panel.getByRole('button')).toHaveCount(0);
    await expect(panel).toContainText('Print a one-page handout');
    await expect(page.locator(`link[rel="canonical"]`)).toHaveAttribute('href', canonical);
  });

  test('the figures are listed with their sources, linking to the figures page', async ({ page }) => {
    await page.goto(ANNIVERSARY_PATH);
    const figures = page.getByRole('region', { name: 'The figures' });
    await expect(figures.getByRole('heading', { level: 3, name: /^Killed/ })).toBeVisible();
    await expect(figures.getByRole('heading', { level: 3, name: /^Wounded/ })).toBeVisible();
    await expect(figures.getByRole('heading', { level: 3, name: /^Troops/ })).toHaveCount(0);
    // The archived press releases' figures; every other source's are on the figures page.
    await expect(figures).toContainText('The figures as the press releases in the archive state them.');
    await expect(figures).toContainText('more than 130');
    await expect(figures.locator('blockquote', { hasText: 'That night, 130 civilians lost their lives in Baku.' })).toBeVisible();
    await expect(figures.getByRole('link', { name: 'All the figures, source by source' })).toHaveAttribute('href', '/en/figures');
  });
});

test.describe('the share panel with JavaScript', () => {
  test('offers copy and print buttons', async ({ page }) => {
    await page.goto(ANNIVERSARY_PATH);
    const panel = page.getByRole('region', { name: 'Share this page' });
    await expect(panel.getByRole('button', { name: 'Copy link' })).toBeVisible();
    await expect(panel.getByRole('button', { name: 'Print this page' })).toBeVisible();
  });

  test('the QR code decodes to the canonical URL', async ({ page, baseURL }) => {
    await page.goto(ANNIVERSARY_PATH);
    const qr = page.getByRole('img', { name: /QR code of the link to this page/ });
    const png = PNG.sync.read(await qr.screenshot());
    const decoded = jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length), png.width, png.height);
    expect(decoded?.data).toBe(`${siteOrigin(baseURL)}${ANNIVERSARY_PATH}`);
  });

  for (const format of ['A4', 'Letter'] as const) {
    test(`prints on one ${format} page with the QR code and the link`, async ({ page, baseURL }) => {
      await page.goto(ANNIVERSARY_PATH);
      await page.emulateMedia({ media: 'print' });
      await expect(page.getByRole('img', { name: /QR code of the link to this page/ })).toBeVisible();
      await expect(page.getByText(`${siteOrigin(baseURL)}${ANNIVERSARY_PATH}`, { exact: true })).toBeVisible();
      await expect(page.getByRole('textbox', { name: 'Link to this page' })).toBeHidden();
      await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
      const pdf = await page.pdf({ format, preferCSSPageSize: true });
      expect(pdfPageCount(pdf)).toBe(1);
    });
  }
});

test.describe('framing', () => {
  // Chromium logs the refusal of the ordinary page's frame; that refusal is what a test here asserts.
  test.use({ allowConsoleErrors: /violates the following Content Security Policy directive: "frame-ancestors 'none'"/ });
  let server: Server;
  let hostOrigin: string;

  test.beforeAll(async () => {
    // A page of another origin that frames whatever `?src=` names.
    server = createServer((request, response) => {
      const src = new URL(request.url ?? '/', 'http://127.0.0.1').searchParams.get('src') ?? '';
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(
        `<!DOCTYPE html><html lang="en"><title>Host</title><body>` +
          `<iframe name="embedded" src="${src.replace(/"/g, '&quot;')}" width="480" height="300" onload="window.frameLoaded = true"></iframe></body></html>`,
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    hostOrigin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  test.afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  async function frameFromOtherOrigin(page: Page, src: string) {
    await page.goto(`${hostOrigin}/?src=${encodeURIComponent(src)}`);
    await page.waitForFunction(() => (window as unknown as { frameLoaded?: boolean }).frameLoaded === true);
    return page.frame({ name: 'embedded' })!;
  }

  test('the embed card can be framed by another origin', async ({ page, request, baseURL }) => {
    const response = await request.get(EMBED_PATH);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-security-policy']).toContain('frame-ancestors *');
    expect(response.headers()['x-frame-options']).toBeUndefined();

    const frame = await frameFromOtherOrigin(page, `${siteOrigin(baseURL)}${EMBED_EN}`);
    await expect(frame.getByRole('heading', { level: 1 })).toContainText('30th anniversary');
  });

  test('an ordinary page refuses to be framed', async ({ page, request, baseURL }) => {
    const response = await request.get(ANNIVERSARY_PATH);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers()['x-frame-options']).toBe('DENY');

    const frame = await frameFromOtherOrigin(page, `${siteOrigin(baseURL)}${ANNIVERSARY_PATH}`);
    // Chromium replaces a refused frame's document with its error page: none of the page's content.
    expect(frame.url()).not.toContain(ANNIVERSARY_PATH);
    await expect(frame.locator('#anniversary-title')).toHaveCount(0);
  });
});

test.describe('the embed card', () => {
  test('is a small sourced card with a link back, and no JavaScript at all', async ({ page, request, baseURL }) => {
    const html = await (await request.get(EMBED_EN)).text();
    expect(html).not.toMatch(/<script/i);
    await page.goto(EMBED_EN);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('The 30th anniversary of Black January');
    await expect(page.locator('main')).toContainText('20 January 2020');
    await expect(page.locator('blockquote')).toHaveText(/^“.+”$/);
    await expect(page.locator('figcaption')).toHaveText(/^— .+/);
    const back = page.getByRole('link', { name: /The 30th anniversary/ });
    await expect(back).toHaveAttribute('href', `${siteOrigin(baseURL)}${ANNIVERSARY_PATH}`);
    await expect(back).toHaveAttribute('target', '_blank');
    await expect(back).toHaveAttribute('rel', 'noopener');
    await expectNoViolations(page);
  });

  test('has light and dark themes, and falls back for unknown parameters', async ({ page }) => {
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.goto(`${EMBED_PATH}?theme=dark`);
    expect(await background()).toBe('rgb(22, 22, 22)');
    await expectNoViolations(page);
    await page.goto(`${EMBED_PATH}?theme=light&lang=en`);
    expect(await background()).toBe('rgb(253, 252, 248)');
    const response = await page.goto(`${EMBED_PATH}?theme=%3Cscript%3E&lang=xx`);
    expect(response?.status()).toBe(200);
    // An unknown language falls back to the site's default, Azerbaijani.
    await expect(page.locator('html')).toHaveAttribute('lang', 'az');
  });

  for (const year of ['1990', '2999', 'abcd']) {
    test(`answers 404 for ${year}`, async ({ request }) => {
      expect((await request.get(`/embed/anniversaries/${year}`)).status()).toBe(404);
    });
  }
});

test.describe('oEmbed', () => {
  function expectRich(body: Record<string, unknown>) {
    expect(body).toMatchObject({ version: '1.0', type: 'rich', provider_name: 'Black January memorial' });
    for (const field of ['title', 'html', 'provider_url']) expect(typeof body[field]).toBe('string');
    for (const field of ['width', 'height', 'cache_age']) expect(Number.isInteger(body[field])).toBe(true);
  }

  test('the anniversary page announces its oEmbed endpoint, which embeds the card', async ({ page, request, baseURL }) => {
    await page.goto(ANNIVERSARY_PATH);
    const discovery = page.locator('link[rel="alternate"][type="application/json+oembed"]');
    await expect(discovery).toHaveAttribute('title', /30th anniversary/);
    const href = (await discovery.getAttribute('href'))!;
    expect(href).toBe(`${siteOrigin(baseURL)}/api/oembed?url=${encodeURIComponent(`${siteOrigin(baseURL)}${ANNIVERSARY_PATH}`)}&format=json`);

    const response = await request.get(href);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('application/json');
    const body = await response.json();
    expectRich(body);
    expect(body.html).toContain(`<iframe src="${siteOrigin(baseURL)}${EMBED_EN}"`);
    expect([body.width, body.height]).toEqual([480, 260]);

    const limited = await (await request.get(`${href}&maxwidth=300&maxheight=200`)).json();
    expect(limited.width).toBeLessThanOrEqual(300);
    expect(limited.height).toBeLessThanOrEqual(200);
    expect(limited.html).toContain('width="300" height="200"');
  });

  test('embeds release and victim pages as a linked quotation', async ({ page, request, baseURL }) => {
    await page.goto('/en/releases');
    const releasePath = (await page.locator('main ul > li > a').first().getAttribute('href'))!;
    for (const path of [releasePath, '/en/victims/larissa-mammadova']) {
      const response = await request.get(`/api/oembed?url=${encodeURIComponent(`${siteOrigin(baseURL)}${path}`)}&format=json`);
      expect(response.status()).toBe(200);
      const body = await response.json();
      expectRich(body);
      expect(body.html).toContain(`href="${siteOrigin(baseURL)}${path}"`);
    }
  });

  test('refuses what it cannot embed', async ({ request, baseURL }) => {
    const ask = async (query: string) => (await request.get(`/api/oembed?${query}`)).status();
    const url = (path: string) => `url=${encodeURIComponent(`${siteOrigin(baseURL)}${path}`)}`;
    expect(await ask('format=json')).toBe(400);
    expect(await ask(`${url(ANNIVERSARY_PATH)}&format=xml`)).toBe(501);
    expect(await ask(`url=${encodeURIComponent(`https://example.org${ANNIVERSARY_PATH}`)}`)).toBe(404);
    expect(await ask(url('/en/anniversaries/1990'))).toBe(404);
    expect(await ask(url('/en/victims/no-such-person'))).toBe(404);
    expect(await ask(url('/en/releases/no-such-release'))).toBe(404);
    expect(await ask(url('/en/timeline'))).toBe(404);
  });
});
