import { describe, expect, it } from 'vitest';
import { dailyCacheControl, sharedCacheControl as handlerCacheControl } from '@/cache-handler.mjs';
import { bakuCalendarDate, nextBakuMidnight, secondsUntilNextBakuMidnight } from '@/lib/baku-time';
import { cappedLifetime } from '@/lib/cache';
import { rememberedFacts, rememberedMonthDays, type DatedFields, type RememberedPerson } from '@/lib/remembered-today/days';
import { buildRememberedTodayFeed, rememberedTodayEntry } from '@/lib/remembered-today/feed';
import { factsPhrase } from '@/lib/remembered-today/phrases';

const SITE = 'https://memorial.example.org';

/** A fixture, not a person of the memorial. */
const dated = (overrides: Partial<DatedFields> = {}): DatedFields => ({
  birthDate: null,
  birthDatePrecision: 'UNKNOWN',
  deathDate: null,
  deathDatePrecision: 'UNKNOWN',
  ...overrides,
});

describe('which dates are remembered today', () => {
  const today = { year: 2026, month: 12, day: 2 };

  it('counts a birth or a death stated to the day on today’s month and day, whatever its year', () => {
    expect(rememberedFacts(dated({ birthDate: '1969-12-02', birthDatePrecision: 'DAY' }), today)).toEqual([
      { kind: 'birth', date: '1969-12-02', year: 1969, onThisDay: true },
    ]);
    expect(rememberedFacts(dated({ deathDate: '1990-12-02', deathDatePrecision: 'DAY' }), today)).toEqual([
      { kind: 'death', date: '1990-12-02', year: 1990, onThisDay: true },
    ]);
    // Both on the same day: one person, two facts, the birth first.
    expect(
      rememberedFacts(dated({ birthDate: '1960-12-02', birthDatePrecision: 'DAY', deathDate: '1990-12-02', deathDatePrecision: 'DAY' }), today).map((fact) => fact.kind),
    ).toEqual(['birth', 'death']);
  });

  it('never counts a date known only to the month, the season or the year, nor another day', () => {
    // A month-precision date is stored as the 1st; a year-precision one as 1 January.
    for (const precision of ['MONTH', 'SEASON', 'YEAR', 'UNKNOWN'] as const) {
      expect(rememberedFacts(dated({ birthDate: '1969-12-02', birthDatePrecision: precision }), today)).toEqual([]);
      expect(rememberedFacts(dated({ deathDate: '1990-01-01', deathDatePrecision: precision }), { year: 2027, month: 1, day: 1 })).toEqual([]);
    }
    expect(rememberedFacts(dated({ birthDate: '1969-12-03', birthDatePrecision: 'DAY' }), today)).toEqual([]);
    expect(rememberedFacts(dated({ deathDate: '1990-11-02', deathDatePrecision: 'DAY' }), today)).toEqual([]);
    expect(rememberedFacts(dated(), today)).toEqual([]);
  });

  it('judges "today" by Baku’s calendar (UTC+4), not UTC’s', () => {
    // 20:30 UTC on 1 December is already 2 December in Baku; 19:59 UTC is still 1 December.
    expect(bakuCalendarDate(new Date('2026-12-01T20:30:00Z'))).toEqual({ year: 2026, month: 12, day: 2 });
    expect(bakuCalendarDate(new Date('2026-12-01T19:59:59Z'))).toEqual({ year: 2026, month: 12, day: 1 });
    const death = dated({ deathDate: '1990-01-20', deathDatePrecision: 'DAY' });
    expect(rememberedFacts(death, bakuCalendarDate(new Date('2027-01-19T20:00:00Z')))).toHaveLength(1);
    expect(rememberedFacts(death, bakuCalendarDate(new Date('2027-01-19T19:59:59Z')))).toHaveLength(0);
    expect(rememberedFacts(death, bakuCalendarDate(new Date('2027-01-20T20:00:00Z')))).toHaveLength(0);
  });

  it('remembers 29 February on that day in a leap year and on 28 February in other years, stating the own date', () => {
    const leapBirth = dated({ birthDate: '1968-02-29', birthDatePrecision: 'DAY' });
    expect(rememberedMonthDays({ year: 2027, month: 2, day: 28 })).toEqual(['02-28', '02-29']);
    expect(rememberedMonthDays({ year: 2028, month: 2, day: 28 })).toEqual(['02-28']);
    expect(rememberedMonthDays({ year: 2100, month: 2, day: 28 })).toEqual(['02-28', '02-29']);
    expect(rememberedMonthDays({ year: 2000, month: 2, day: 28 })).toEqual(['02-28']);
    expect(rememberedFacts(leapBirth, { year: 2027, month: 2, day: 28 })).toEqual([{ kind: 'birth', date: '1968-02-29', year: 1968, onThisDay: false }]);
    expect(rememberedFacts(leapBirth, { year: 2028, month: 2, day: 28 })).toEqual([]);
    expect(rememberedFacts(leapBirth, { year: 2028, month: 2, day: 29 })).toEqual([{ kind: 'birth', date: '1968-02-29', year: 1968, onThisDay: true }]);
    expect(rememberedFacts(leapBirth, { year: 2027, month: 3, day: 1 })).toEqual([]);
    // Shown on the 28th, the phrase names the person's own day, never "on this day".
    expect(factsPhrase(rememberedFacts(leapBirth, { year: 2027, month: 2, day: 28 }), 'en')).toBe('born on 29 February 1968');
    expect(factsPhrase(rememberedFacts(leapBirth, { year: 2028, month: 2, day: 29 }), 'en')).toBe('born on this day in 1968');
  });

  it('says it in each language', () => {
    const facts = rememberedFacts(dated({ birthDate: '1969-12-02', birthDatePrecision: 'DAY', deathDate: '1990-12-02', deathDatePrecision: 'DAY' }), today);
    expect(factsPhrase(facts, 'en')).toBe('born on this day in 1969; died on this day in 1990');
    expect(factsPhrase(facts, 'az')).toBe('1969-cu ildə bu gün anadan olub; 1990-cı ildə bu gün həlak olub');
    expect(factsPhrase(facts, 'ru')).toBe('родился(-ась) в этот день в 1969 году; погиб(ла) в этот день в 1990 году');
    // Russian verbs agree with the sex the record states.
    expect(factsPhrase(facts, 'ru', 'FEMALE')).toBe('родилась в этот день в 1969 году; погибла в этот день в 1990 году');
    expect(factsPhrase(facts, 'ru', 'MALE')).toBe('родился в этот день в 1969 году; погиб в этот день в 1990 году');
    expect(factsPhrase(facts, 'en', 'FEMALE')).toBe('born on this day in 1969; died on this day in 1990');
  });
});

