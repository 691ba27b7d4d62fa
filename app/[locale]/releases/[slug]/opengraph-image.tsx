import { isLocale } from '@/lib/i18n/config';
import { OG_IMAGE_CONTENT_TYPE, OG_IMAGE_SIZE, renderOgCard } from '@/lib/og/card';
import { ogCardAlt, releaseCardContent } from '@/lib/og/content';
import { missingCardResponse, siteHost } from '@/lib/og/route';
import { getReleaseBySlug } from '@/lib/releases/queries';
import { isSlug } from '@/lib/slug';

// The fonts are read from node_modules with fs.
export const runtime = 'nodejs';
// Rendered once per version of its content, not per request: cached like the pages (and tagged
// with the records it draws, so a publish purges it), instead of Next's per-request default.
export const dynamic = 'force-static';
export const revalidate = 3600;
// Pages name this image with its alt text in their own language (lib/og/metadata.ts); this is the fallback.
export const alt = ogCardAlt('release', 'en');
export const size = OG_IMAGE_SIZE;
export const contentType = OG_IMAGE_CONTENT_TYPE;

/** The release's title, issuer and date; a 404 for a release that is not public, like its page. */
export default async function ReleaseCardImage({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  const release = isLocale(locale) && isSlug(slug) ? await getReleaseBySlug(slug) : null;
  if (!release) return missingCardResponse();
  return renderOgCard(releaseCardContent(release, locale), { host: siteHost(), locale });
}
