import type { MetadataRoute } from 'next';
import { env } from '@/lib/env';

/** Everything public may be crawled; the curators' area, sign-in and the API may not. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/admin', '/login', '/api'] },
    sitemap: `${env.SITE_URL}/sitemap.xml`,
  };
}
