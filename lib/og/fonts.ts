import { readFile } from 'node:fs/promises';
import path from 'node:path';

/** A font as ImageResponse (Satori) takes it. */
export type OgFont = { name: string; data: Buffer; weight: 400 | 600 | 700; style: 'normal' };

/**
 * The subsets the preview images are drawn with: Latin and Latin Extended cover English and
 * Azerbaijani (ə ğ ı ş ç ö ü), Cyrillic and Cyrillic Extended cover Russian and Azerbaijani in
 * Cyrillic (ә ғ ҹ һ ј ө ү).
 */
export const OG_FONT_SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext'] as const;
export type OgFontSubset = (typeof OG_FONT_SUBSETS)[number];

/**
 * Noto Serif (titles, as on the site) and Noto Sans (labels), from the @fontsource packages (SIL Open
 * Font License 1.1; the licence is each package's LICENSE file). Satori reads WOFF but not WOFF2, so
 * the .woff files. They are read from disk at request time: nothing is fetched from the network.
 */
const FAMILIES = {
  serif: { name: 'Noto Serif', pkg: 'noto-serif', weights: [400, 700] },
  sans: { name: 'Noto Sans', pkg: 'noto-sans', weights: [400, 600] },
} as const;

/**
 * Satori keeps one font per family name, weight and style, so each subset is registered as a family
 * of its own ("Noto Serif latin-ext") and styles name the whole chain.
 */
function subsetFamily(family: keyof typeof FAMILIES, subset: OgFontSubset): string {
  return `${FAMILIES[family].name} ${subset}`;
}

/** The font-family value that draws with a family in every bundled subset. */
export function ogFontFamily(family: keyof typeof FAMILIES): string {
  return OG_FONT_SUBSETS.map((subset) => `'${subsetFamily(family, subset)}'`).join(', ');
}

function fontFile(pkg: string, subset: OgFontSubset, weight: number): string {
  return path.join(process.cwd(), 'node_modules', '@fontsource', pkg, 'files', `${pkg}-${subset}-${weight}-normal.woff`);
}

async function readFonts(subsets: readonly OgFontSubset[]): Promise<OgFont[]> {
  const fonts = (Object.keys(FAMILIES) as (keyof typeof FAMILIES)[]).flatMap((family) =>
    FAMILIES[family].weights.flatMap((weight) =>
      subsets.map(async (subset): Promise<OgFont> => ({
        name: subsetFamily(family, subset),
        data: await readFile(fontFile(FAMILIES[family].pkg, subset, weight)),
        weight,
        style: 'normal',
      })),
    ),
  );
  return Promise.all(fonts);
}

let bundled: Promise<OgFont[]> | undefined;

/** Every bundled subset, read once per server process. */
export function loadOgFonts(): Promise<OgFont[]> {
  bundled ??= readFonts(OG_FONT_SUBSETS).catch((error: unknown) => {
    bundled = undefined;
    throw error;
  });
  return bundled;
}

/** Only some subsets: for tests that need a rendering with glyphs missing. */
export function loadOgFontSubsets(subsets: readonly OgFontSubset[]): Promise<OgFont[]> {
  return readFonts(subsets);
}

/**
 * The code points the bundled subsets cover (the unicode-range of each subset, from the packages'
 * unicode.json). Anything else is replaced before drawing, because for a glyph no font has, the
 * renderer would try to download a font from Google Fonts at request time.
 */
const COVERED_RANGES: [number, number][] = [
  // latin
  [0x0000, 0x00ff], [0x0131, 0x0131], [0x0152, 0x0153], [0x02bb, 0x02bc], [0x02c6, 0x02c6], [0x02da, 0x02da],
  [0x02dc, 0x02dc], [0x0304, 0x0304], [0x0308, 0x0308], [0x0329, 0x0329], [0x2000, 0x206f], [0x20ac, 0x20ac],
  [0x2122, 0x2122], [0x2191, 0x2191], [0x2193, 0x2193], [0x2212, 0x2212], [0x2215, 0x2215], [0xfeff, 0xfeff],
  [0xfffd, 0xfffd],
  // latin-ext
  [0x0100, 0x02ba], [0x02bd, 0x02c5], [0x02c7, 0x02cc], [0x02ce, 0x02d7], [0x02dd, 0x02ff], [0x1d00, 0x1dbf],
  [0x1e00, 0x1e9f], [0x1ef2, 0x1eff], [0x2020, 0x2020], [0x20a0, 0x20ab], [0x20ad, 0x20c0], [0x2113, 0x2113],
  [0x2c60, 0x2c7f], [0xa720, 0xa7ff],
  // cyrillic
  [0x0301, 0x0301], [0x0400, 0x045f], [0x0490, 0x0491], [0x04b0, 0x04b1], [0x2116, 0x2116],
  // cyrillic-ext
  [0x0460, 0x052f], [0x1c80, 0x1c8a], [0x20b4, 0x20b4], [0x2de0, 0x2dff], [0xa640, 0xa69f], [0xfe2e, 0xfe2f],
];

function isCovered(codePoint: number): boolean {
  return COVERED_RANGES.some(([first, last]) => codePoint >= first && codePoint <= last);
}

/**
 * The text in composed form (a decomposed "s" + combining cedilla becomes "ş", which the fonts have),
 * with every character the bundled fonts still lack replaced by U+FFFD (which they have).
 */
export function coveredText(text: string): string {
  let result = '';
  for (const character of text.normalize('NFC')) result += isCovered(character.codePointAt(0) ?? 0) ? character : '\uFFFD';
  return result;
}
