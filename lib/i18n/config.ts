/** Languages the public site is published in. English first; Azerbaijani and Russian follow. */
export const locales = ['en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'en';

export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}

/** The Intl locale behind each site language: English dates read "20 January 1990", as in the sources. */
const INTL_LOCALES: Record<string, string> = { en: 'en-GB', az: 'az', ru: 'ru' };

export function intlLocale(locale: string): string {
  return INTL_LOCALES[locale] ?? locale;
}
