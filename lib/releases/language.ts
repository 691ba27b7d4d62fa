import { intlLocale, isLocale, type Locale } from '@/lib/i18n/config';

/** The site language a release's language tag belongs to ("en-GB" → "en"), or null for any other language. */
export function siteLanguageOf(tag: string): Locale | null {
  const base = tag.split('-')[0]!.toLowerCase();
  return isLocale(base) ? base : null;
}

/** A language outside the site's three, named in the reader's language by Intl ("fr" → "французский"). */
export function otherLanguageName(tag: string, locale: string): string {
  try {
    return new Intl.DisplayNames([intlLocale(locale)], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/**
 * The language edition of the site a release is best read in: its own language where the site has
 * one, else the fallback (feeds link each entry there).
 */
export function releaseEdition(tag: string, fallback: Locale): Locale {
  return siteLanguageOf(tag) ?? fallback;
}
