import { describe, expect, it } from 'vitest';
import { azerbaijaniOrdinal, formatOrdinal, russianOrdinal } from '@/lib/i18n/ordinals';

describe('Azerbaijani ordinals follow vowel harmony of the last word said', () => {
  // Each row: the number, how it is read, and the written ordinal.
  it.each([
    [1, 'bir', '1-ci'],
    [2, 'iki', '2-ci'],
    [3, 'üç', '3-cü'],
    [4, 'dörd', '4-cü'],
    [5, 'beş', '5-ci'],
    [6, 'altı', '6-cı'],
    [7, 'yeddi', '7-ci'],
    [8, 'səkkiz', '8-ci'],
    [9, 'doqquz', '9-cu'],
    [10, 'on', '10-cu'],
    [17, 'on yeddi', '17-ci'],
    [19, 'on doqquz', '19-cu'],
    [20, 'iyirmi', '20-ci'],
    [30, 'otuz', '30-cu'],
    [31, 'otuz bir', '31-ci'],
    [32, 'otuz iki', '32-ci'],
    [36, 'otuz altı', '36-cı'],
    [37, 'otuz yeddi', '37-ci'],
    [40, 'qırx', '40-cı'],
    [50, 'əlli', '50-ci'],
    [60, 'altmış', '60-cı'],
    [70, 'yetmiş', '70-ci'],
    [80, 'səksən', '80-ci'],
    [90, 'doxsan', '90-cı'],
    [100, 'yüz', '100-cü'],
    [110, 'yüz on', '110-cu'],
    [1000, 'min', '1000-ci'],
    [1990, 'min doqquz yüz doxsan', '1990-cı'],
    [2000, 'iki min', '2000-ci'],
    [2027, 'iki min iyirmi yeddi', '2027-ci'],
    [1_000_000, 'bir milyon', '1000000-cu'],
  ])('%i (%s) → %s', (value, _spoken, expected) => {
    expect(azerbaijaniOrdinal(value)).toBe(expected);
    expect(formatOrdinal(value, 'az')).toBe(expected);
  });
});

describe('Russian ordinals take the ending of the noun’s gender and case', () => {
  it.each([
    ['nominative', 'masculine', '37-й'],
    ['nominative', 'feminine', '37-я'],
    ['nominative', 'neuter', '37-е'],
    ['genitive', 'masculine', '37-го'],
    ['genitive', 'feminine', '37-й'],
    ['dative', 'masculine', '37-му'],
    ['accusative', 'feminine', '37-ю'],
    ['accusative', 'masculine', '37-й'],
    ['instrumental', 'neuter', '37-м'],
    ['prepositional', 'feminine', '37-й'],
  ] as const)('%s %s → %s', (grammaticalCase, gender, expected) => {
    expect(russianOrdinal(37, gender, grammaticalCase)).toBe(expected);
  });

  it('defaults to the form of “годовщина”: feminine nominative, the same ending for every number', () => {
    expect(formatOrdinal(3, 'ru')).toBe('3-я');
    expect(formatOrdinal(31, 'ru')).toBe('31-я');
    expect(`${formatOrdinal(37, 'ru')} годовщина`).toBe('37-я годовщина');
  });
});

describe('formatOrdinal', () => {
  it('writes English ordinals in English', () => {
    expect(formatOrdinal(31, 'en')).toBe('31st');
    expect(formatOrdinal(112, 'en')).toBe('112th');
  });

  it('refuses what is not a positive whole number', () => {
    expect(() => formatOrdinal(0, 'en')).toThrow(RangeError);
    expect(() => formatOrdinal(2.5, 'az')).toThrow(RangeError);
  });
});
