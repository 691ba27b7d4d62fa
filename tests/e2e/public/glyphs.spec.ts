import { expect, test } from '../helpers/test';
import { nextAnniversaryYear } from '../../../lib/anniversaries/ordinal';
import { fetchPng } from '../helpers/png';
import { VICTIM, publicPages, releaseListPage } from '../helpers/public-pages';

/**
 * The Azerbaijani letters render on the pages, from the site's own fonts, not as missing-glyph boxes
 * and not from whatever font the reader's machine happens to have; and the preview images are PNGs of
 * the right size. That the card renderer draws these letters is proven where the fonts can be swapped
 * for ones that lack them: tests/unit/og-glyphs.test.ts and tests/unit/og-card.test.ts.
 */

/** The letters of Azerbaijani's Latin alphabet that English lacks. */
const AZERBAIJANI = ['ə', 'ğ', 'ı', 'İ', 'ş', 'ç', 'ö', 'ü'];
/** Their capitals, and the Azerbaijani letters of the Cyrillic alphabet (names in 1990 records). */
const MORE_LETTERS = ['Ə', 'Ğ', 'Ş', 'Ç', 'Ö', 'Ü', 'ә', 'ғ', 'ҹ', 'Ә', 'Ҹ', 'ж', 'ё'];

/** The site's faces, as components/site/fonts.ts loads them: family and the weights it imports. */
const FACES = [
  { family: 'Noto Serif', weight: 400 },
  { family: 'Noto Serif', weight: 600 },
  { family: 'Noto Serif', weight: 700 },
  { family: 'Noto Sans', weight: 400 },
  { family: 'Noto Sans', weight: 600 },
];

