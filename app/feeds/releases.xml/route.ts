import { env } from '@/lib/env';
import { ATOM_CONTENT_TYPE } from '@/lib/feeds/atom';
import { buildReleaseFeed, FEED_LOCALE, feedPaths } from '@/lib/feeds/release-feed';
import { listReleases } from '@/lib/releases/queries';

export const revalidate = 3600;

/** The Atom feed of every public release, newest first. */
export async function GET(): Promise<Response> {
  const releases = await listReleases({});
  const xml = buildReleaseFeed({
    siteUrl: env.SITE_URL,
    locale: FEED_LOCALE,
    title: 'Black January memorial: press releases',
    subtitle: 'Anniversary press releases of Azerbaijan’s embassies and missions, archived word for word.',
    feedPath: feedPaths.releases,
    pagePath: `/${FEED_LOCALE}/releases`,
    fallbackUpdated: new Date().toISOString(),
    releases,
  });
  return new Response(xml, { headers: { 'Content-Type': ATOM_CONTENT_TYPE } });
}
