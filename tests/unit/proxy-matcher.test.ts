import { unstable_doesMiddlewareMatch } from 'next/experimental/testing/server';
import { describe, expect, it } from 'vitest';
import { locales as LOCALES } from '@/lib/i18n/config';
import { listPageOf, testimonyAddressOf } from '@/lib/http/cache-policy';
import { isImpossiblePublicPath } from '@/lib/i18n/impossible-path';
import { isForgedStatusAddress } from '@/lib/testimonies/status-address';
import { config } from '@/proxy';

const now = new Date('2026-11-21T12:00:00Z');

/** Whether Next runs proxy.ts for a request (Next's own matcher code, from its testing helpers). */
function runsProxy(url: string, headers: Record<string, string> = {}): boolean {
  return unstable_doesMiddlewareMatch({ config, url: `http://localhost${url}`, headers });
}

/** Whether proxy.ts, run on a GET of this address, would change anything about its answer. */
function proxyWouldChange(url: string): boolean {
  const { pathname, searchParams } = new URL(url, 'http://localhost');
  return (
    pathname === '/' ||
    isImpossiblePublicPath(pathname, now) ||
    isForgedStatusAddress(pathname) ||
    listPageOf(pathname) !== null ||
    testimonyAddressOf(pathname, searchParams) !== null
  );
}

const SKIPPED = LOCALES.flatMap((locale) => [
  `/${locale}`,
  `/${locale}/figures`,
  `/${locale}/timeline`,
  `/${locale}/about`,
  `/${locale}/victims/larissa-mammadova`,
  `/${locale}/victims/larissa-mammadova/opengraph-image`,
  `/${locale}/victims/no-such-person`,
  `/${locale}/releases/2007-01-18-black-january-17th-anniversary`,
  `/${locale}/releases/2007-01-18-black-january-17th-anniversary/opengraph-image`,
  `/${locale}/issuers/diplomatic-mission-of-azerbaijan-in-bosnia-and-herzegovina`,
  `/${locale}/anniversaries/1991`,
  `/${locale}/anniversaries/2027`,
  `/${locale}/anniversaries/2027/opengraph-image`,
]);

const RUN = [
  '/',
  '/xx',
  '/de/victims',
  // The matcher is case-sensitive, as the proxy's checks are.
  '/EN',
  '/En/figures',
  '/en/victims/Larissa-Mammadova',
  '/admin',
  '/admin/victims/abc',
  '/login',
  '/login?callbackUrl=%2Fadmin',
  ...LOCALES.flatMap((locale) => [
    `/${locale}/victims`,
    `/${locale}/victims?q=mammadova`,
    `/${locale}/releases`,
    `/${locale}/testimony`,
    `/${locale}/testimony?victim=larissa-mammadova`,
    `/${locale}/testimony?retry=abc`,
    `/${locale}/testimony/status/abc`,
    `/${locale}/no-such-page`,
    `/${locale}/victims/NOT..A..SLUG`,
    `/${locale}/victims/larissa-mammadova/extra`,
    `/${locale}/victims/larissa-mammadova/opengraph-image/extra`,
    `/${locale}/releases/%2e%2e`,
    `/${locale}/issuers`,
    `/${locale}/issuers/Not_A_Slug`,
    `/${locale}/issuers/%3Cscript%3E`,
    `/${locale}/issuers/some-embassy/opengraph-image`,
    `/${locale}/anniversaries/1990`,
    `/${locale}/anniversaries/0999`,
    `/${locale}/anniversaries/twenty`,
    `/${locale}/anniversaries/02020`,
    `/${locale}/anniversaries/1990/opengraph-image`,
    `/${locale}/figuresx`,
    `/${locale}/about/extra`,
  ]),
];

describe('proxy.ts matcher', () => {
  it.each(SKIPPED)('%s skips the proxy, which would pass it on untouched', (url) => {
    expect(runsProxy(url)).toBe(false);
    expect(proxyWouldChange(url)).toBe(false);
  });

  it.each(RUN)('%s runs the proxy', (url) => {
    expect(runsProxy(url)).toBe(true);
  });

  it('runs the proxy on every address it would answer differently, among all of the above', () => {
    for (const url of [...SKIPPED, ...RUN]) {
      if (proxyWouldChange(url)) expect(runsProxy(url), url).toBe(true);
    }
  });

  it('leaves a well-formed year after the next anniversary to the page (its notFound()), like an unknown slug', () => {
    expect(isImpossiblePublicPath('/en/anniversaries/2031', now)).toBe(true);
    expect(runsProxy('/en/anniversaries/2031')).toBe(false);
  });

  it.each(['/en/anniversaries/2027', '/en/victims/larissa-mammadova', '/en', '/admin/victims', '/embed/anniversaries/2027'])(
    'runs the proxy on a server action posted to %s, whose guard refuses it without a session',
    (url) => {
      expect(runsProxy(url, { 'next-action': 'abc123' })).toBe(true);
    },
  );

  it.each(['/_next/static/chunks/app.js', '/api/health', '/api/oembed?url=x', '/embed/anniversaries/2027', '/feeds/releases.xml', '/favicon.ico', '/media/photos/a.jpg'])(
    '%s never runs the proxy',
    (url) => {
      expect(runsProxy(url)).toBe(false);
    },
  );
});
