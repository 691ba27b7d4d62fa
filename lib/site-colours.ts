/**
 * The site's palette where it leaves the stylesheet: the preview cards (lib/og/card.tsx), the web
 * manifest's theme and background (app/manifest.ts) and the icons (app/icon.svg). app/globals.css
 * is its source (`--color-*` in @theme); tests/unit/site-icons.test.ts checks that these match it.
 */
export const SITE_COLOURS = {
  paper: '#faf8f5',
  ink: '#1c1b1a',
  muted: '#55514c',
  rule: '#d9d4cc',
  mourning: '#7a1f1f',
} as const;
