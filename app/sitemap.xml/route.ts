import { env } from '@/lib/env';
import { sitemapFileUrl, sitemapIndexXml } from '@/lib/seo/sitemap';
import { countSitemapFiles } from '@/lib/seo/sitemap-queries';

export const revalidate = 3600;

/** The sitemap index at the sitemap's old address (robots.txt names it): every file of app/sitemaps/sitemap.ts. */
export async function GET(): Promise<Response> {
  const count = await countSitemapFiles(new Date());
  const files = Array.from({ length: count }, (_, id) => sitemapFileUrl(env.SITE_URL, id));
  return new Response(sitemapIndexXml(files), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
