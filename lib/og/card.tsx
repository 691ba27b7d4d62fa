import { ImageResponse } from 'next/og';
import { catalogue } from '@/lib/i18n/catalogue';
import { intlLocale } from '@/lib/i18n/config';
import { loadOgFonts, ogFontFamily, type OgFont } from '@/lib/og/fonts';
import { SITE_COLOURS } from '@/lib/site-colours';

/** Open Graph's recommended size, which Twitter's large card shares. */
export const OG_IMAGE_SIZE = { width: 1200, height: 630 } as const;
export const OG_IMAGE_CONTENT_TYPE = 'image/png';

/** What a preview card says. Text is drawn as given: build it with lib/og/content.ts. */
export type OgCardContent = {
  /** The kind of page, in small capitals above the title ("Press release"). */
  kicker: string;
  title: string;
  /** Short lines under the title: dates, issuer, place. */
  lines: string[];
};

// The site's palette (app/globals.css): ink on paper, one mourning red.
const { paper: PAPER, ink: INK, muted: MUTED, rule: RULE, mourning: MOURNING } = SITE_COLOURS;
/** The mourning band's width; the rest of the card is the text column, so long lines wrap. */
const BAND = 28;
const SERIF = ogFontFamily('serif');
const SANS = ogFontFamily('sans');

/** Long titles get a smaller size so that they fit in four lines. */
function titleFontSize(title: string): number {
  if (title.length <= 32) return 76;
  if (title.length <= 64) return 62;
  if (title.length <= 110) return 50;
  return 42;
}

/** The site's mark, as in the header and in the card's language: the name in serif, the date and "a memorial" under it. */
function SiteMark({ locale }: { locale: string }) {
  const { common } = catalogue(locale).messages;
  return (
    <div style={{ display: 'flex', flexDirection: 'column' }}>
      <div style={{ fontFamily: SERIF, fontWeight: 700, fontSize: 40, letterSpacing: 1, color: INK }}>{common.siteName}</div>
      <div style={{ fontFamily: SANS, fontWeight: 400, fontSize: 24, color: MUTED }}>{common.tagline}</div>
    </div>
  );
}

/** The card: a mourning band on the left, the mark, then the kicker, the title and its lines. */
export function OgCard({ content, host, locale = 'en' }: { content: OgCardContent; host: string; locale?: string }) {
  return (
    <div style={{ display: 'flex', width: '100%', height: '100%', backgroundColor: PAPER, color: INK }}>
      <div style={{ display: 'flex', width: BAND, height: '100%', backgroundColor: MOURNING }} />
      <div style={{ display: 'flex', flexDirection: 'column', width: OG_IMAGE_SIZE.width - BAND, padding: '56px 72px 48px 64px' }}>
        <div style={{ display: 'flex', paddingBottom: 24, borderBottom: `2px solid ${RULE}` }}>
          <SiteMark locale={locale} />
        </div>
        <div style={{ display: 'flex', flexDirection: 'column', justifyContent: 'center', flexGrow: 1 }}>
          {/* Capitals by the language's own rules (Azerbaijani i → İ), not CSS's, which knows only English. */}
          <div style={{ fontFamily: SANS, fontWeight: 600, fontSize: 26, letterSpacing: 3, color: MOURNING }}>
            {content.kicker.toLocaleUpperCase(intlLocale(locale))}
          </div>
          <div
            style={{
              display: 'flex',
              marginTop: 12,
              fontFamily: SERIF,
              fontWeight: 700,
              fontSize: titleFontSize(content.title),
              lineHeight: 1.18,
              maxHeight: 300,
              overflow: 'hidden',
            }}
          >
            {content.title}
          </div>
          {content.lines.map((line) => (
            <div key={line} style={{ display: 'flex', marginTop: 14, fontFamily: SANS, fontWeight: 400, fontSize: 30, color: MUTED }}>
              {line}
            </div>
          ))}
        </div>
        <div style={{ display: 'flex', fontFamily: SANS, fontWeight: 400, fontSize: 24, color: MUTED }}>{host}</div>
      </div>
    </div>
  );
}

/**
 * The card as a 1200×630 PNG response, drawn with the bundled fonts (or the given ones: tests draw
 * with some subsets left out, to see what a missing glyph looks like).
 */
export async function renderOgCard(content: OgCardContent, options: { host: string; locale?: string; fonts?: OgFont[] }): Promise<ImageResponse> {
  const fonts = options.fonts ?? (await loadOgFonts());
  return new ImageResponse(<OgCard content={content} host={options.host} locale={options.locale} />, { ...OG_IMAGE_SIZE, fonts });
}
