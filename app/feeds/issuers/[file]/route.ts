import { env } from '@/lib/env';
import { ATOM_CONTENT_TYPE } from '@/lib/feeds/atom';
import { buildReleaseFeed, FEED_LOCALE, feedPaths } from '@/lib/feeds/release-feed';
import { getIssuerBySlug } from '@/lib/organizations/queries';
import { isSlug } from '@/lib/slug';

export const revalidate = 3600;

export function generateStaticParams() {
  // Rendered on first request and then cached until a release or an issuer changes.
  return [];
}

/** The Atom feed of one issuer's public releases: /feeds/issuers/<slug>.xml. */
export async function GET(_request: Request, { params }: RouteContext<'/feeds/issuers/[file]'>): Promise<Response> {
  const { file } = await params;
  const slug = file.endsWith('.xml') ? file.slice(0, -'.xml'.length) : '';
  const issuer = isSlug(slug) ? await getIssuerBySlug(slug) : null;
  if (!issuer) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  const xml = buildReleaseFeed({
    siteUrl: env.SITE_URL,
    locale: FEED_LOCALE,
    title: `${issuer.name}: press releases`,
    subtitle: `Press releases issued by ${issuer.name}, archived word for word by the Black January memorial.`,
    feedPath: feedPaths.issuer(issuer.slug),
    pagePath: `/${FEED_LOCALE}/issuers/${issuer.slug}`,
    fallbackUpdated: issuer.updatedAt,
    releases: issuer.releases,
  });
  return new Response(xml, { headers: { 'Content-Type': ATOM_CONTENT_TYPE } });
}
