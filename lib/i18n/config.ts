/**
 * Languages the public site is published in: Azerbaijani (Latin script), English and Russian. The
 * root address negotiates between them from the browser's Accept-Language and falls back to
 * Azerbaijani (proxy.ts, with next-intl's routing in lib/i18n/routing.ts).
 */
export const locales = ['az', 'en', 'ru'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'az';

export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}

/** Each language named in itself, for the language switcher. */
export const LOCALE_NAMES: Record<Locale, string> = { az: 'Azərbaycanca', en: 'English', ru: 'Русский' };

/** The Intl locale behind each site language: English dates read "20 January 1990", as in the sources. */
const INTL_LOCALES: Record<string, string> = { en: 'en-GB', az: 'az', ru: 'ru' };

export function intlLocale(locale: string): string {
  return INTL_LOCALES[locale] ?? locale;
}