test.describe('Azerbaijani letters on the pages', () => {
  test('the Azerbaijani edition’s interface uses every Azerbaijani letter', async ({ page }) => {
    const seen = new Set<string>();
    for (const path of publicPages('az')) {
      await page.goto(path);
      for (const character of await page.locator('body').innerText()) seen.add(character);
    }
    expect(AZERBAIJANI.filter((letter) => !seen.has(letter))).toEqual([]);
  });

  test('the letters on a page are drawn with the site’s fonts, which the page has loaded', async ({ page }) => {
    await page.goto('/az');
    const result = await page.evaluate(async (letters) => {
      await document.fonts.ready;
      const text = document.body.innerText;
      // Faces the page itself loaded to draw its own text, before this test asks for anything.
      const loaded = Array.from(document.fonts).filter((face) => face.status === 'loaded' && /^["']?Noto (Serif|Sans)["']?$/.test(face.family));
      return {
        bodyFont: getComputedStyle(document.body).fontFamily,
        onPage: letters.filter((letter) => text.includes(letter)),
        loadedFamilies: [...new Set(loaded.map((face) => face.family.replace(/["']/g, '')))].sort(),
      };
    }, AZERBAIJANI);
    expect(result.bodyFont).toMatch(/^["']?Noto Serif["']?,/);
    expect(result.loadedFamilies).toEqual(['Noto Sans', 'Noto Serif']);
    // The home page's own text has some of the letters (the language switcher at least: "Azərbaycanca").
    expect(result.onPage).toContain('ə');
  });

  for (const { family, weight } of FACES) {
    test(`${family} ${weight} draws ${[...AZERBAIJANI, ...MORE_LETTERS].join(' ')}, not a box and not a fallback font`, async ({ page }) => {
      await page.goto('/az');
      const results = await page.evaluate(
        async ({ family, weight, letters }) => {
          await document.fonts.ready;
          const SIZE = 64;
          const canvas = document.createElement('canvas');
          canvas.width = SIZE * 2;
          canvas.height = SIZE * 2;
          const context = canvas.getContext('2d', { willReadFrequently: true })!;
          /** The pixels of one character drawn in a font, as a string to compare. */
          const draw = (character: string, font: string) => {
            context.clearRect(0, 0, canvas.width, canvas.height);
            context.font = font;
            context.fillStyle = '#000';
            // On the alphabetic baseline, which does not move with the first font's ascent and descent.
            context.textBaseline = 'alphabetic';
            context.fillText(character, SIZE / 2, SIZE * 1.3);
            return Array.from(context.getImageData(0, 0, canvas.width, canvas.height).data).join(',');
          };
          const site = `${weight} ${SIZE}px "${family}"`;
          // A family no machine has: the browser's fallback font draws the character, if any font can.
          const fallback = `${weight} ${SIZE}px "No Such Font Anywhere"`;
          // U+10FFFF is a noncharacter: no font has it, so it is drawn as the missing-glyph box.
          const box = '\u{10FFFF}';
          await document.fonts.load(site, letters.join(''));

          // Control: the same family's Latin subset alone, which lacks ə ğ İ ş and the Cyrillic letters (as
          // the site would draw them without its Latin Extended and Cyrillic files; ı ç ö ü are in it).
          // They must come out exactly as the fallback font's, which shows that the comparison can tell.
          const file = `${family.toLowerCase().replace(' ', '-')}-latin-${weight}-normal`;
          let latinSource: string | null = null;
          for (const sheet of Array.from(document.styleSheets)) {
            for (const rule of Array.from(sheet.cssRules)) {
              if (!(rule instanceof CSSFontFaceRule)) continue;
              const url = /url\("?([^")]+\.woff2)"?\)/.exec(rule.style.getPropertyValue('src'))?.[1];
              if (url && url.includes(`/${file}.`)) latinSource = new URL(url, sheet.href ?? location.href).href;
            }
          }
          if (!latinSource) throw new Error(`no @font-face for ${file}`);
          const latinOnly = new FontFace('Latin Subset Only', `url(${latinSource})`, { weight: String(weight) });
          document.fonts.add(await latinOnly.load());
          const control = `${weight} ${SIZE}px "Latin Subset Only"`;
          const controlWorks =
            ['ə', 'ğ', 'İ', 'ş', 'ә', 'ҹ'].every((letter) => draw(letter, control) === draw(letter, fallback)) && draw('a', control) !== draw('a', fallback);

          const covers = (face: FontFace, codePoint: number) =>
            face.unicodeRange.split(',').some((range) => {
              const [first, last = first] = range.trim().replace(/^U\+/i, '').split('-');
              const low = parseInt(first!.replace(/\?/g, '0'), 16);
              const high = parseInt(last!.replace(/\?/g, 'F'), 16);
              return codePoint >= low && codePoint <= high;
            });
          const faces = Array.from(document.fonts).filter(
            (face) => face.family.replace(/["']/g, '') === family && face.weight === String(weight) && face.style === 'normal',
          );
          return {
            control: controlWorks,
            letters: letters.map((letter) => {
              const codePoint = letter.codePointAt(0)!;
              const covering = faces.filter((face) => covers(face, codePoint));
              const glyph = draw(letter, site);
              return {
                letter,
                coveringFaces: covering.length,
                notLoaded: covering.filter((face) => face.status !== 'loaded').length,
                // Any face that draws it must be loaded; at least one must be, and it must have the glyph.
                anyLoaded: covering.some((face) => face.status === 'loaded'),
                isBox: glyph === draw(box, site),
                isFallback: glyph === draw(letter, fallback),
                isBlank: glyph === draw(' ', site),
              };
            }),
          };
        },
        { family, weight, letters: [...AZERBAIJANI, ...MORE_LETTERS] },
      );
      expect(results.control, 'the comparison can tell a fallback font from the site’s').toBe(true);
      const problems = results.letters
        .filter((result) => result.coveringFaces === 0 || !result.anyLoaded || result.isBox || result.isFallback || result.isBlank)
        .map((result) => `${result.letter}: ${JSON.stringify(result)}`);
      expect(problems).toEqual([]);
    });
  }

  test('each font file declares the characters it has, so a page downloads only the subsets its text needs', async ({ page }) => {
    await page.goto('/az');
    const faces = await page.evaluate(() =>
      Array.from(document.fonts)
        // The font files; not the fallback faces of app/globals.css, which are local fonts (nothing to download).
        .filter((face) => /^["']?Noto (Serif|Sans)["']?$/.test(face.family))
        .map((face) => ({ family: face.family.replace(/["']/g, ''), weight: face.weight, style: face.style, unicodeRange: face.unicodeRange })),
    );
    expect(faces.length).toBeGreaterThan(0);
    // A face without a unicode-range claims all of Unicode: the browser then fetches every subset in
    // turn to find a character, and cannot tell which subset has it.
    expect(faces.filter((face) => /^U\+0+-10FFFF$/i.test(face.unicodeRange)).map((face) => `${face.family} ${face.weight} ${face.style}`)).toEqual([]);
  });

  test('a page whose only extended letters are Azerbaijani loads their small faces, not the whole extended subsets', async ({ page }) => {
    const fonts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'font') fonts.push(new URL(request.url()).pathname);
    });
    // The list of names: ə, ğ, ı, ş in English text (components/site/fonts/, scripts/subset-fonts.ts).
    await page.goto('/en/victims');
    await page.evaluate(() => document.fonts.ready);
    expect(fonts.filter((font) => /-az-latin-/.test(font)).length).toBeGreaterThan(0);
    expect(fonts.filter((font) => /latin-ext/.test(font))).toEqual([]);
  });
});

test.describe('preview images of the Azerbaijani edition', () => {
  test('the home page, anniversaries, a victim and a release have 1200×630 PNG cards', async ({ page }) => {
    const [release] = await (async () => {
      await page.goto(releaseListPage('az'));
      return page.locator('main ul > li > a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
    })();
    const paths = ['/az', '/az/anniversaries/2020', `/az/anniversaries/${nextAnniversaryYear(new Date())}`, `/az/victims/${VICTIM.slug}`, release!];
    for (const path of paths) {
      await page.goto(path);
      const image = await page.locator('meta[property="og:image"]').first().getAttribute('content');
      expect(image, path).toBeTruthy();
      // The card is the page's own, in its language's address space.
      expect(new URL(image!).pathname, path).toMatch(/^\/az(\/|$)/);
      expect(await fetchPng(page.request, image!), `${path}: ${image}`).toEqual({ status: 200, contentType: 'image/png', isPng: true, size: [1200, 630] });
    }
  });
});
