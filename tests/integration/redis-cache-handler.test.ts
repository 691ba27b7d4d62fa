import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteRedisPrefix } from '@/tests/helpers/topology';

/**
 * cache-handler.mjs on a real Redis, as two instances use it: what one stores the other reads, a tag
 * one expires is expired for the other at once. The keys live under a prefix of this run only.
 */
const REDIS_URL = process.env.TOPOLOGY_REDIS_URL ?? 'redis://127.0.0.1:6379';
const PREFIX = `memorial-topology-handler-${process.pid}-${Date.now()}`;

type Handler = {
  get(key: string, ctx: unknown): Promise<{ lastModified: number; value: Record<string, unknown> | null } | null>;
  set(key: string, data: unknown, ctx: unknown): Promise<void>;
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>;
};

let first: Handler;
let second: Handler;

beforeAll(async () => {
  process.env.REDIS_URL = REDIS_URL;
  process.env.REDIS_KEY_PREFIX = PREFIX;
  const { default: MemorialCacheHandler } = await import('@/cache-handler.mjs');
  first = new MemorialCacheHandler({}) as unknown as Handler;
  second = new MemorialCacheHandler({}) as unknown as Handler;
});

afterAll(async () => {
  delete process.env.REDIS_URL;
  delete process.env.REDIS_KEY_PREFIX;
  await deleteRedisPrefix(REDIS_URL, PREFIX);
});

const fetchContext = (tags: string[]) => ({ kind: 'FETCH', tags, softTags: ['_N_T_/layout'] });

describe('the Redis cache handler', () => {
  it('serves a data-cache entry one instance stored to the other, until a tag it carries is expired by either', async () => {
    const value = { kind: 'FETCH', data: { headers: {}, body: 'eyJhIjoxfQ==', status: 200, url: '' }, revalidate: 3600 };
    await first.set('listVictims-1', value, { fetchCache: true, tags: ['victims'], revalidate: 3600 });
    expect((await second.get('listVictims-1', fetchContext(['victims'])))?.value).toMatchObject({ kind: 'FETCH', data: value.data });

    await second.revalidateTag(['victims']);
    expect(await first.get('listVictims-1', fetchContext(['victims']))).toBeNull();
    expect(await second.get('listVictims-1', fetchContext(['victims']))).toBeNull();

    // Stored again after the expiry, it is served again.
    await first.set('listVictims-1', value, { fetchCache: true, tags: ['victims'], revalidate: 3600 });
    expect(await second.get('listVictims-1', fetchContext(['victims']))).not.toBeNull();
  });

  it('keeps a page whole (HTML, RSC payload, segments) with its tags and cache policy on the wire', async () => {
    const page = {
      kind: 'APP_PAGE',
      html: '<html>Larissa Mammadova</html>',
      rscData: Buffer.from('rsc payload'),
      segmentData: new Map([['/_tree', Buffer.from('tree')]]),
      headers: { 'x-next-cache-tags': '_N_T_/layout,_N_T_/en/victims/larissa-mammadova,victims,victim:larissa-mammadova,sources' },
      status: 200,
    };
    await first.set('/en/victims/larissa-mammadova', page, { kind: 'APP_PAGE', cacheControl: { revalidate: 3600, expire: 86400 } });
    const entry = await second.get('/en/victims/larissa-mammadova', { kind: 'APP_PAGE' });
    expect(entry?.value?.html).toBe(page.html);
    expect(Buffer.from(entry?.value?.rscData as Buffer).toString()).toBe('rsc payload');
    expect((entry?.value?.segmentData as Map<string, Buffer>).get('/_tree')?.toString()).toBe('tree');
    expect(entry?.value?.headers).toMatchObject({
      xkey: 'victims victim:larissa-mammadova sources',
      'surrogate-key': 'victims victim:larissa-mammadova sources',
      'cache-control': 'public, max-age=0, s-maxage=3600, stale-while-revalidate=86400, stale-if-error=86400',
    });

    // Another victim's tag leaves it; its own expires it for every instance.
    await first.revalidateTag('victim:someone-else');
    expect(await second.get('/en/victims/larissa-mammadova', { kind: 'APP_PAGE' })).not.toBeNull();
    await first.revalidateTag('victim:larissa-mammadova');
    expect(await second.get('/en/victims/larissa-mammadova', { kind: 'APP_PAGE' })).toBeNull();
  });

  it('stores no page that was not found: an address a visitor makes up leaves nothing behind', async () => {
    const notFound = { kind: 'APP_PAGE', html: '<html>Not found</html>', rscData: Buffer.from('rsc'), headers: {}, status: 404 };
    await first.set('/en/victims/made-up-address', notFound, { kind: 'APP_PAGE', cacheControl: { revalidate: 60, expire: 86400 } });
    expect(await second.get('/en/victims/made-up-address', { kind: 'APP_PAGE' })).toBeNull();
    expect(await first.get('/en/victims/made-up-address', { kind: 'APP_PAGE' })).toBeNull();
    const notFoundRoute = { kind: 'APP_ROUTE', body: Buffer.from('Not found'), headers: {}, status: 404 };
    await first.set('/feeds/issuers/made-up-address.xml', notFoundRoute, { kind: 'APP_ROUTE', cacheControl: { revalidate: 3600, expire: 86400 } });
    expect(await second.get('/feeds/issuers/made-up-address.xml', { kind: 'APP_ROUTE' })).toBeNull();
  });

  it('expires a tag revalidated with a profile only when the profile’s expire time comes', async () => {
    const value = { kind: 'FETCH', data: { headers: {}, body: '', status: 200, url: '' }, revalidate: 3600 };
    await first.set('listFigures-1', value, { fetchCache: true, tags: ['figures'], revalidate: 3600 });
    await second.revalidateTag(['figures'], { expire: 60 });
    expect(await first.get('listFigures-1', fetchContext(['figures']))).not.toBeNull();
  });
});
