/**
 * The site's typefaces, served from our own origin (CSP font-src 'self'): Noto Serif for reading, Noto
 * Sans for labels, from the @fontsource packages, in the subsets the three languages use — Latin with
 * its extension (ə ğ ı ş ç ö ü), Cyrillic with its extension (ә ҹ ғ), and Noto Serif's mathematical
 * signs and arrows. Each @font-face has its unicode-range, so a browser downloads only the files the
 * page's text uses. Without them, a machine with no font that has ə would show a missing-glyph box.
 * They swap in when they arrive (font-display: swap); the fallback faces in app/globals.css are sized
 * like them, so the text does not move when they do.
 *
 * The faces are written by npm run fonts:subset (scripts/subset-fonts.ts) from fontsource's CSS, woff2
 * only and without the Greek, Vietnamese and Devanagari subsets: fontsource's own combined CSS was 24 kB
 * of @font-face rules in every page's inlined stylesheet (11 kB now).
 *
 * The Azerbaijani letters that Latin and basic Cyrillic lack (ə ğ ı İ ş; ә ғ ҹ…) come from small faces
 * of their own (components/site/fonts/, made by the same script), so that a page of names loads a few
 * kilobytes per face for them rather than the whole extended subsets.
 */
import './fonts/faces.css';
// After the other faces, so that a browser takes these for the Azerbaijani letters: a few kilobytes
// per face instead of Latin Extended's or Cyrillic Extended's whole file (scripts/subset-fonts.ts).
import './fonts/azerbaijani.css';
