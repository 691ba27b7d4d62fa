import { intlLocale } from '@/lib/i18n/config';

/** "Wednesday, 20 January 2027": the commemoration's date with its weekday, computed in UTC. */
export function formatAnniversaryDate(year: number, locale = 'en'): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, 0, 20)));
}
