import { describe, expect, it } from 'vitest';
import {
  formatDateSpan,
  formatPartialDate,
  fromIsoDate,
  latestPossibleDay,
  parsePartialDate,
  partialDateInputValue,
  toIsoDate,
} from '@/lib/dates';

describe('formatPartialDate', () => {
  it('formats each precision', () => {
    expect(formatPartialDate('1990-01-20', 'DAY')).toBe('20 January 1990');
    expect(formatPartialDate('1989-12-01', 'MONTH')).toBe('December 1989');
    expect(formatPartialDate('1999-09-01', 'SEASON', { season: 'AUTUMN' })).toBe('Autumn 1999');
    expect(formatPartialDate('1988-01-01', 'YEAR')).toBe('1988');
    expect(formatPartialDate(null, 'UNKNOWN')).toBe('Date not known');
    expect(formatPartialDate('1990-01-20', 'UNKNOWN')).toBe('Date not known');
  });

  it('writes each language’s own date forms (from Intl)', () => {
    expect(formatPartialDate('1990-01-20', 'DAY', { locale: 'az' })).toBe('20 yanvar 1990');
    expect(formatPartialDate('1990-01-20', 'DAY', { locale: 'en' })).toBe('20 January 1990');
    expect(formatPartialDate('1990-01-20', 'DAY', { locale: 'ru' })).toBe('20 января 1990 г.');
    expect(formatPartialDate('1989-12-01', 'MONTH', { locale: 'az' })).toBe('dekabr 1989');
    expect(formatPartialDate('1989-12-01', 'MONTH', { locale: 'ru' })).toBe('декабрь 1989 г.');
  });

  it('says what Intl cannot in each language: seasons and unknown dates', () => {
    expect(formatPartialDate('1999-09-01', 'SEASON', { season: 'AUTUMN', locale: 'az' })).toBe('1999-cu ilin payızı');
    expect(formatPartialDate('1990-12-01', 'SEASON', { season: 'WINTER', locale: 'az' })).toBe('1990-cı ilin qışı');
    expect(formatPartialDate('1999-09-01', 'SEASON', { season: 'AUTUMN', locale: 'ru' })).toBe('Осень 1999 г.');
    expect(formatPartialDate(null, 'UNKNOWN', { locale: 'az' })).toBe('Tarix məlum deyil');
    expect(formatPartialDate(null, 'UNKNOWN', { locale: 'ru' })).toBe('Дата неизвестна');
  });

  it('never shows the day before, whatever the machine’s time zone', () => {
    // Formatting is pinned to UTC, where date-only values are stored.
    expect(formatPartialDate('1990-01-01', 'DAY')).toBe('1 January 1990');
    expect(formatPartialDate('1990-01-01', 'YEAR')).toBe('1990');
  });
});

describe('formatDateSpan', () => {
  it('joins a span with an en dash', () => {
    expect(formatDateSpan('1988-01-01', '1989-01-01', 'YEAR')).toBe('1988–1989');
    expect(formatDateSpan('1990-01-20', null, 'DAY')).toBe('20 January 1990');
  });
});

describe('fromIsoDate / toIsoDate', () => {
  it('round-trips a calendar date', () => {
    expect(toIsoDate(fromIsoDate('1990-01-20'))).toBe('1990-01-20');
    expect(toIsoDate(null)).toBeNull();
  });

  it('refuses impossible and malformed dates', () => {
    expect(() => fromIsoDate('1990-02-31')).toThrow(RangeError);
    expect(() => fromIsoDate('1990-13-01')).toThrow(RangeError);
    expect(() => fromIsoDate('20.01.1990')).toThrow(RangeError);
  });
});


describe('parsePartialDate', () => {
  it('reads a year, a month or a day, and an empty box as unknown', () => {
    expect(parsePartialDate('1990')).toEqual({ date: new Date('1990-01-01T00:00:00Z'), precision: 'YEAR' });
    expect(parsePartialDate('1989-12')).toEqual({ date: new Date('1989-12-01T00:00:00Z'), precision: 'MONTH' });
    expect(parsePartialDate(' 1990-01-20 ')).toEqual({ date: new Date('1990-01-20T00:00:00Z'), precision: 'DAY' });
    expect(parsePartialDate('')).toEqual({ date: null, precision: 'UNKNOWN' });
  });

  it('refuses impossible and malformed dates', () => {
    for (const value of ['1990-02-31', '1990-13', '1990-00', '20.01.1990', 'January 1990', '90']) {
      expect(parsePartialDate(value)).toBeNull();
    }
  });

  it('round-trips through the form value', () => {
    for (const value of ['1990', '1990-01', '1990-01-20']) {
      const parsed = parsePartialDate(value)!;
      expect(partialDateInputValue(parsed.date, parsed.precision)).toBe(value);
    }
  });

  it('knows the last day a partial date can mean', () => {
    expect(latestPossibleDay(parsePartialDate('1990')!)).toEqual(new Date('1990-12-31T00:00:00Z'));
    expect(latestPossibleDay(parsePartialDate('1990-02')!)).toEqual(new Date('1990-02-28T00:00:00Z'));
    expect(latestPossibleDay(parsePartialDate('')!)).toBeNull();
  });
});
