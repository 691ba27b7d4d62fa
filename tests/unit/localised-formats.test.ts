import { describe, expect, it } from 'vitest';
import { buildAtomFeed } from '@/lib/feeds/atom';
import { releaseFeedEntry } from '@/lib/feeds/release-feed';
import { azerbaijaniAblativeSuffix, formatLocalisedFigureValue } from '@/lib/figures/labels';
import { otherLanguageName, releaseEdition, siteLanguageOf } from '@/lib/releases/language';
import { formatPageReference } from '@/lib/sources/format';
import type { FigureQualifier } from '@/lib/generated/prisma/enums';

/** The catalogues' words for each qualifier (lib/i18n/messages/<language>/figures.json, value.*). */
const WORDS: Record<string, Record<FigureQualifier, string>> = {
  en: { EXACT: '{number}', MORE_THAN: 'more than {number}', ABOUT: 'about {number}', AT_LEAST: 'at least {number}', ESTIMATED: 'an estimated {number}' },
  az: { EXACT: '{number}', MORE_THAN: '{number} çox', ABOUT: 'təxminən {number}', AT_LEAST: 'ən azı {number}', ESTIMATED: 'təxmini hesabla {number}' },
  ru: { EXACT: '{number}', MORE_THAN: 'более {number}', ABOUT: 'около {number}', AT_LEAST: 'не менее {number}', ESTIMATED: 'по оценкам, {number}' },
};

function figure(locale: string, value: number | null, qualifier: FigureQualifier) {
  return formatLocalisedFigureValue({ value, qualifier }, locale, (q, number) => WORDS[locale]![q].replace('{number}', number));
}

describe('azerbaijaniAblativeSuffix', () => {
  it.each([
    [130, 'dan'], // yüz otuz
    [131, 'dən'], // yüz otuz bir
    [134, 'dən'], // yüz otuz dörd
    [147, 'dən'], // yüz qırx yeddi
    [600, 'dən'], // altı yüz
    [700, 'dən'], // yeddi yüz
    [744, 'dən'], // yeddi yüz qırx dörd
    [26, 'dan'], // iyirmi altı
    [40, 'dan'], // qırx
    [59, 'dan'], // əlli doqquz
    [30000, 'dən'], // otuz min
    [2_000_000, 'dan'], // iki milyon
    [0, 'dan'], // sıfır
  ])('%i takes -%s', (value, suffix) => {
    expect(azerbaijaniAblativeSuffix(value)).toBe(suffix);
  });
});

describe('formatLocalisedFigureValue', () => {
  it('sets the number, formatted for the language, in the qualifier’s words', () => {
    expect(figure('en', 130, 'MORE_THAN')).toBe('more than 130');
    expect(figure('en', 30000, 'ABOUT')).toBe('about 30,000');
    expect(figure('ru', 30000, 'ABOUT')).toBe('около 30\u00a0000');
    expect(figure('ru', 744, 'EXACT')).toBe('744');
    expect(figure('az', 130, 'MORE_THAN')).toBe('130-dan çox');
    expect(figure('az', 744, 'MORE_THAN')).toBe('744-dən çox');
    expect(figure('az', 134, 'AT_LEAST')).toBe('ən azı 134');
  });

  it('is null where the source gives words, not a number', () => {
    expect(figure('ru', null, 'ABOUT')).toBeNull();
  });
});

describe('formatPageReference in other languages', () => {
  const russian = { page: (page: string) => `с. ${page}`, pages: (pages: string) => `с. ${pages}` };
  it('uses the language’s abbreviations and keeps words as given', () => {
    expect(formatPageReference('287', russian)).toBe('с. 287');
    expect(formatPageReference('48 - 50', russian)).toBe('с. 48–50');
    expect(formatPageReference('section 3', russian)).toBe('section 3');
  });
});

describe('release languages', () => {
  it('finds the site language of a language tag', () => {
    expect(siteLanguageOf('en')).toBe('en');
    expect(siteLanguageOf('en-GB')).toBe('en');
    expect(siteLanguageOf('az-Cyrl')).toBe('az');
    expect(siteLanguageOf('fr')).toBeNull();
  });

  it('reads a release in its own language’s edition, else the fallback', () => {
    expect(releaseEdition('ru', 'en')).toBe('ru');
    expect(releaseEdition('de-AT', 'en')).toBe('en');
  });

  it('names other languages in the reader’s language', () => {
    expect(otherLanguageName('fr', 'ru')).toBe('французский');
    expect(otherLanguageName('fr', 'en')).toBe('French');
  });
});

describe('release feed entries', () => {
  const release = {
    slug: 'x',
    title: 'Заявление',
    titleIsEditorial: false,
    issuedOn: '2020-01-20',
    place: null,
    language: 'ru',
    anniversaryYear: 2020,
    updatedAt: '2026-01-05T10:00:00.000Z',
    issuer: null,
  };

  it('link to the edition in the release’s language and carry that language as xml:lang', () => {
    const entry = releaseFeedEntry(release, 'https://memorial.example.org', 'en');
    expect(entry.url).toBe('https://memorial.example.org/ru/releases/x');
    const xml = buildAtomFeed({ id: 'https://memorial.example.org/f', title: 'F', selfUrl: 'https://memorial.example.org/f', pageUrl: 'https://memorial.example.org/en/releases', fallbackUpdated: '2025-01-01T00:00:00Z', language: 'en', entries: [entry] });
    expect(xml).toContain('<entry xml:lang="ru">');
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">');
  });

  it('of a release in another language link to the feed’s edition', () => {
    expect(releaseFeedEntry({ ...release, language: 'fr' }, 'https://memorial.example.org', 'en').url).toBe('https://memorial.example.org/en/releases/x');
  });
});
