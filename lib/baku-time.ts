/*
 * The memorial's clock is Baku's: publication times are typed in it, "today" and an anniversary's
 * day are judged by its calendar, and the curators' area shows times in it.
 */

/** The IANA time zone of Baku. */
export const BAKU_TIME_ZONE = 'Asia/Baku';

/** Azerbaijan keeps UTC+4 all year (no daylight saving since 2016). */
export const BAKU_UTC_OFFSET = '+04:00';
export const BAKU_UTC_OFFSET_MS = 4 * 3_600_000;

/** "2 Dec 2026, 14:05" in Baku: how the curators' area states when something happened. */
export const bakuTimestamp = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: BAKU_TIME_ZONE });

/** Made once: proxy.ts asks for Baku's date on every anniversary page's request, and making a formatter costs more than using one. */
const bakuDateParts = new Intl.DateTimeFormat('en-CA', { timeZone: BAKU_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar date in Baku at a given instant, as numbers. */
export function bakuCalendarDate(now: Date): { year: number; month: number; day: number } {
  const parts = bakuDateParts.formatToParts(now);
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  return { year: get('year'), month: get('month'), day: get('day') };
}

/**
 * The first instant of the next calendar day in Baku: when "today" (the people remembered today, a
 * day's answers) changes. Baku keeps UTC+4 all year, so its midnight is 20:00 UTC.
 */
export function nextBakuMidnight(now: Date): Date {
  const { year, month, day } = bakuCalendarDate(now);
  return new Date(Date.UTC(year, month - 1, day + 1) - BAKU_UTC_OFFSET_MS);
}

/** Whole seconds from now to the next Baku midnight, at least one (a lifetime that ends then). */
export function secondsUntilNextBakuMidnight(now: Date): number {
  return Math.max(1, Math.ceil((nextBakuMidnight(now).getTime() - now.getTime()) / 1000));
}

/** The Baku calendar day of an instant, as a DATE column holds it (midnight UTC of that date). */
export function bakuDay(now: Date): Date {
  const { year, month, day } = bakuCalendarDate(now);
  return new Date(Date.UTC(year, month - 1, day));
}
