import { describe, expect, it } from 'vitest';
import {
  anniversaryNumber,
  anniversaryYears,
  isAnniversaryYear,
  nextAnniversaryYear,
} from '@/lib/anniversaries/ordinal';
import { englishOrdinal } from '@/lib/i18n/ordinals';
import { formatAnniversaryDate } from '@/lib/anniversaries/format';

describe('englishOrdinal', () => {
  it.each([
    [1, '1st'],
    [2, '2nd'],
    [3, '3rd'],
    [4, '4th'],
    [11, '11th'],
    [12, '12th'],
    [13, '13th'],
    [21, '21st'],
    [22, '22nd'],
    [23, '23rd'],
    [31, '31st'],
    [37, '37th'],
    [101, '101st'],
    [111, '111th'],
    [112, '112th'],
    [113, '113th'],
  ])('%i → %s', (value, expected) => {
    expect(englishOrdinal(value)).toBe(expected);
  });
});

describe('anniversaryNumber', () => {
  it('counts from 1990', () => {
    expect(anniversaryNumber(1991)).toBe(1);
    expect(anniversaryNumber(2007)).toBe(17);
    expect(anniversaryNumber(2020)).toBe(30);
    expect(anniversaryNumber(2027)).toBe(37);
  });
});

describe('nextAnniversaryYear (Baku calendar)', () => {
  it('is next year after 20 January', () => {
    expect(nextAnniversaryYear(new Date('2026-11-21T12:00:00Z'))).toBe(2027);
    expect(nextAnniversaryYear(new Date('2027-01-21T00:00:00+04:00'))).toBe(2028);
  });

  it('is this year up to and including 20 January in Baku', () => {
    expect(nextAnniversaryYear(new Date('2027-01-01T00:00:00Z'))).toBe(2027);
    expect(nextAnniversaryYear(new Date('2027-01-20T23:59:00+04:00'))).toBe(2027);
  });

  it('judges the day by Baku time, not UTC', () => {
    // 20:30 UTC on 20 January is already 00:30 on 21 January in Baku (UTC+4).
    expect(nextAnniversaryYear(new Date('2027-01-20T20:30:00Z'))).toBe(2028);
    expect(nextAnniversaryYear(new Date('2027-01-20T19:30:00Z'))).toBe(2027);
  });
});

describe('anniversaryYears', () => {
  it('runs from 1991 to the next 20 January', () => {
    const years = anniversaryYears(new Date('2026-11-21T12:00:00Z'));
    expect(years[0]).toBe(1991);
    expect(years.at(-1)).toBe(2027);
    expect(years).toHaveLength(37);
  });

  it('says which years have a page', () => {
    const now = new Date('2026-11-21T12:00:00Z');
    expect(isAnniversaryYear(1991, now)).toBe(true);
    expect(isAnniversaryYear(2027, now)).toBe(true);
    expect(isAnniversaryYear(1990, now)).toBe(false);
    expect(isAnniversaryYear(2028, now)).toBe(false);
    expect(isAnniversaryYear(2020.5, now)).toBe(false);
  });
});

describe('formatAnniversaryDate', () => {
  it('gives the weekday of 20 January', () => {
    expect(formatAnniversaryDate(2027)).toBe('Wednesday, 20 January 2027');
    expect(formatAnniversaryDate(1990)).toBe('Saturday, 20 January 1990');
  });
});
