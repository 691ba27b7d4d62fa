import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * What the server answers instead of Next's 500 when the database cannot be reached: a 503 with
 * Retry-After that reads without JavaScript, in the address's language (its first path segment, or
 * `?lang=` on the embeddable card), in all three where the address names none; JSON under /api/;
 * for the curators' area, a plain statement that nothing can be saved until the database is back.
 */

export const RETRY_AFTER_SECONDS = 60;
const LOCALES = ['az', 'en', 'ru'];

function loadMessages(projectRoot) {
  const messages = {};
  for (const locale of LOCALES) {
    messages[locale] = JSON.parse(readFileSync(path.join(projectRoot, 'lib', 'i18n', 'messages', locale, 'outage.json'), 'utf8'));
  }
  return messages;
}

function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** The language an address names: /az/…, /en/…, /ru/…, or the embed card's ?lang=; else null. */
export function localeOfAddress(url) {
  const parsed = new URL(url, 'http://local');
  const first = parsed.pathname.split('/')[1] ?? '';
  if (LOCALES.includes(first)) return first;
  if (parsed.pathname.startsWith('/embed/')) {
    const lang = parsed.searchParams.get('lang');
    return LOCALES.includes(lang ?? '') ? lang : 'az';
  }
  return null;
}

const STYLE =
  'body{font-family:"Noto Serif",Georgia,serif;margin:0;background:#faf8f4;color:#1c1b19}' +
  'main{max-width:40rem;margin:4rem auto;padding:0 1.25rem;line-height:1.6}' +
  'h1{font-size:1.6rem;line-height:1.3}section+section{margin-top:2.5rem;border-top:1px solid #d8d2c6;padding-top:1.5rem}a{color:#7a1f1f}';

function documentHtml(lang, title, body) {
  return `<!DOCTYPE html>\n<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body><main>${body}</main></body></html>\n`;
}

function publicSection(locale, text, headingLevel) {
  const tag = `h${headingLevel}`;
  return `<section lang="${locale}"><${tag}>${escapeHtml(text.title)}</${tag}><p>${escapeHtml(text.text)}</p><p>${escapeHtml(text.retry)}</p><p><a href="/${locale}">${escapeHtml(text.home)}</a></p></section>`;
}

export function createOutagePages(projectRoot) {
  const messages = loadMessages(projectRoot);

  /** The 503 answer for a request: status, headers and body. */
  return function outageAnswer(url) {
    const pathname = new URL(url, 'http://local').pathname;
    const headers = {
      'Retry-After': String(RETRY_AFTER_SECONDS),
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': `default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors ${pathname.startsWith('/embed/') ? '*' : "'none'"}`,
    };
    if (pathname.startsWith('/api/')) {
      return { headers: { ...headers, 'Content-Type': 'application/json; charset=utf-8' }, body: `${JSON.stringify({ error: 'The database cannot be reached; try again later.' })}\n` };
    }
    const html = { ...headers, 'Content-Type': 'text/html; charset=utf-8' };
    if (pathname === '/admin' || pathname.startsWith('/admin/') || pathname === '/login') {
      const title = 'The database cannot be reached';
      return {
        headers: html,
        body: documentHtml(
          'en',
          `${title} · Curators · Black January memorial`,
          `<h1>${title}</h1><p>The curators’ area cannot reach the memorial’s database just now, so nothing can be read or saved. Nothing that was saved before is lost.</p><p>Please try again in a few minutes. The public pages visitors have seen are still being served.</p>`,
        ),
      };
    }
    const locale = localeOfAddress(url);
    if (locale) {
      const text = messages[locale];
      return { headers: { ...html, 'Content-Language': locale }, body: documentHtml(locale, text.title, publicSection(locale, text, 1)) };
    }
    // An address in no language: the message in each, Azerbaijani first, as the 404 page does.
    return { headers: html, body: documentHtml('az', messages.az.title, LOCALES.map((each, index) => publicSection(each, messages[each], index === 0 ? 1 : 2)).join('')) };
  };
}
