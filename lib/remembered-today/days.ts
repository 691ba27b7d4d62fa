import type { DatePrecision } from '@/lib/dates';
import type { Sex } from '@/lib/generated/prisma/enums';
import policy from '@/lib/cache-policy.json';

/*
 * Who is remembered today: the people whose date of birth or of death, as a source states it to the
 * day, falls on today's date in Baku. Nothing is computed: a date known to the month or the year never
 * counts, and no date is derived from an age.
 *
 * 29 February: in a leap year those born or killed on 29 February are remembered on that day; in other
 * years on 28 February, with their own date stated ("born on 29 February 1968"), so that they are
 * remembered every year and never on a day that is not theirs to the month.
 */

/** A calendar date, as bakuCalendarDate gives it. */
export type CalendarDate = { year: number; month: number; day: number };

/** The cache tag of every read and answer that shows who is remembered today (cache-handler.mjs caps their shared lifetime at Baku's midnight). */
export const REMEMBERED_TODAY_TAG = policy.dailyTag;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function monthDay(month: number, day: number): string {
  return `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Today's date in Baku as "YYYY-MM-DD". */
export function isoCalendarDate(date: CalendarDate): string {
  return `${String(date.year).padStart(4, '0')}-${monthDay(date.month, date.day)}`;
}

/** The stored month-days ("MM-DD") remembered on a date: its own, and 29 February on 28 February of a common year. */
export function rememberedMonthDays(today: CalendarDate): string[] {
  const own = monthDay(today.month, today.day);
  if (today.month === 2 && today.day === 28 && !isLeapYear(today.year)) return [own, '02-29'];
  return [own];
}

export type DatedFields = {
  birthDate: string | null;
  birthDatePrecision: DatePrecision;
  deathDate: string | null;
  deathDatePrecision: DatePrecision;
};

/** One date a person is remembered by today: "born" or "died", its full date, and whether it is another day's (29 February shown on the 28th). */
export type RememberedFact = { kind: 'birth' | 'death'; date: string; year: number; onThisDay: boolean };

/** A person remembered today, with what the page needs to name and link them. */
export type RememberedPerson = {
  slug: string;
  nameLatin: string | null;
  nameCyrillic: string | null;
  nameRussian: string | null;
  description: string | null;
  /** For the Russian verb's ending only. */
  sex: Sex;
  facts: RememberedFact[];
};

/** The facts for which a person is remembered today, births first; empty when none. */
export function rememberedFacts(person: DatedFields, today: CalendarDate): RememberedFact[] {
  const days = rememberedMonthDays(today);
  const own = days[0];
  const candidates = [
    { kind: 'birth' as const, date: person.birthDate, precision: person.birthDatePrecision },
    { kind: 'death' as const, date: person.deathDate, precision: person.deathDatePrecision },
  ];
  return candidates.flatMap(({ kind, date, precision }) => {
    if (!date || precision !== 'DAY' || !days.includes(date.slice(5, 10))) return [];
    return [{ kind, date, year: Number(date.slice(0, 4)), onThisDay: date.slice(5, 10) === own }];
  });
}
