import { isLocale, type Locale } from '@/lib/i18n/config';

/**
 * The request header through which proxy.ts tells the global 404 page (app/global-not-found.tsx,
 * which gets no params) the language of the address it answers. The proxy sets or removes it on
 * every public request it runs on, so a value sent by the browser is never trusted; it names a
 * language only. The addresses the proxy skips (proxy.ts `config`) always reach a page of their own,
 * never the global 404 page.
 */
export const PAGE_LOCALE_HEADER = 'x-memorial-page-locale';

/** The site language an address is in ("/ru/no-such-page" → "ru"), or null for none ("/xx", "/"). */
export function localeOfPath(pathname: string): Locale | null {
  const first = pathname.split('/').find(Boolean);
  return first !== undefined && isLocale(first) ? first : null;
}

/** The request's headers with the page-language header set to the address's language, or removed. */
export function withPageLocale(headers: Headers, pathname: string): Headers {
  const result = new Headers(headers);
  const locale = localeOfPath(pathname);
  if (locale) result.set(PAGE_LOCALE_HEADER, locale);
  else result.delete(PAGE_LOCALE_HEADER);
  return result;
}
