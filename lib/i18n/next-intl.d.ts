import type { Locale } from '@/lib/i18n/config';
import type { Messages } from '@/lib/i18n/messages';

// Typed keys: t('victims.noResults') fails the type check when English has no such string.
declare module 'next-intl' {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
