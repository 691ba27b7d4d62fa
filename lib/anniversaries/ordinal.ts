/** The year of the events the anniversaries count from. */
export const EVENT_YEAR = 1990;
/** The first anniversary year: 20 January 1991 was the 1st. */
export const FIRST_ANNIVERSARY_YEAR = 1991;
const BAKU_TIME_ZONE = 'Asia/Baku';

/** How many years a commemoration in `year` marks: 2027 → 37. */
export function anniversaryNumber(year: number): number {
  return year - EVENT_YEAR;
}

/** English ordinal of a positive integer: 1st, 2nd, 3rd, 11th, 12th, 13th, 21st, 101st, 111th. */
export function englishOrdinal(value: number): string {
  const lastTwo = value % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return `${value}th`;
  switch (value % 10) {
    case 1:
      return `${value}st`;
    case 2:
      return `${value}nd`;
    case 3:
      return `${value}rd`;
    default:
      return `${value}th`;
  }
}

/** The calendar date in Baku at a given instant, as numbers. */
export function bakuCalendarDate(now: Date): { year: number; month: number; day: number } {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: BAKU_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  return { year: get('year'), month: get('month'), day: get('day') };
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
