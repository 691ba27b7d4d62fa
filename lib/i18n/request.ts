import { hasLocale } from 'next-intl';
import { getRequestConfig } from 'next-intl/server';
import { defaultLocale, locales } from '@/lib/i18n/config';
import { loadMessages } from '@/lib/i18n/messages';

/**
 * next-intl's configuration for server components: the page's language (from the [locale] segment,
 * or passed explicitly) and its interface strings. Dates are always formatted in UTC: the archive's
 * dates are calendar days, and a reader west of Greenwich must not see the day before.
 */
export default getRequestConfig(async ({ requestLocale, locale: explicit }) => {
  const requested = explicit ?? (await requestLocale);
  const locale = hasLocale(locales, requested) ? requested : defaultLocale;
  return { locale, messages: loadMessages(locale), timeZone: 'UTC' };
});
