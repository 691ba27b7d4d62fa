import { describe, expect, it } from 'vitest';
import { foldName, victimSearchKey } from '@/lib/victims/search/search-key';
import { parseVictimSearch, victimSearchHref } from '@/lib/victims/schema';

/**
 * Real spellings of the same name, as 1990 records, Russian documents and Azerbaijani Latin give
 * them. They live here, never in the seed: a victim's other spellings are entered from sources.
 */
const SAME_NAME: string[][] = [
  ['Məmmədova', 'Mammadova', 'Mamedova', 'Мамедова', 'Mamedowa', 'MƏMMƏDOVA'],
  ['Əliyev', 'Aliyev', 'Aliev', 'Алиев', 'Әлијев'],
  ['Hüseynov', 'Huseynov', 'Guseynov', 'Гусейнов', 'Һүсејнов'],
  ['Cəfərov', 'Jafarov', 'Dzhafarov', 'Джафаров', 'Ҹәфәров', 'Djafarov'],
  ['Qasımov', 'Gasimov', 'Kasimov', 'Касымов', 'Qasimov'],
  ['Şükürov', 'Shukurov', 'Шукюров', 'Sukurov'],
  ['Xəlilov', 'Khalilov', 'Халилов', 'Halilov'],
  ['Çingiz', 'Chingiz', 'Чингиз', 'Cingiz'],
  ['Ağayev', 'Aghayev', 'Agaev', 'Агаев', 'Ағајев'],
  ['Hacıyev', 'Hajiyev', 'Gadzhiev', 'Гаджиев', 'Hajiev'],
  ['Köçərli', 'Kocharli', 'Кочарли', 'Köcharli'],
  ['Yusif', 'Yusuf', 'Юсиф'],
  ['Larissa', 'Larisa', 'Лариса'],
  ['Elçin', 'Elchin', 'Эльчин', 'ELÇİN'],
  ['Əli oğlu', 'Алиевич', 'Aliyevich', 'Ali oglu', 'Али оглы'],
  ['Əli qızı', 'Алиевна', 'Aliyevna', 'Ali kyzy', 'Али кызы'],
  ['Məmməd oğlu', 'Мамедович', 'Mamedovich'],
  ['Hüseyn oğlu', 'Гусейнович'],
  ['Larissa Mammadova', 'larisa  MAMEDOVA', 'Лариса Мамедова'],
];

/** Different people's names: their keys must differ. */
const DIFFERENT_NAMES: [string, string][] = [
  ['Aliyev', 'Quliyev'],
  ['Mammadova', 'Mammadov'],
  ['Hüseynov', 'Həsənov'],
  ['Əliyev', 'Əlizadə'],
  ['Qasımov', 'Kərimov'],
  ['Cəfərov', 'Səfərov'],
  ['Əli oğlu', 'Əli qızı'],
  ['Larissa', 'Lariza Mammadova'],
  ['Çingiz', 'Şahin'],
];

describe('foldName', () => {
  for (const spellings of SAME_NAME) {
    it(`gives ${spellings.join(' / ')} one key`, () => {
      const keys = spellings.map(foldName);
      expect(new Set(keys).size, `${spellings.join(', ')} → ${keys.join(', ')}`).toBe(1);
      expect(keys[0]).toMatch(/^[a-z0-9]+( [a-z0-9]+)*$/);
    });
  }

  for (const [first, second] of DIFFERENT_NAMES) {
    it(`keeps ${first} and ${second} apart`, () => {
      expect(foldName(first)).not.toBe(foldName(second));
    });
  }

  it('ignores punctuation and spacing, keeps digits', () => {
    expect(foldName('  Məmmədova,   Larissa!  ')).toBe(foldName('mammadova larissa'));
    expect(foldName('a 7-year old boy')).toBe('a 7 yar old boi');
    expect(foldName('«—»')).toBe('');
  });
});

describe('victimSearchKey', () => {
  it('holds each distinct folded form between separators', () => {
    expect(
      victimSearchKey({ nameLatin: 'Larissa Mammadova', nameCyrillic: 'Лариса Мамедова', nameRussian: null, otherNames: ['Larisa Mammadova', 'L. Məmmədova'] }),
    ).toBe('|larisa mamadova|l mamadova|');
  });

  it('uses the description only for a person no source names', () => {
    expect(victimSearchKey({ nameLatin: null, description: 'a young doctor' })).toBe('|a younk doctor|');
    expect(victimSearchKey({ nameLatin: 'Elçin', description: 'a young doctor' })).toBe('|alcin|');
    expect(victimSearchKey({ nameLatin: ' ', otherNames: [] })).toBe('');
  });
});

describe('the victims list query string', () => {
  it('parses the fate and date filters and drops malformed ones', () => {
    expect(parseVictimSearch({ fate: 'MISSING', diedFrom: '1990-01-19', diedTo: '1990-01-20' })).toMatchObject({ fate: 'MISSING', diedFrom: '1990-01-19', diedTo: '1990-01-20' });
    expect(parseVictimSearch({ fate: 'ALIVE', diedFrom: '1990-02-30', diedTo: '20 January' })).toMatchObject({ fate: undefined, diedFrom: undefined, diedTo: undefined });
  });

  it('keeps the name and every filter on the links to other pages', () => {
    const search = parseVictimSearch({ q: 'Лариса Məmmədova', place: 'Baku', ageMin: '10', ageMax: '20', fate: 'KILLED', diedFrom: '1990-01-19', diedTo: '1990-01-20', page: '2' });
    const href = victimSearchHref('az', search, 3);
    expect(href.startsWith('/az/victims?')).toBe(true);
    expect(Object.fromEntries(new URL(href, 'http://x').searchParams)).toEqual({
      q: 'Лариса Məmmədova',
      place: 'Baku',
      ageMin: '10',
      ageMax: '20',
      fate: 'KILLED',
      diedFrom: '1990-01-19',
      diedTo: '1990-01-20',
      page: '3',
    });
    expect(victimSearchHref('en', parseVictimSearch({}), 1)).toBe('/en/victims');
  });
});
