import { describe, expect, it } from 'vitest';
import { parseReleaseFilters } from '@/lib/releases/schema';
import { parseVictimSearch } from '@/lib/victims/schema';

describe('parseReleaseFilters', () => {
  it('keeps well-formed filters', () => {
    expect(parseReleaseFilters({ year: '2020', issuer: 'unattributed' })).toEqual({ year: 2020, issuer: 'unattributed' });
  });

  it('drops malformed values instead of failing', () => {
    expect(parseReleaseFilters({ year: 'abc', issuer: '<script>' })).toEqual({ year: undefined, issuer: undefined });
    expect(parseReleaseFilters({ year: '99999999999999999999' })).toEqual({ year: undefined, issuer: undefined });
  });

  it('takes the first of repeated parameters', () => {
    expect(parseReleaseFilters({ year: ['2009', '2007'] }).year).toBe(2009);
  });
});

describe('parseVictimSearch', () => {
  it('normalises the name and parses numbers', () => {
    expect(parseVictimSearch({ q: '  Larissa   Mammadova ', ageMin: '10', ageMax: '20', page: '2' })).toEqual({
      q: 'Larissa Mammadova',
      place: undefined,
      ageMin: 10,
      ageMax: 20,
      page: 2,
    });
  });

  it('drops malformed values and defaults the page', () => {
    expect(parseVictimSearch({ q: '', ageMin: '-4', ageMax: 'old', page: '0' })).toEqual({
      q: undefined,
      place: undefined,
      ageMin: undefined,
      ageMax: undefined,
      page: 1,
    });
  });

  it('caps an overlong query', () => {
    expect(parseVictimSearch({ q: 'a'.repeat(500) }).q).toHaveLength(100);
  });
});
