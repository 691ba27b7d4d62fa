import { PHASE_PRODUCTION_BUILD, PHASE_PRODUCTION_SERVER } from 'next/constants';
import { afterEach, describe, expect, it } from 'vitest';
import { sharedCacheControl as handlerCacheControl, wireTags } from '@/cache-handler.mjs';
import { siteUrlProblem } from '@/lib/env';
import { LIST_PAGE_TAGS, listPageOf, publicCacheHeaders, sharedCacheControl } from '@/lib/http/cache-policy';

describe('the shared-cache policy', () => {
  it('lets shared caches keep an answer, refetch it in the background and serve it while the origin fails', () => {
    expect(sharedCacheControl({ sharedMaxAge: 3600 })).toBe('public, max-age=0, s-maxage=3600, stale-while-revalidate=86400, stale-if-error=86400');
    expect(sharedCacheControl({ sharedMaxAge: 60, browserMaxAge: 300 })).toBe('public, max-age=300, s-maxage=60, stale-while-revalidate=86400, stale-if-error=86400');
  });

  it('is the same for cached pages (cache-handler.mjs), with the render’s lifetime as the shared one', () => {
    expect(handlerCacheControl({ revalidate: 3600 })).toBe(sharedCacheControl({ sharedMaxAge: 3600 }));
    // A scheduled record due in two minutes shortens the render's lifetime, and the shared caches' with it.
    expect(handlerCacheControl({ revalidate: 120 })).toBe(sharedCacheControl({ sharedMaxAge: 120 }));
    expect(handlerCacheControl(undefined)).toBe(sharedCacheControl({ sharedMaxAge: 3600 }));
  });

  it('puts the content tags Next collected on the wire, without its implicit per-path tags', () => {
    expect(wireTags({ 'x-next-cache-tags': '_N_T_/layout,_N_T_/en/figures,figures,sources,releases,figures' })).toBe('figures sources releases');
    expect(wireTags({})).toBe('');
    expect(publicCacheHeaders(['victims', 'victim:a', 'victims'])).toMatchObject({ xkey: 'victims victim:a', 'Surrogate-Key': 'victims victim:a' });
    expect(publicCacheHeaders([])).not.toHaveProperty('xkey');
  });

  it('knows the list pages, whatever their language, and only them', () => {
    expect(listPageOf('/az/victims')).toBe('victims');
    expect(listPageOf('/ru/releases')).toBe('releases');
    expect(listPageOf('/en/victims/larissa-mammadova')).toBeNull();
    expect(listPageOf('/en/figures')).toBeNull();
    expect(LIST_PAGE_TAGS.victims).toContain('victims');
  });
});

describe('SITE_URL is a build setting', () => {
  const saved = process.env.SITE_URL;
  afterEach(() => {
    if (saved === undefined) delete process.env.SITE_URL;
    else process.env.SITE_URL = saved;
  });

  it('refuses a production build without it, naming it', async () => {
    delete process.env.SITE_URL;
    const { default: config } = await import('@/next.config');
    expect(() => config(PHASE_PRODUCTION_BUILD)).toThrow(/SITE_URL is not set/);
    expect(() => config(PHASE_PRODUCTION_SERVER)).not.toThrow();
    process.env.SITE_URL = 'https://memorial.example.org/';
    expect(config(PHASE_PRODUCTION_BUILD).env).toEqual({ MEMORIAL_BUILD_SITE_URL: 'https://memorial.example.org' });
  });

  it('refuses to serve a build under another address than the one it was built with', () => {
    expect(siteUrlProblem('https://memorial.example.org', 'https://memorial.example.org')).toBeNull();
    expect(siteUrlProblem('http://localhost:3000', '')).toBeNull();
    expect(siteUrlProblem('http://localhost:3000', 'https://memorial.example.org')).toMatch(/this build was made with SITE_URL=https:\/\/memorial\.example\.org/);
  });
});
