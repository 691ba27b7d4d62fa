import { env } from '@/lib/env';
import { ATOM_CONTENT_TYPE } from '@/lib/feeds/atom';
import { buildNamesFeed } from '@/lib/feeds/names-feed';
import { listNameChanges } from '@/lib/victims/queries';

export const revalidate = 3600;

/** The Atom feed of new and corrected names, newest first. */
export async function GET(): Promise<Response> {
  const changes = await listNameChanges();
  const xml = buildNamesFeed({ siteUrl: env.SITE_URL, changes, fallbackUpdated: new Date().toISOString() });
  return new Response(xml, { headers: { 'Content-Type': ATOM_CONTENT_TYPE } });
}
