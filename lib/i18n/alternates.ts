import type { Metadata } from 'next';
import { defaultLocale, locales, type Locale } from '@/lib/i18n/config';

/**
 * The same page in every language, by path inside a language ("/victims/x", "" for the home page).
 * x-default is the Azerbaijani edition, the site's default. Used by page metadata (hreflang links)
 * and by the sitemap, so that the two always agree.
 */
export function languageAlternates(path: string, origin = ''): Record<Locale | 'x-default', string> {
  const entries = locales.map((locale) => [locale, `${origin}/${locale}${path}`] as const);
  return { ...(Object.fromEntries(entries) as Record<Locale, string>), 'x-default': `${origin}/${defaultLocale}${path}` };
}

/** A page's canonical address and its hreflang alternates, for generateMetadata. */
export function pageAlternates(locale: Locale | string, path: string): NonNullable<Metadata['alternates']> {
  return { canonical: `/${locale}${path}`, languages: languageAlternates(path) };
}
