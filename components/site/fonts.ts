/**
 * The site's typefaces, served from our own origin (CSP font-src 'self'): Noto Serif for reading, Noto
 * Sans for labels, in every subset fontsource publishes — among them Latin with its extension (ə ğ ı ş ç ö ü)
 * and Cyrillic with its extension (ә ҹ ғ). The combined files are used because only they give each
 * @font-face its unicode-range (the per-subset files do not), so a browser downloads only the files
 * the page's text uses. Without them, a machine with no font that has ə would
 * show a missing-glyph box. They swap in when they arrive (font-display: swap); the fallback faces in
 * app/globals.css are sized like them, so the text does not move when they do.
 *
 * The Azerbaijani letters that Latin and basic Cyrillic lack (ə ğ ı İ ş; ә ғ ҹ…) come from small faces
 * of their own (components/site/fonts/, made by npm run fonts:subset), so that a page of names loads
 * a few kilobytes per face for them rather than the whole extended subsets.
 */
import '@fontsource/noto-serif/400.css';
import '@fontsource/noto-serif/400-italic.css';
import '@fontsource/noto-serif/600.css';
import '@fontsource/noto-serif/700.css';
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/600.css';
// After fontsource's faces, so that a browser takes these for the Azerbaijani letters: a few kilobytes
// per face instead of Latin Extended's or Cyrillic Extended's whole file (scripts/subset-fonts.ts).
import './fonts/azerbaijani.css';
