import { createTranslator } from 'next-intl';
import type { Sex } from '@/lib/generated/prisma/enums';
import { formatPartialDate } from '@/lib/dates';
import { catalogue } from '@/lib/i18n/catalogue';
import { azerbaijaniOrdinal } from '@/lib/i18n/ordinals';
import { isoCalendarDate, type CalendarDate, type RememberedFact } from '@/lib/remembered-today/days';

/** A year as the phrase "in 1969" wants it: Azerbaijani says "1969-cu ildə". */
function phraseYear(year: number, locale: string): string {
  return locale === 'az' ? azerbaijaniOrdinal(year) : String(year);
}

/**
 * "born on this day in 1969", or for 29 February remembered on the 28th, "born on 29 February 1968":
 * the date stated is always the person's own.
 */
export function factPhrase(fact: RememberedFact, locale: string, sex: Sex = 'NOT_STATED'): string {
  const t = createTranslator({ ...catalogue(locale), namespace: 'remembrance' });
  // Russian verbs agree with the person's sex as recorded; not stated, both endings are given.
  if (fact.onThisDay) return t(fact.kind === 'birth' ? 'birthOnThisDay' : 'deathOnThisDay', { year: phraseYear(fact.year, locale), sex });
  return t(fact.kind === 'birth' ? 'birthOn' : 'deathOn', { date: formatPartialDate(fact.date, 'DAY', { locale }), sex });
}

/** Every fact of one person, joined: "born on this day in 1969; died on this day in 1990". */
export function factsPhrase(facts: RememberedFact[], locale: string, sex: Sex = 'NOT_STATED'): string {
  return facts.map((fact) => factPhrase(fact, locale, sex)).join('; ');
}

/** The same with its first letter capitalised, to open a line of the list. */
export function capitalised(text: string, locale: string): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

/** Today's date in Baku in the reader's language ("2 December 2026"). */
export function formatCalendarDate(date: CalendarDate, locale: string): string {
  return formatPartialDate(isoCalendarDate(date), 'DAY', { locale });
}
