import { isLocale } from '@/lib/i18n/config';
import { OG_IMAGE_CONTENT_TYPE, OG_IMAGE_SIZE, renderOgCard } from '@/lib/og/card';
import { ogCardAlt, victimCardContent } from '@/lib/og/content';
import { missingCardResponse, siteHost } from '@/lib/og/route';
import { isSlug } from '@/lib/slug';
import { getVictimBySlug } from '@/lib/victims/queries';

// The fonts are read from node_modules with fs.
export const runtime = 'nodejs';
// Rendered once per version of its content, not per request: cached like the pages (and tagged
// with the records it draws, so a publish purges it), instead of Next's per-request default.
export const dynamic = 'force-static';
export const revalidate = 3600;
// Pages name this image with its alt text in their own language (lib/og/metadata.ts); this is the fallback.
export const alt = ogCardAlt('victim', 'en');
export const size = OG_IMAGE_SIZE;
export const contentType = OG_IMAGE_CONTENT_TYPE;

/** The name (or the description of an unidentified person) and the recorded dates; a 404 for a record that is not public. */
export default async function VictimCardImage({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  const victim = isLocale(locale) && isSlug(slug) ? await getVictimBySlug(slug) : null;
  if (!victim) return missingCardResponse();
  return renderOgCard(victimCardContent(victim, locale), { host: siteHost(), locale });
}
