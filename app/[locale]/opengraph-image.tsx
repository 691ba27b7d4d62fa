import { OG_IMAGE_CONTENT_TYPE, OG_IMAGE_SIZE, renderOgCard } from '@/lib/og/card';
import { SITE_CARD_CONTENT } from '@/lib/og/content';
import { SITE_CARD_ALT } from '@/lib/og/metadata';
import { siteHost } from '@/lib/og/route';

// The fonts are read from node_modules with fs.
export const runtime = 'nodejs';
export const alt = SITE_CARD_ALT;
export const size = OG_IMAGE_SIZE;
export const contentType = OG_IMAGE_CONTENT_TYPE;

/** The site's own card: the home page's, and every page's without a card of its own. */
export default async function SiteCardImage() {
  return renderOgCard(SITE_CARD_CONTENT, { host: siteHost() });
}
