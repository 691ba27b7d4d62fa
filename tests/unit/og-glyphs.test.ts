import { describe, expect, it } from 'vitest';
import { renderOgCard, type OgCardContent } from '@/lib/og/card';
import { anniversaryCardContent, releaseCardContent, siteCardContent, victimCardContent } from '@/lib/og/content';
import { loadOgFonts, loadOgFontSubsets, type OgFont } from '@/lib/og/fonts';
import { recordFontDownloads } from '../helpers/font-downloads';

/**
 * The Azerbaijani edition's preview cards draw every Azerbaijani letter, in every face a card uses
 * (the title in Noto Serif bold, the kicker in Noto Sans semibold capitals, the lines in Noto Sans).
 * The renderer asks for a font download for each character no bundled font has: that request is the
 * sign of a missing glyph. The same card with only the Latin subset must make requests, which shows
 * the test can see a missing glyph; with the bundled fonts it must make none.
 */
const downloads = recordFontDownloads();

const LOWER = 'ə ğ ı i ş ç ö ü';
const UPPER = 'Ə Ğ I İ Ş Ç Ö Ü';
const CYRILLIC = 'Ә ә Ғ ғ Ҹ ҹ Һ һ Ј ј Ө ө Ү ү';

/** An Azerbaijani card of the kind the pages get, with every letter in every face. */
const AZERBAIJANI_CARD: OgCardContent = {
  kicker: `Qara Yanvarın ildönümü · ${LOWER}`,
  title: `Qara Yanvar — 20 yanvar 1990 · Şəhidlər Xiyabanı · ${LOWER} · ${UPPER}`,
  lines: [`Çərşənbə, 20 yanvar 2027 · ${LOWER} · ${UPPER}`, `Шәһидләр Хиябаны · ${CYRILLIC}`],
};

async function draw(content: OgCardContent, fonts: OgFont[], locale = 'az'): Promise<Buffer> {
  downloads.reset();
  const response = await renderOgCard(content, { host: 'memorial.test', fonts, locale });
  return Buffer.from(await response.arrayBuffer());
}

describe('Azerbaijani preview cards', () => {
  it('a card without the Latin Extended and Cyrillic subsets asks for the missing glyphs (the test can see them)', async () => {
    await draw(AZERBAIJANI_CARD, await loadOgFontSubsets(['latin']));
    expect(downloads.urls.length).toBeGreaterThan(0);
  });

  it('draws "Qara Yanvar … ə ğ ş" and every other Azerbaijani letter, Latin and Cyrillic, from the bundled fonts', async () => {
    const image = await draw(AZERBAIJANI_CARD, await loadOgFonts());
    expect(downloads.urls).toEqual([]);
    expect(image.subarray(1, 4).toString('latin1')).toBe('PNG');
  });

  it('draws each letter in each face of the card, and differently from the Latin-only rendering', async () => {
    const bundled = await loadOgFonts();
    const latinOnly = await loadOgFontSubsets(['latin']);
    for (const letter of ['ə', 'ğ', 'ş', 'İ', 'Ə', 'Ğ', 'Ş', 'ә', 'ҹ', 'ғ']) {
      // The letter alone as the kicker (Sans semibold), as the title (Serif bold) and as a line (Sans).
      for (const content of [
        { kicker: letter, title: 'a', lines: [] },
        { kicker: 'a', title: letter, lines: [] },
        { kicker: 'a', title: 'a', lines: [letter] },
      ]) {
        const drawn = await draw(content, bundled);
        expect(downloads.urls, `${letter} in ${JSON.stringify(content)}`).toEqual([]);
        const missing = await draw(content, latinOnly);
        expect(downloads.urls.length, `${letter} is missing from the Latin subset`).toBeGreaterThan(0);
        expect(drawn.equals(missing), letter).toBe(false);
      }
    }
  });

  it('the Azerbaijani cards the pages get have Azerbaijani letters, none replaced, and draw them without a missing glyph', async () => {
    const bundled = await loadOgFonts();
    const victim = {
      nameLatin: 'Larissa Mammadova',
      nameCyrillic: null,
      nameRussian: null,
      description: null,
      birthDate: null,
      birthDatePrecision: 'UNKNOWN' as const,
      deathDate: '1990-01-20',
      deathDatePrecision: 'DAY' as const,
      deathPlace: null,
      age: 13,
    };
    const release = { title: '30th Anniversary of the Black January', issuedOn: '2020-01-20', place: null, issuer: null };
    const cards = [siteCardContent('az'), anniversaryCardContent(2020, null, 'az'), anniversaryCardContent(2027, null, 'az'), victimCardContent(victim, 'az'), releaseCardContent(release, 'az')];
    const text = cards.map((content) => [content.kicker, content.title, ...content.lines].join(' ')).join(' ');
    // Whatever the wording, the Azerbaijani strings use the letters English lacks, and none was
    // replaced for want of a glyph (coveredText's U+FFFD).
    expect(text).toMatch(/[əğışçöüƏĞİŞÇÖÜ]/);
    expect(text).not.toContain('\uFFFD');
    for (const content of cards) {
      await draw(content, bundled);
      expect(downloads.urls, JSON.stringify(content)).toEqual([]);
    }
  });

  it('capitalises the kicker by Azerbaijani rules: i becomes İ, not I', async () => {
    const bundled = await loadOgFonts();
    const card = (kicker: string): OgCardContent => ({ kicker, title: 'a', lines: [] });
    // "ildönümü" in capitals is "İLDÖNÜMÜ" in Azerbaijani ("ILDÖNÜMÜ" would read "ıldönümü").
    expect((await draw(card('ildönümü'), bundled, 'az')).equals(await draw(card('İLDÖNÜMÜ'), bundled, 'az'))).toBe(true);
    // English keeps its own rule.
    expect((await draw(card('anniversary'), bundled, 'en')).equals(await draw(card('ANNIVERSARY'), bundled, 'en'))).toBe(true);
  });
});
