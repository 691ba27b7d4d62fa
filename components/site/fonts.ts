/**
 * The site's typefaces, served from our own origin (CSP font-src 'self'): Noto Serif for reading, Noto
 * Sans for labels, in the subsets the three languages need — Latin with its extension (ə ğ ı ş ç ö ü)
 * and Cyrillic with its extension (ә ҹ ғ). Each @font-face carries a unicode-range, so a browser
 * downloads only the files the page's text uses. Without them, a machine with no font that has ə would
 * show a missing-glyph box.
 */
import '@fontsource/noto-serif/latin-400.css';
import '@fontsource/noto-serif/latin-ext-400.css';
import '@fontsource/noto-serif/cyrillic-400.css';
import '@fontsource/noto-serif/cyrillic-ext-400.css';
import '@fontsource/noto-serif/latin-400-italic.css';
import '@fontsource/noto-serif/latin-ext-400-italic.css';
import '@fontsource/noto-serif/cyrillic-400-italic.css';
import '@fontsource/noto-serif/cyrillic-ext-400-italic.css';
import '@fontsource/noto-serif/latin-600.css';
import '@fontsource/noto-serif/latin-ext-600.css';
import '@fontsource/noto-serif/cyrillic-600.css';
import '@fontsource/noto-serif/cyrillic-ext-600.css';
import '@fontsource/noto-serif/latin-700.css';
import '@fontsource/noto-serif/latin-ext-700.css';
import '@fontsource/noto-serif/cyrillic-700.css';
import '@fontsource/noto-serif/cyrillic-ext-700.css';
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-ext-400.css';
import '@fontsource/noto-sans/cyrillic-400.css';
import '@fontsource/noto-sans/cyrillic-ext-400.css';
import '@fontsource/noto-sans/latin-600.css';
import '@fontsource/noto-sans/latin-ext-600.css';
import '@fontsource/noto-sans/cyrillic-600.css';
import '@fontsource/noto-sans/cyrillic-ext-600.css';