describe('a lifetime that ends at Baku’s midnight', () => {
  it('finds the next Baku midnight (20:00 UTC) from any instant', () => {
    expect(nextBakuMidnight(new Date('2026-12-02T06:00:00Z')).toISOString()).toBe('2026-12-02T20:00:00.000Z');
    expect(nextBakuMidnight(new Date('2026-12-02T19:59:59Z')).toISOString()).toBe('2026-12-02T20:00:00.000Z');
    expect(nextBakuMidnight(new Date('2026-12-02T20:00:00Z')).toISOString()).toBe('2026-12-03T20:00:00.000Z');
    expect(nextBakuMidnight(new Date('2026-12-31T21:00:00Z')).toISOString()).toBe('2027-01-01T20:00:00.000Z');
    expect(nextBakuMidnight(new Date('2027-02-28T12:00:00Z')).toISOString()).toBe('2027-02-28T20:00:00.000Z');
    expect(secondsUntilNextBakuMidnight(new Date('2026-12-02T19:59:00Z'))).toBe(60);
    expect(secondsUntilNextBakuMidnight(new Date('2026-12-02T19:59:59.500Z'))).toBe(1);
  });

  it('caps a read’s lifetime at its end, and leaves other reads’ alone', () => {
    expect(cappedLifetime(3600, new Date('2026-12-02T19:50:00Z'), nextBakuMidnight)).toBe(600);
    expect(cappedLifetime(3600, new Date('2026-12-02T12:00:00Z'), nextBakuMidnight)).toBe(3600);
    // A scheduled record due sooner has already shortened it: the shorter one stands.
    expect(cappedLifetime(120, new Date('2026-12-02T19:50:00Z'), nextBakuMidnight)).toBe(120);
    expect(cappedLifetime(3600, new Date('2026-12-02T19:50:00Z'), undefined)).toBe(3600);
  });

  it('never lets a shared cache keep a daily answer past midnight, however old the answer is when sent', () => {
    const rendered = Date.parse('2026-12-02T19:00:00Z');
    // Rendered at 23:00 in Baku for an hour; sent at 23:50, it may be kept ten minutes, not an hour.
    expect(dailyCacheControl({ revalidate: 3600 }, rendered, Date.parse('2026-12-02T19:50:00Z'))).toBe(handlerCacheControl({ revalidate: 600 }));
    expect(dailyCacheControl({ revalidate: 3600 }, rendered, Date.parse('2026-12-02T19:00:00Z'))).toBe(handlerCacheControl({ revalidate: 3600 }));
    // Sent after midnight (Next serves the old day's render once while it renders the new one): one second.
    expect(dailyCacheControl({ revalidate: 3600 }, rendered, Date.parse('2026-12-02T20:00:05Z'))).toBe(handlerCacheControl({ revalidate: 1 }));
    // The cache handler's Baku midnight is lib/baku-time.ts's.
    for (const iso of ['2026-12-02T06:00:00Z', '2026-12-02T19:59:30Z', '2027-02-28T21:00:00Z']) {
      const now = Date.parse(iso);
      const left = secondsUntilNextBakuMidnight(new Date(now));
      expect(dailyCacheControl({ revalidate: 86_400 * 2 }, now, now)).toBe(handlerCacheControl({ revalidate: left }));
    }
  });
});

