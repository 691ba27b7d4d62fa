import { anniversaryNumber } from '@/lib/anniversaries/ordinal';
import { formatPartialDate } from '@/lib/dates';
import { intlLocale } from '@/lib/i18n/config';
import { formatOrdinal } from '@/lib/i18n/ordinals';
import type { LocalisedText } from '@/lib/translations/fields';

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

/** "20 January 2027" / "20 yanvar 2027" / "20 января 2027 г.": the commemoration's date without the weekday. */
export function formatAnniversaryDay(year: number, locale = 'en'): string {
  return formatPartialDate(`${year}-01-20`, 'DAY', { locale });
}

/**
 * The ordinal a commemoration in `year` marks, in the language's own grammar: "37th", "37-ci",
 * "37-я" (Russian agrees with "годовщина", feminine). The catalogues put it into their phrase
 * ("{ordinal} anniversary" / "{ordinal} ildönümü" / "{ordinal} годовщина").
 */
export function formatAnniversaryOrdinal(year: number, locale = 'en'): string {
  return formatOrdinal(anniversaryNumber(year), locale);
}

/**
 * The curators' title of a year where it reads in the reader's language (written in it, or
 * translated), else null: for the preview card, the embeddable card and oEmbed, which cannot carry
 * the "not yet translated" note and fall back to the default title in the reader's language.
 */
export function titleInReadersLanguage(title: LocalisedText | null | undefined): string | null {
  return title && !title.untranslated ? title.text : null;
}
