import { defaultLocale, isLocale, type Locale } from '@/lib/i18n/config';
import { loadMessages, type Messages } from '@/lib/i18n/messages';

/**
 * A language's interface strings for code outside React's request scope (preview-card text, the
 * embeddable card, oEmbed answers): `createTranslator({ ...catalogue(locale), namespace: 'og' })`
 * from next-intl. An unknown language gets the default one's.
 */
export function catalogue(locale: string): { locale: Locale; messages: Messages } {
  const language = isLocale(locale) ? locale : defaultLocale;
  return { locale: language, messages: loadMessages(language) };
}