describe('the remembered-today feed', () => {
  const person: RememberedPerson = {
    slug: 'fixture-person',
    nameLatin: 'Fixture Person <&>',
    nameCyrillic: null,
    nameRussian: null,
    description: null,
    sex: 'MALE',
    facts: [{ kind: 'death', date: '1990-12-02', year: 1990, onThisDay: true }],
  };
  const date = { year: 2026, month: 12, day: 2 };

  it('has one entry per person and day with a stable id, dated the start of the day in Baku', () => {
    const entry = rememberedTodayEntry(person, date, SITE, 'en');
    expect(entry).toMatchObject({
      id: 'tag:memorial.example.org,2026:remembered-today/en/2026-12-02/fixture-person',
      title: 'Fixture Person <&>: died on this day in 1990',
      published: '2026-12-02T00:00:00+04:00',
      updated: '2026-12-02T00:00:00+04:00',
      url: `${SITE}/en/victims/fixture-person`,
      summary: 'Remembered on 2 December 2026: Fixture Person <&>, died on this day in 1990.',
    });
    expect(rememberedTodayEntry(person, date, SITE, 'en')).toEqual(entry);
    expect(rememberedTodayEntry(person, { year: 2027, month: 12, day: 2 }, SITE, 'en').id).not.toBe(entry.id);
    expect(rememberedTodayEntry(person, date, SITE, 'ru')).toMatchObject({ title: 'Fixture Person <&>: погиб в этот день в 1990 году' });
    expect(rememberedTodayEntry(person, date, SITE, 'ru').id).not.toBe(entry.id);
  });

  it('is a valid Atom document in each language, with the day as its date when nobody is remembered', () => {
    const xml = buildRememberedTodayFeed({ siteUrl: SITE, locale: 'az', date, people: [person] });
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="az">');
    expect(xml).toContain('<title>Fixture Person &lt;&amp;&gt;: 1990-cı ildə bu gün həlak olub</title>');
    expect(xml).toContain(`<link rel="self" type="application/atom+xml" href="${SITE}/feeds/remembrance/az.xml"/>`);
    expect(xml).toContain(`<link rel="alternate" type="text/html" href="${SITE}/az/remembrance"/>`);
    const empty = buildRememberedTodayFeed({ siteUrl: SITE, locale: 'ru', date, people: [] });
    expect(empty).toContain('<updated>2026-12-02T00:00:00+04:00</updated>');
    expect(empty).not.toContain('<entry');
  });
});
