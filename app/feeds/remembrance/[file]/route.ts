import { env } from '@/lib/env';
import { ATOM_CONTENT_TYPE } from '@/lib/feeds/atom';
import { isLocale, locales } from '@/lib/i18n/config';
import { buildRememberedTodayFeed } from '@/lib/remembered-today/feed';
import { listRememberedToday } from '@/lib/remembered-today/queries';

// An hour at most; the read it makes ends at Baku's midnight, and so does this answer (cache-handler.mjs).
export const revalidate = 3600;

export function generateStaticParams() {
  return locales.map((locale) => ({ file: `${locale}.xml` }));
}

/** The Atom feed of who is remembered today, in one language: /feeds/remembrance/<az|en|ru>.xml. */
export async function GET(_request: Request, { params }: RouteContext<'/feeds/remembrance/[file]'>): Promise<Response> {
  const { file } = await params;
  const locale = file.endsWith('.xml') ? file.slice(0, -'.xml'.length) : '';
  if (!isLocale(locale)) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  const { date, people } = await listRememberedToday();
  return new Response(buildRememberedTodayFeed({ siteUrl: env.SITE_URL, locale, date, people }), { headers: { 'Content-Type': ATOM_CONTENT_TYPE } });
}
