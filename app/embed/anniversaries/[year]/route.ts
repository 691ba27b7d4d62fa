import type { NextRequest } from 'next/server';
import { ACCOUNT_RANGE } from '@/lib/anniversaries/account';
import { isAnniversaryYear } from '@/lib/anniversaries/ordinal';
import { titleInReadersLanguage } from '@/lib/anniversaries/format';
import { getLocalisedAnniversary } from '@/lib/anniversaries/localised';
import { anniversaryTitle, parseEmbedLang, parseEmbedTheme, pickSourcedLine, renderEmbedCard, renderEmbedNotFound } from '@/lib/embed/card';
import { cacheTags } from '@/lib/cache';
import { env } from '@/lib/env';
import { publicCacheHeaders } from '@/lib/http/cache-policy';
import { listTimelineEvents } from '@/lib/events/queries';
import { listFigures } from '@/lib/figures/queries';

/**
 * The embeddable card of an anniversary. A route handler rather than a page: an App Router page always
 * ships Next's client runtime and its RSC payload as <script> elements, and the card must carry no
 * JavaScript at all. It reads only cached queries, so a request does not reach the database.
 * Framing by any origin is allowed by next.config.ts (frame-ancestors * for /embed/*). `?lang=az|en|ru`
 * picks the card's language (Azerbaijani when absent or unknown).
 */
export const revalidate = 3600;

const HTML_HEADERS = { 'Content-Type': 'text/html; charset=utf-8' };

/** What the card shows: the anniversary (and its translations), the figures and the events it quotes, with their sources. */
const CARD_TAGS = [cacheTags.anniversaries, cacheTags.translations, cacheTags.figures, cacheTags.events, cacheTags.sources, cacheTags.releases];

export async function GET(request: NextRequest, { params }: { params: Promise<{ year: string }> }) {
  const { year: yearParam } = await params;
  const search = request.nextUrl.searchParams;
  const lang = parseEmbedLang(search.get('lang'));
  const year = /^\d{4}$/.test(yearParam) ? Number(yearParam) : NaN;
  if (!isAnniversaryYear(year, new Date())) {
    return new Response(renderEmbedNotFound(env.SITE_URL, lang), { status: 404, headers: { ...HTML_HEADERS, ...publicCacheHeaders([cacheTags.anniversaries], { browserMaxAge: 300, sharedMaxAge: 60 }) } });
  }
  const [record, figures, events] = await Promise.all([getLocalisedAnniversary(year, lang), listFigures(), listTimelineEvents(ACCOUNT_RANGE)]);
  const html = renderEmbedCard({
    year,
    title: anniversaryTitle(year, { title: titleInReadersLanguage(record?.localised.title) }, lang),
    lang,
    theme: parseEmbedTheme(search.get('theme')),
    pageUrl: `${env.SITE_URL}/${lang}/anniversaries/${year}`,
    line: pickSourcedLine(figures, events.flatMap((event) => event.citations)),
  });
  // Browsers keep the card briefly; shared caches as long as the cached queries live, or until a purge.
  return new Response(html, { headers: { ...HTML_HEADERS, ...publicCacheHeaders(CARD_TAGS, { browserMaxAge: 300 }) } });
}
