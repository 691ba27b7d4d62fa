import { defineRouting } from 'next-intl/routing';
import { defaultLocale, locales } from '@/lib/i18n/config';

/**
 * Every public address starts with its language (/az, /en, /ru). The root negotiates from the
 * browser's Accept-Language alone: no cookie, so that a shared link and the bare address behave the
 * same for everyone, and public pages never set a cookie (they stay cacheable).
 */
export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: 'always',
  localeCookie: false,
  // hreflang alternates are in each page's metadata and in the sitemap, not in a Link header.
  alternateLinks: false,
});
