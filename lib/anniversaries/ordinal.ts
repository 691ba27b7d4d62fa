import { bakuCalendarDate } from '@/lib/baku-time';

/** The year of the events the anniversaries count from. */
export const EVENT_YEAR = 1990;
/** The first anniversary year: 20 January 1991 was the 1st. */
export const FIRST_ANNIVERSARY_YEAR = 1991;

/** How many years a commemoration in `year` marks: 2027 → 37. */
export function anniversaryNumber(year: number): number {
  return year - EVENT_YEAR;
}

/**
 * The year of the next 20 January, judged by the calendar in Baku: on 20 January itself it is
 * this year's commemoration; from 21 January on, next year's.
 */
export function nextAnniversaryYear(now: Date): number {
  const { year, month, day } = bakuCalendarDate(now);
  return month === 1 && day <= 20 ? year : year + 1;
}

/** Every year with an anniversary page: 1991 up to and including the next 20 January. */
export function anniversaryYears(now: Date): number[] {
  const last = nextAnniversaryYear(now);
  return Array.from({ length: last - FIRST_ANNIVERSARY_YEAR + 1 }, (_, index) => FIRST_ANNIVERSARY_YEAR + index);
}

/** Whether `year` has an anniversary page at `now`. */
export function isAnniversaryYear(year: number, now: Date): boolean {
  return Number.isInteger(year) && year >= FIRST_ANNIVERSARY_YEAR && year <= nextAnniversaryYear(now);
}
