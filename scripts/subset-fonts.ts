/**
 * npm run fonts:subset — writes components/site/fonts/*.woff2 and azerbaijani.css: the few letters of
 * Azerbaijani that Latin and basic Cyrillic lack, cut out of Noto's Latin Extended and Cyrillic
 * Extended files (from the @fontsource packages, SIL Open Font License) with fonttools' pyftsubset
 * (Debian's `fonttools` and `python3-brotli`). Declared after fontsource's faces with their own
 * unicode-range, they are the faces a browser takes for those letters, so a page whose only
 * non-English letters are Azerbaijani (a list of names) loads a few kilobytes per face instead of
 * Latin Extended's 55–66 kB. A page with other extended letters still loads fontsource's files for them.
 *
 * It also writes faces.css, fontsource's own faces for the subsets the memorial's three languages use
 * (Latin, Latin Extended, Cyrillic, Cyrillic Extended, and Noto Serif's mathematical signs and arrows),
 * woff2 only, read from fontsource's CSS. fontsource's combined CSS declares eight subsets per face,
 * Greek, Vietnamese and Devanagari among them, each with a woff fallback that no browser the site
 * supports asks for: 24 kB of @font-face rules in every page's inlined stylesheet (twice, once more in
 * the RSC payload), against 11 kB now.
 * The output is committed: the build needs neither fonttools nor this script.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from './lib/paths';

/** Ə ə Ğ ğ İ ı Ş ş. */
const LATIN = ['U+011E-011F', 'U+0130-0131', 'U+015E-015F', 'U+018F', 'U+0259'];
/** The Azerbaijani Cyrillic letters outside basic Cyrillic: Ғ ғ Ҝ ҝ Ү ү Ҹ ҹ Һ һ Ә ә Ө ө. */
const CYRILLIC = ['U+0492-0493', 'U+049C-049D', 'U+04AE-04AF', 'U+04B8-04BB', 'U+04D8-04D9', 'U+04E8-04E9'];

/** The faces components/site/fonts.ts imports. */
const FACES = [
  { family: 'Noto Serif', pkg: 'noto-serif', weight: 400, style: 'normal' },
  { family: 'Noto Serif', pkg: 'noto-serif', weight: 400, style: 'italic' },
  { family: 'Noto Serif', pkg: 'noto-serif', weight: 600, style: 'normal' },
  { family: 'Noto Serif', pkg: 'noto-serif', weight: 700, style: 'normal' },
  { family: 'Noto Sans', pkg: 'noto-sans', weight: 400, style: 'normal' },
  { family: 'Noto Sans', pkg: 'noto-sans', weight: 600, style: 'normal' },
] as const;

/** One swapping woff2 face of `face` for the characters in `range`, with a comment saying what it holds. */
function fontFaceRule(face: (typeof FACES)[number], holds: string, url: string, range: string): string {
  return [
    `/* ${face.family} ${face.weight} ${face.style}: ${holds} */`,
    '@font-face {',
    `  font-family: '${face.family}';`,
    `  font-style: ${face.style};`,
    '  font-display: swap;',
    `  font-weight: ${face.weight};`,
    `  src: url(${url}) format('woff2');`,
    `  unicode-range: ${range};`,
    '}',
  ].join('\n');
}

const OUT = path.join(PROJECT_ROOT, 'components', 'site', 'fonts');
mkdirSync(OUT, { recursive: true });

const rules: string[] = [];
for (const face of FACES) {
  for (const [script, subset, ranges] of [
    ['latin', 'latin-ext', LATIN],
    ['cyrillic', 'cyrillic-ext', CYRILLIC],
  ] as const) {
    const source = path.join(PROJECT_ROOT, 'node_modules', '@fontsource', face.pkg, 'files', `${face.pkg}-${subset}-${face.weight}-${face.style}.woff2`);
    const name = `${face.pkg}-az-${script}-${face.weight}-${face.style}.woff2`;
    const result = spawnSync('pyftsubset', [source, `--unicodes=${ranges.join(',')}`, '--flavor=woff2', '--layout-features=*', `--output-file=${path.join(OUT, name)}`], { encoding: 'utf8' });
    if (result.error || result.status !== 0) {
      console.error(`pyftsubset failed on ${source}: ${result.error?.message ?? result.stderr}\nInstall Debian's fonttools and python3-brotli.`);
      process.exit(1);
    }
    rules.push(fontFaceRule(face, `the Azerbaijani letters of ${subset}`, `./${name}`, ranges.join(',')));
  }
}
writeFileSync(
  path.join(OUT, 'azerbaijani.css'),
  `/* Written by npm run fonts:subset (scripts/subset-fonts.ts); do not edit. Noto: SIL Open Font License 1.1. */\n${rules.join('\n')}\n`,
);
console.log(`Wrote ${rules.length} faces to ${path.relative(PROJECT_ROOT, OUT)}.`);

/** The subsets of fontsource's faces the pages use; the others (Greek, Vietnamese, Devanagari) are left out. */
const SUBSETS = ['cyrillic-ext', 'cyrillic', 'latin-ext', 'latin', 'math'];
const faces: string[] = [];
for (const face of FACES) {
  const css = readFileSync(path.join(PROJECT_ROOT, 'node_modules', '@fontsource', face.pkg, `${face.weight}${face.style === 'italic' ? '-italic' : ''}.css`), 'utf8');
  const rule = new RegExp(`/\\* ${face.pkg}-([a-z-]+)-${face.weight}-${face.style} \\*/\\s*@font-face \\{([^}]*)\\}`, 'g');
  for (const [, subset, body] of css.matchAll(rule)) {
    if (!SUBSETS.includes(subset!)) continue;
    const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(body!)?.[1];
    const range = /unicode-range: ([^;]+);/.exec(body!)?.[1];
    if (!file || !range) throw new Error(`Unexpected @font-face in @fontsource/${face.pkg}: ${body}`);
    faces.push(fontFaceRule(face, subset!, `../../../node_modules/@fontsource/${face.pkg}/files/${file}`, range));
  }
}
writeFileSync(
  path.join(OUT, 'faces.css'),
  `/* Written by npm run fonts:subset (scripts/subset-fonts.ts) from @fontsource's CSS; do not edit. Noto: SIL Open Font License 1.1. */\n${faces.join('\n')}\n`,
);
console.log(`Wrote ${faces.length} faces to ${path.relative(PROJECT_ROOT, path.join(OUT, 'faces.css'))}.`);
