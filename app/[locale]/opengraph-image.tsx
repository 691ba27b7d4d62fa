import { isLocale } from '@/lib/i18n/config';
import { OG_IMAGE_CONTENT_TYPE, OG_IMAGE_SIZE, renderOgCard } from '@/lib/og/card';
import { siteCardContent } from '@/lib/og/content';
import { SITE_CARD_ALT } from '@/lib/og/metadata';
import { missingCardResponse, siteHost } from '@/lib/og/route';

// The fonts are read from node_modules with fs.
export const runtime = 'nodejs';
// Rendered once per version of its content, not per request: cached like the pages (and tagged
// with the records it draws, so a publish purges it), instead of Next's per-request default.
export const dynamic = 'force-static';
// Pages name this image with its alt text in their own language (lib/og/metadata.ts); this is the fallback.
export const alt = SITE_CARD_ALT;
export const size = OG_IMAGE_SIZE;
export const contentType = OG_IMAGE_CONTENT_TYPE;

/** The site's own card, in the page's language: the home page's, and every page's without a card of its own. */
export default async function SiteCardImage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return missingCardResponse();
  return renderOgCard(siteCardContent(locale), { host: siteHost(), locale });
}
