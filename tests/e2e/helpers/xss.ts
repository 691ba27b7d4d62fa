import { type Page } from '@playwright/test';
import { expect } from './test';

/** Payloads that would run script if any text reached the page unescaped or unsanitised. */
export const PAYLOADS = [
  '<script>window.__xss=1</script>',
  '<img src=x onerror="window.__xss=1">',
  '"><svg onload=window.__xss=1>',
  "'><iframe srcdoc='<script>parent.__xss=1</script>'></iframe>",
  '[link](javascript:window.__xss=1)',
  '<a href="javascript:window.__xss=1">click</a>',
  '<details open ontoggle=window.__xss=1>',
  '<style>@import url(javascript:window.__xss=1)</style>',
];

/** Every payload on one line. */
export const ALL_PAYLOADS = PAYLOADS.join(' ');

/** Every payload as its own Markdown paragraph. */
export const PAYLOAD_MARKDOWN = PAYLOADS.join('\n\n');

/**
 * A web address that passes the forms' http(s) check yet carries markup, for the fields that only
 * take addresses: rendered as an attribute, it must stay one.
 */
export const PAYLOAD_URL = 'https://example.org/?q="><script>window.__xss=1</script><img/src=x/onerror=window.__xss=1>';

/** `prefix` followed by as many whole payloads as fit in `max` characters. */
export function withPayloads(prefix: string, max: number): string {
  let text = prefix;
  for (const payload of PAYLOADS) {
    if (text.length + 1 + payload.length > max) break;
    text += ` ${payload}`;
  }
  return text;
}

const dialogs = new WeakMap<Page, string[]>();

/** Records every dialog the page opens (and dismisses it), so that expectInert can fail on one. */
export function watchForDialogs(page: Page): void {
  if (dialogs.has(page)) return;
  const opened: string[] = [];
  dialogs.set(page, opened);
  page.on('dialog', (dialog) => {
    opened.push(dialog.message());
    void dialog.dismiss().catch(() => undefined);
  });
}

/**
 * Asserts that no payload ran or became markup: no dialog, `window.__xss` never set, and nothing
 * inside <main> that could run script (script-like elements other than whole JSON-LD structured
 * data, on… handler attributes, javascript: addresses, srcdoc).
 */
export async function expectInert(page: Page): Promise<void> {
  expect(dialogs.get(page) ?? [], 'a payload opened a dialog').toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), 'a payload ran').toBeUndefined();
  const injected = await page.evaluate(() => {
    const main = document.querySelector('main');
    if (!main) return ['the page has no <main>'];
    const found: string[] = [];
    const isWholeJsonLd = (script: Element) => {
      if (script.getAttribute('type') !== 'application/ld+json' || script.attributes.length !== 1) return false;
      try {
        JSON.parse(script.textContent ?? '');
        return true;
      } catch {
        return false;
      }
    };
    for (const element of Array.from(main.querySelectorAll('*'))) {
      const tag = element.tagName.toLowerCase();
      // Structured data is allowed when it is still whole JSON: a payload that closed it early would not be.
      if (tag === 'script' && isWholeJsonLd(element)) continue;
      if (['script', 'iframe', 'frame', 'object', 'embed', 'base', 'style'].includes(tag)) found.push(element.outerHTML.slice(0, 200));
      for (const attribute of Array.from(element.attributes)) {
        const name = attribute.name.toLowerCase();
        if (name.startsWith('on') || name === 'srcdoc') found.push(`<${tag} ${name}>`);
        // React gives a form bound to a server action this guard address; it is React's, not typed text.
        // (React 19.0 wrote "A React form was unexpectedly submitted.", 19.2 "React form unexpectedly submitted.")
        const reactGuard =
          attribute.value === "javascript:throw new Error('React form unexpectedly submitted.')" ||
          attribute.value.startsWith("javascript:throw new Error('A React form was unexpectedly submitted.");
        if (/^\s*(javascript|vbscript):/i.test(attribute.value) && !reactGuard && ['href', 'src', 'action', 'formaction', 'xlink:href', 'data'].includes(name)) {
          found.push(`<${tag} ${name}="${attribute.value}">`);
        }
      }
    }
    return found;
  });
  expect(injected, `markup from a payload is live inside <main> of ${page.url()}`).toEqual([]);
}

/** Visits each path (200 expected), waits for <main> and asserts it inert. */
export async function expectInertOn(page: Page, paths: string[]): Promise<void> {
  for (const path of paths) {
    const response = await page.goto(path);
    expect(response?.status(), `status of ${path}`).toBe(200);
    await expect(page.locator('main')).toBeVisible();
    await expectInert(page);
  }
}
