import { getAnniversaryRecord } from '@/lib/anniversaries/queries';
import { isLocale } from '@/lib/i18n/config';
import { OG_IMAGE_CONTENT_TYPE, OG_IMAGE_SIZE, renderOgCard } from '@/lib/og/card';
import { anniversaryCardContent, anniversaryYearParam } from '@/lib/og/content';
import { missingCardResponse, siteHost } from '@/lib/og/route';

// The fonts are read from node_modules with fs.
export const runtime = 'nodejs';
export const revalidate = 3600;
export const alt = 'The anniversary of Black January: its ordinal and date';
export const size = OG_IMAGE_SIZE;
export const contentType = OG_IMAGE_CONTENT_TYPE;

/** "37th anniversary", "Wednesday, 20 January 2027"; a 404 for a year without an anniversary page. */
export default async function AnniversaryCardImage({ params }: { params: Promise<{ locale: string; year: string }> }) {
  const { locale, year: yearParam } = await params;
  const year = anniversaryYearParam(yearParam, new Date());
  if (year === null || !isLocale(locale)) return missingCardResponse();
  const record = await getAnniversaryRecord(year);
  return renderOgCard(anniversaryCardContent(year, record, locale), { host: siteHost() });
}
