import { titleInReadersLanguage } from '@/lib/anniversaries/format';
import { getLocalisedAnniversary } from '@/lib/anniversaries/localised';
import { isLocale } from '@/lib/i18n/config';
import { OG_IMAGE_CONTENT_TYPE, OG_IMAGE_SIZE, renderOgCard } from '@/lib/og/card';
import { anniversaryCardContent, anniversaryYearParam, ogCardAlt } from '@/lib/og/content';
import { missingCardResponse, siteHost } from '@/lib/og/route';

// The fonts are read from node_modules with fs.
export const runtime = 'nodejs';
// Rendered once per version of its content, not per request: cached like the pages (and tagged
// with the records it draws, so a publish purges it), instead of Next's per-request default.
export const dynamic = 'force-static';
export const revalidate = 3600;
// Pages name this image with its alt text in their own language (lib/og/metadata.ts); this is the fallback.
export const alt = ogCardAlt('anniversary', 'en');
export const size = OG_IMAGE_SIZE;
export const contentType = OG_IMAGE_CONTENT_TYPE;

/**
 * "37th anniversary" / "37-ci ildönümü" / "37-я годовщина", the date with its weekday, and the
 * curators' title where it reads in the card's language; a 404 for a year without an anniversary page.
 */
export default async function AnniversaryCardImage({ params }: { params: Promise<{ locale: string; year: string }> }) {
  const { locale, year: yearParam } = await params;
  const year = anniversaryYearParam(yearParam, new Date());
  if (year === null || !isLocale(locale)) return missingCardResponse();
  const record = await getLocalisedAnniversary(year, locale);
  return renderOgCard(anniversaryCardContent(year, { title: titleInReadersLanguage(record?.localised.title) }, locale), { host: siteHost(), locale });
}
