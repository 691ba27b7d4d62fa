import path from 'node:path';
import type { NextConfig } from 'next';
import { PHASE_PRODUCTION_BUILD } from 'next/constants';
import createNextIntlPlugin from 'next-intl/plugin';
import { contentSecurityPolicy } from './lib/content-security-policy';

const isDevelopment = process.env.NODE_ENV !== 'production';

/**
 * Security headers are static here (not per request), so public pages stay cacheable: a per-request
 * nonce would make every page dynamic. The curators' area and sign-in get a per-request nonce from
 * proxy.ts instead (see lib/content-security-policy.ts).
 */
function staticPolicy(frameAncestors: string, scripts: 'inline' | 'none'): string {
  return contentSecurityPolicy({ frameAncestors, scripts: { kind: scripts }, development: isDevelopment });
}

const commonHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), interest-cohort=()' },
  ...(isDevelopment ? [] : [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }]),
];

/**
 * SITE_URL is part of the build: prerendered pages, the feeds and the sitemap carry it, so a production
 * build refuses to start without it, and the value is recorded in the build (MEMORIAL_BUILD_SITE_URL)
 * for `next start` to refuse a different one (lib/env.ts, instrumentation.ts).
 */
function buildSiteUrl(phase: string): string | undefined {
  const siteUrl = process.env.SITE_URL?.trim().replace(/\/+$/, '');
  // `next typegen` loads this configuration in the build phase too, but builds nothing.
  const generatingTypesOnly = process.argv.slice(2).includes('typegen');
  if (phase === PHASE_PRODUCTION_BUILD && !generatingTypesOnly && !siteUrl) {
    throw new Error(
      'SITE_URL is not set. A production build bakes the public address into its pages, feeds and sitemap: ' +
        'build with SITE_URL=https://your.address npm run build (and start with the same SITE_URL).',
    );
  }
  return siteUrl;
}

const nextConfig = (phase: string): NextConfig => ({
  // Overridable so that a second build (e.g. a colleague's e2e run) does not overwrite the first.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  env: { MEMORIAL_BUILD_SITE_URL: buildSiteUrl(phase) ?? '' },
  // One store for Next's data and full-route caches: Next's own file-system cache, or Redis shared by
  // several instances when REDIS_URL is set; it also puts every cached answer's tags on the wire.
  cacheHandler: path.resolve(process.cwd(), 'cache-handler.mjs'),
  // Several instances built from one commit must agree on it: Next's skew protection compares it
  // between the page a browser holds and the instance that answers its next request.
  deploymentId: process.env.NEXT_DEPLOYMENT_ID || undefined,
  poweredByHeader: false,
  // Read when the server starts. Behind the shipped caching proxy, which gzips each version once when
  // it stores it, the instances send their answers plain (ORIGIN_COMPRESSION=off): gzipping the same
  // cached 170 kB page on every request was a third of an instance's throughput (bench:load, origin).
  compress: process.env.ORIGIN_COMPRESSION !== 'off',
  // No ETag from the origin: Next computes it by hashing the whole page on every request (a third of
  // the origin's work on a 200 kB anniversary page, measured with --cpu-prof). The caching proxy gives
  // each version it stores a validator of its own, once (deploy/varnish/memorial.vcl); route handlers
  // that need one (the photos) still send their own.
  generateEtags: false,
  typedRoutes: false,
  // app/global-not-found.tsx: a 404 in the site's own design for addresses outside any language.
  experimental: {
    globalNotFound: true,
    // Deliberately above the 1 MB default: victim photos (up to 5 MB) and CSV imports of victims
    // (up to 10 MB) are sent through server actions. Each action checks its own limit and says so.
    // proxy.ts refuses a larger body, and any from someone not signed in, before it is read
    // (lib/admin/request-guard.ts); the proxy's own buffer is above both, so a body is never cut.
    serverActions: { bodySizeLimit: '12mb' },
    proxyClientMaxBodySize: '16mb',
    // The stylesheet (Tailwind's utilities and the font faces, about 8 kB compressed) goes into each
    // page's head instead of two render-blocking requests: on a phone's first visit that is the
    // difference between first paint after one round trip or three (Lighthouse, mobile). Public
    // pages are cached whole by shared caches, so the repeated bytes cost little.
    inlineCss: true,
  },
  async headers() {
    return [
      {
        // Every route but the embeddable widgets, the curators' area and sign-in (whose policy
        // proxy.ts sets per request, with a nonce) refuses to be framed.
        source: '/((?!embed/|admin|login).*)',
        headers: [...commonHeaders, { key: 'X-Frame-Options', value: 'DENY' }, { key: 'Content-Security-Policy', value: staticPolicy("'none'", 'inline') }],
      },
      {
        // A testifier's status address is a secret: no link on it may send it on as a referrer (later entries win).
        source: '/:locale(az|en|ru)/testimony/status/:token',
        headers: [{ key: 'Referrer-Policy', value: 'no-referrer' }],
      },
      {
        // The curators' area and sign-in are never framed, never indexed and never stored by a shared cache.
        source: '/(admin|login)(.*)',
        headers: [
          ...commonHeaders,
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'X-Robots-Tag', value: 'noindex, nofollow' },
          { key: 'Cache-Control', value: 'private, no-store, max-age=0' },
        ],
      },
      {
        source: '/embed/:path*',
        // The embed card is a route handler that sends no script: none may run in it.
        headers: [...commonHeaders, { key: 'Content-Security-Policy', value: staticPolicy('*', 'none') }],
      },
    ];
  },
});

// next-intl reads its per-request configuration (language, interface strings) from lib/i18n/request.ts.
const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

export default (phase: string): NextConfig => withNextIntl(nextConfig(phase));
