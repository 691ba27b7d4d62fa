import { intlLocale } from '@/lib/i18n/config';
import { azerbaijaniOrdinal } from '@/lib/i18n/ordinals';

/**
 * Dates in this archive are calendar dates, often partial ("1988", "December 1989", "Autumn 1999").
 * They are stored as UTC midnight with a precision, carried as "YYYY-MM-DD" strings, and always
 * formatted in UTC so that a reader west of Greenwich never sees the day before.
 */
export type DatePrecision = 'DAY' | 'MONTH' | 'SEASON' | 'YEAR' | 'UNKNOWN';
export type Season = 'WINTER' | 'SPRING' | 'SUMMER' | 'AUTUMN';

export const SEASON_NAMES: Record<Season, string> = { WINTER: 'Winter', SPRING: 'Spring', SUMMER: 'Summer', AUTUMN: 'Autumn' };

/**
 * What Intl cannot say: a season of a year and an unknown date, in each language's own form —
 * "Autumn 1999", "1999-cu ilin payızı" (the year's autumn, with the Azerbaijani ordinal),
 * "осень 1999 г.".
 */
const AZ_SEASONS: Record<Season, string> = { WINTER: 'qışı', SPRING: 'yazı', SUMMER: 'yayı', AUTUMN: 'payızı' };
const RU_SEASONS: Record<Season, string> = { WINTER: 'Зима', SPRING: 'Весна', SUMMER: 'Лето', AUTUMN: 'Осень' };

function formatSeason(season: Season, year: number, locale: string): string {
  switch (locale) {
    case 'az':
      return `${azerbaijaniOrdinal(year)} ilin ${AZ_SEASONS[season]}`;
    case 'ru':
      return `${RU_SEASONS[season]} ${year} г.`;
    default:
      return `${SEASON_NAMES[season]} ${year}`;
  }
}

const DATE_NOT_KNOWN: Record<string, string> = { en: 'Date not known', az: 'Tarix məlum deyil', ru: 'Дата неизвестна' };

/** A Date (UTC midnight) as "YYYY-MM-DD"; null stays null. */
export function toIsoDate(date: Date | null | undefined): string | null {
  return date ? date.toISOString().slice(0, 10) : null;
}

/** "YYYY-MM-DD" as a UTC Date. Throws on a malformed or impossible date (31 February). */
export function fromIsoDate(value: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) throw new RangeError(`Not a date: ${value}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw new RangeError(`Impossible date: ${value}`);
  }
  return date;
}

/**
 * Formats a partial date at its precision, in the site language's own form: "20 January 1990",
 * "20 yanvar 1990", "20 января 1990 г."; "December 1989"; "Autumn 1999"; "1988".
 */
export function formatPartialDate(
  isoDate: string | null,
  precision: DatePrecision,
  options: { locale?: string; season?: Season | null } = {},
): string {
  const siteLocale = options.locale ?? 'en';
  const locale = intlLocale(siteLocale);
  if (!isoDate || precision === 'UNKNOWN') return DATE_NOT_KNOWN[siteLocale] ?? 'Date not known';
  const date = fromIsoDate(isoDate);
  switch (precision) {
    case 'DAY':
      return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
    case 'MONTH':
      return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
    case 'SEASON':
      return options.season ? formatSeason(options.season, date.getUTCFullYear(), siteLocale) : String(date.getUTCFullYear());
    case 'YEAR':
      return String(date.getUTCFullYear());
  }
}

/** A span such as "1988–1989", or a single partial date when the span has no end. */
export function formatDateSpan(
  start: string,
  end: string | null,
  precision: DatePrecision,
  locale = 'en',
): string {
  const first = formatPartialDate(start, precision, { locale });
  if (!end) return first;
  return `${first}–${formatPartialDate(end, precision, { locale })}`;
}

/** A timestamp (e.g. "last updated") as a day in UTC. */
export function formatTimestampDate(iso: string, locale = 'en'): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(iso));
}

export type ParsedPartialDate = { date: Date | null; precision: DatePrecision };

/**
 * Reads a partial date as curators type it: "1990", "1990-01", "1990-01-20", or an empty box for
 * unknown. Returns null for anything else, including impossible days (31 February).
 */
export function parsePartialDate(input: string): ParsedPartialDate | null {
  const value = input.trim();
  if (value === '') return { date: null, precision: 'UNKNOWN' };
  let match = /^(\d{4})$/.exec(value);
  if (match) return { date: new Date(Date.UTC(Number(match[1]), 0, 1)), precision: 'YEAR' };
  match = /^(\d{4})-(\d{2})$/.exec(value);
  if (match) {
    const month = Number(match[2]);
    if (month < 1 || month > 12) return null;
    return { date: new Date(Date.UTC(Number(match[1]), month - 1, 1)), precision: 'MONTH' };
  }
  try {
    return { date: fromIsoDate(value), precision: 'DAY' };
  } catch {
    return null;
  }
}

/** A stored partial date back in the form curators type it ("1990", "1990-01", "1990-01-20"). */
export function partialDateInputValue(date: Date | string | null, precision: DatePrecision): string {
  const iso = typeof date === 'string' ? date : toIsoDate(date);
  if (!iso || precision === 'UNKNOWN') return '';
  if (precision === 'YEAR') return iso.slice(0, 4);
  if (precision === 'MONTH' || precision === 'SEASON') return iso.slice(0, 7);
  return iso;
}

/** The last day a partial date can mean: for "1990" that is 31 December 1990. */
export function latestPossibleDay(parsed: ParsedPartialDate): Date | null {
  if (!parsed.date) return null;
  const date = parsed.date;
  if (parsed.precision === 'YEAR') return new Date(Date.UTC(date.getUTCFullYear(), 11, 31));
  if (parsed.precision === 'MONTH' || parsed.precision === 'SEASON') return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0));
  return date;
}
