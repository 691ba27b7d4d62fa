import { describe, expect, it } from 'vitest';
import {
  buildMemorialExport,
  contentVersion,
  contentVersionOfParts,
  memorialExportHeader,
  memorialJsonChunks,
  type ExportLicence,
  type ExportVictim,
  type MemorialContent,
} from '@/lib/export/memorial';

/** The operator's licence, with a statement in two of the three languages. */
const LICENCE: ExportLicence = { stated: true, name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/', statement: { az: 'Mənbəni göstərin.', en: 'Credit the memorial.', ru: null } };

/** The export written in pieces, the victims one at a time, is the whole document's text and version. */
const at = '2026-01-20T00:00:00.000Z';
const victim = (slug: string): ExportVictim => ({
  slug,
  nameLatin: `Name "${slug}"\nsecond line`,
  nameCyrillic: 'Имя',
  nameRussian: null,
  otherNames: ['Other'],
  description: null,
  sex: 'NOT_STATED',
  birthDate: null,
  birthDatePrecision: 'UNKNOWN',
  age: 30,
  fate: 'KILLED',
  deathDate: '1990-01-20',
  deathDatePrecision: 'DAY',
  deathPlace: 'Baku',
  circumstances: null,
  occupation: null,
  burialPlace: null,
  biography: null,
  url: `https://memorial.example.org/az/victims/${slug}`,
  updatedAt: slug === 'b' ? '2026-02-01T00:00:00.000Z' : at,
  citations: slug === 'a' ? [] : [{ sourceKey: 'source', quote: 'Words.', quoteIsVerbatim: true, page: null }],
});

function content(victims: ExportVictim[]): MemorialContent {
  return {
    issuers: [],
    releases: [],
    sources: [],
    events: [
      { slug: 'event', title: 'Event', description: null, date: '1990-01-20', datePrecision: 'DAY', endDate: null, time: null, place: null, updatedAt: at, citations: [] },
    ],
    figures: [],
    victims,
    anniversaries: [{ year: 2027, title: null, introduction: null, eventSlugs: [], url: 'https://memorial.example.org/az/anniversaries/2027', updatedAt: at }],
  };
}

async function* each<T>(items: T[]): AsyncGenerator<T> {
  yield* items;
}

describe('the JSON export in pieces', () => {
  for (const victims of [[], [victim('a')], [victim('a'), victim('b'), victim('c')]]) {
    it(`is the whole document's text and version with ${victims.length} victims`, async () => {
      const whole = content(victims);
      const generatedAt = new Date('2026-12-01T00:00:00Z');
      const expected = buildMemorialExport(whole, 'https://memorial.example.org', generatedAt, LICENCE);
      const { victims: _victims, ...listed } = whole;
      const version = contentVersionOfParts(listed);
      for (const item of victims) version.addVictim(item);
      expect(version.version()).toBe(contentVersion(whole));
      const lastUpdated = victims.length > 0 ? victims.map((item) => item.updatedAt).sort().at(-1)! : null;
      const header = memorialExportHeader(listed, { count: victims.length, lastUpdated }, expected.version, 'https://memorial.example.org', generatedAt, LICENCE);
      let text = '';
      for await (const chunk of memorialJsonChunks(header, listed, each(victims))) text += chunk;
      expect(text).toBe(`${JSON.stringify(expected, null, 2)}\n`);
    });
  }
});
