import { describe, expect, it } from 'vitest';
import { OG_IMAGE_SIZE, renderOgCard, type OgCardContent } from '@/lib/og/card';
import { anniversaryCardContent, ogCardAlt, releaseCardContent, siteCardContent, victimCardContent } from '@/lib/og/content';
import { coveredText, loadOgFonts, loadOgFontSubsets, type OgFont } from '@/lib/og/fonts';
import { recordFontDownloads } from '../helpers/font-downloads';

/** Font downloads the renderer asks for: each is a glyph no bundled font has (tests/helpers/font-downloads.ts). */
const downloads = recordFontDownloads();

/** A code point in the Private Use Area: no font has it, so it is certain to be missing. */
const MISSING = '\uE000';

function card(title: string): OgCardContent {
  return { kicker: 'Memorial', title, lines: [] };
}

async function png(title: string, fonts: OgFont[]): Promise<Buffer> {
  const response = await renderOgCard(card(title), { host: 'memorial.test', fonts });
  return Buffer.from(await response.arrayBuffer());
}

describe('preview card images', () => {
  it('are 1200×630 PNGs, drawn without fetching anything', async () => {
    const image = await png('Şəhidlər Xiyabanı · Шәһидләр Хиабаны', await loadOgFonts());
    expect(image.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([image.readUInt32BE(16), image.readUInt32BE(20)]).toEqual([OG_IMAGE_SIZE.width, OG_IMAGE_SIZE.height]);
    expect(downloads.urls).toEqual([]);
  });

  // Each letter is compared with a certainly missing glyph: with a font that lacks the letter the two
  // renderings are identical (the test can tell a missing glyph), with the bundled fonts they differ.
  const letters = ['ə', 'ğ', 'ş', 'Ж', 'ә', 'ҹ'];
  for (const letter of letters) {
    it(`draw "${letter}" with a bundled font, not as a missing glyph`, async () => {
      const latinOnly = await loadOgFontSubsets(['latin']);
      expect((await png(letter, latinOnly)).equals(await png(MISSING, latinOnly))).toBe(true);

      downloads.reset();
      const bundled = await loadOgFonts();
      expect((await png(letter, bundled)).equals(await png(MISSING, bundled))).toBe(false);
      // The missing glyph asked for a download; the bundled letter did not.
      expect(downloads.urls.length).toBeGreaterThan(0);
      downloads.reset();
      await png(letter, bundled);
      expect(downloads.urls).toEqual([]);
    });
  }

  it('draws the Latin letters Azerbaijani shares with Turkish (ı ç ö ü) from the bundled fonts', async () => {
    const bundled = await loadOgFonts();
    const missing = await png(MISSING, bundled);
    for (const letter of ['ı', 'ç', 'ö', 'ü']) {
      downloads.reset();
      expect((await png(letter, bundled)).equals(missing)).toBe(false);
      expect(downloads.urls).toEqual([]);
    }
  });
});

describe('coveredText', () => {
  it('keeps Azerbaijani and Cyrillic letters, composes decomposed ones and replaces what the fonts lack', () => {
    expect(coveredText('Şəhidlər Xiyabanı, çöü, Шәһидләр, ҹ')).toBe('Şəhidlər Xiyabanı, çöü, Шәһидләр, ҹ');
    expect(coveredText('s\u0327')).toBe('ş');
    expect(coveredText(`a${MISSING}b 😀 漢`)).toBe('a\uFFFDb \uFFFD \uFFFD');
  });
});

/** A victim the sources describe without a name, with nothing else recorded. */
const UNIDENTIFIED_BOY = {
  nameLatin: null,
  nameCyrillic: null,
  nameRussian: null,
  description: 'a 7-year old boy',
  birthDate: null,
  birthDatePrecision: 'UNKNOWN' as const,
  deathDate: null as string | null,
  deathDatePrecision: 'UNKNOWN' as 'UNKNOWN' | 'DAY',
  deathPlace: null,
  age: null as number | null,
};

describe('card content', () => {
  it('states the anniversary as on its page', () => {
    expect(anniversaryCardContent(2027, null)).toEqual({
      kicker: 'Anniversary of Black January',
      title: '37th anniversary',
      lines: ['Wednesday, 20 January 2027'],
    });
  });

  it('gives a release its issuer, or says the text names none', () => {
    const release = { title: 'Thirty second anniversary', issuedOn: '2022-01-20', place: 'Sarajevo', issuer: null };
    expect(releaseCardContent(release).lines).toEqual(['Issuer not named in the text', '20 January 2022, Sarajevo']);
  });

  it('names an unidentified victim by the description and leaves out what no source records', () => {
    const victim = UNIDENTIFIED_BOY;
    expect(victimCardContent(victim)).toEqual({ kicker: 'In memory', title: 'Unidentified: a 7-year old boy', lines: [] });
    expect(
      victimCardContent({ ...victim, nameLatin: 'Ad Soyadı', nameCyrillic: 'Ад Сојады', deathDate: '1990-01-20', deathDatePrecision: 'DAY', age: 13 }).lines,
    ).toEqual(['Ад Сојады', 'Died 20 January 1990 · Aged 13']);
  });
});

describe('card content in Azerbaijani and Russian', () => {
  const victim = { ...UNIDENTIFIED_BOY, deathDate: '1990-01-20', deathDatePrecision: 'DAY' as const, age: 7 };

  it('states the anniversary with the language’s own ordinal and date', () => {
    expect(anniversaryCardContent(2027, null, 'az')).toEqual({ kicker: 'Qara Yanvarın ildönümü', title: '37-ci ildönümü', lines: ['20 yanvar 2027, çərşənbə'] });
    expect(anniversaryCardContent(2027, { title: 'Свой заголовок' }, 'ru')).toEqual({
      kicker: 'Годовщина Чёрного января',
      title: '37-я годовщина',
      lines: ['среда, 20 января 2027 г.', 'Свой заголовок'],
    });
  });

  it('labels a victim’s dates in the language, and keeps the source’s description as it is', () => {
    expect(victimCardContent(victim, 'az')).toEqual({ kicker: 'Əziz xatirəsinə', title: 'Kimliyi məlum olmayan şəxs: a 7-year old boy', lines: ['Ölüm tarixi: 20 yanvar 1990 · 7 yaşında'] });
    expect(victimCardContent(victim, 'ru').lines).toEqual(['Дата смерти: 20 января 1990 г. · Возраст: 7']);
  });

  it('says that a release names no issuer, and gives the site card and the alt texts, in the language', () => {
    const release = { title: 'Thirty second anniversary', issuedOn: '2022-01-20', place: null, issuer: null };
    expect(releaseCardContent(release, 'ru').lines).toEqual(['Издатель в тексте не назван', '20 января 2022 г.']);
    expect(siteCardContent('az').title).toBe('Qara Yanvar, 20 Yanvar 1990');
    expect(siteCardContent('en')).toEqual({
      kicker: 'A sourced memorial',
      title: 'Black January, 20 January 1990',
      lines: ['Those killed, wounded and detained in Baku, told in the words of the sources.'],
    });
    expect(ogCardAlt('site', 'en')).toBe('Black January, 20 January 1990: a sourced memorial');
    expect(ogCardAlt('victim', 'ru')).toContain('«Чёрный январь»');
  });
});
