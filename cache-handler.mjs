/**
 * Next's cache handler (next.config.ts `cacheHandler`): the one store of the data cache
 * (unstable_cache, through cachedQuery) and of the full-route cache (pages and route handlers).
 *
 * - Without REDIS_URL it is Next's own file-system cache, unchanged (one instance; the embedded default).
 * - With REDIS_URL, entries and revalidated tags live in Redis under REDIS_KEY_PREFIX, so several
 *   `next start` instances share one cache: a tag expired by updateTag on one instance is expired for
 *   all at once (every read checks the tags' expiry times in Redis), and a page rendered by one is
 *   served by the others.
 *
 * Either way every cached page and route answer leaves with its cache policy and its tags on the wire
 * (`xkey` for Varnish, `Surrogate-Key` for CDNs), taken from the tags Next collected while rendering
 * it: the same tags the mutations return and purge (lib/purge.ts).
 *
 * Next loads this file by path outside the app bundle, so it cannot import lib/env.ts: it reads
 * REDIS_URL and REDIS_KEY_PREFIX from process.env itself (lib/env.ts validates both at start-up).
 */
import { createRequire } from 'node:module';
import { createClient } from '@redis/client';

const require = createRequire(import.meta.url);
const FileSystemCache = require('next/dist/server/lib/incremental-cache/file-system-cache.js').default;
const policy = require('./lib/cache-policy.json');

/** Next's header listing the tags a render collected (comma-separated). */
const NEXT_CACHE_TAGS_HEADER = 'x-next-cache-tags';
/** Next's implicit per-path tags (revalidatePath): not content, never purged by tag. */
const IMPLICIT_TAG_PREFIX = '_N_T_';

/** What Next's metadata routes answer with when the route sets nothing. */
const NEXT_METADATA_ROUTE_CACHE_CONTROL = 'public, max-age=0, must-revalidate';

/** The content tags of a cached answer, space-separated as xkey and Surrogate-Key want them. */
export function wireTags(headers) {
  const collected = headers?.[NEXT_CACHE_TAGS_HEADER];
  if (typeof collected !== 'string') return '';
  return [...new Set(collected.split(',').filter((tag) => tag && !tag.startsWith(IMPLICIT_TAG_PREFIX)))].join(' ');
}

/**
 * Cache-Control of a cached page or route: browsers revalidate every time (max-age=0; an edit must be
 * visible on reload), shared caches keep it for the render's lifetime (which ends early when a scheduled
 * record is due), serve it stale while they refetch, and serve it stale while the origin fails.
 */
export function sharedCacheControl(cacheControl) {
  const revalidate = typeof cacheControl?.revalidate === 'number' && cacheControl.revalidate > 0 ? cacheControl.revalidate : policy.defaultSharedMaxAge;
  return `public, max-age=0, s-maxage=${revalidate}, stale-while-revalidate=${policy.staleWhileRevalidate}, stale-if-error=${policy.staleIfError}`;
}

/** Baku keeps UTC+4 all year (lib/baku-time.ts, which tests/unit/remembered-today.test.ts compares with this). */
const BAKU_UTC_OFFSET_MS = 4 * 3_600_000;
const DAY_MS = 86_400_000;

/** The last Baku midnight at or before an instant, in milliseconds. */
function bakuDayStart(ms) {
  return Math.floor((ms + BAKU_UTC_OFFSET_MS) / DAY_MS) * DAY_MS - BAKU_UTC_OFFSET_MS;
}

/**
 * The shared lifetime of an answer that shows who is remembered today (tagged policy.dailyTag): what is
 * left of the day in Baku, at most the render's lifetime — computed when the answer is sent, not when it
 * was rendered, so that no shared cache keeps it past midnight. An answer rendered on an earlier Baku day
 * (Next serves it once, stale, while it renders the new day's) gets a lifetime of one second.
 */
export function dailyCacheControl(cacheControl, renderedAt, now = Date.now()) {
  const revalidate = typeof cacheControl?.revalidate === 'number' && cacheControl.revalidate > 0 ? cacheControl.revalidate : policy.defaultSharedMaxAge;
  const today = bakuDayStart(now);
  const left = typeof renderedAt === 'number' && renderedAt < today ? 1 : Math.max(1, Math.ceil((today + DAY_MS - now) / 1000));
  return sharedCacheControl({ revalidate: Math.min(revalidate, left) });
}

/** Adds the wire tags and (unless the route set its own) the cache policy to a page or route answer. */
function decorate(value, cacheControl, renderedAt) {
  if (!value || (value.kind !== 'APP_PAGE' && value.kind !== 'APP_ROUTE') || !value.headers) return;
  const tags = wireTags(value.headers);
  if (tags) {
    value.headers.xkey = tags;
    value.headers['surrogate-key'] = tags;
  }
  // A status other than 200 (a 404 page) keeps Next's own header. Next's metadata routes (sitemap,
  // robots) set `public, max-age=0, must-revalidate` themselves, which forbids serving them stale:
  // they get the policy of every other cached answer instead.
  const own = value.headers['cache-control'];
  if ((value.status ?? 200) !== 200) return;
  // The daily policy is computed each time the answer is sent (the header stored with it is this handler's, not the route's).
  if (tags.split(' ').includes(policy.dailyTag)) value.headers['cache-control'] = dailyCacheControl(cacheControl, renderedAt);
  else if (!own || own === NEXT_METADATA_ROUTE_CACHE_CONTROL) value.headers['cache-control'] = sharedCacheControl(cacheControl);
}

// ---- Redis ----------------------------------------------------------------------------------------

/** Buffers and Maps (rscData, segmentData, route bodies) survive JSON as tagged base64 and entry lists. */
function encode(value) {
  if (value instanceof Uint8Array) return { __b64: Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64') };
  if (value instanceof Map) return { __map: [...value].map(([key, item]) => [key, encode(item)]) };
  if (Array.isArray(value)) return value.map(encode);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, encode(item)]));
  return value;
}

function decode(value) {
  if (Array.isArray(value)) return value.map(decode);
  if (value && typeof value === 'object') {
    if (typeof value.__b64 === 'string') return Buffer.from(value.__b64, 'base64');
    if (Array.isArray(value.__map)) return new Map(value.__map.map(([key, item]) => [key, decode(item)]));
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, decode(item)]));
  }
  return value;
}

/** Entries outlive their lifetime by at least a day, so a stale copy can be served while a new one renders. */
const MINIMUM_ENTRY_TTL_SECONDS = 86400;

let sharedClient;
function redisClient(url) {
  if (!sharedClient) {
    sharedClient = createClient({ url, socket: { connectTimeout: 2000, reconnectStrategy: (retries) => Math.min(retries * 200, 2000) } });
    // A Redis outage must not crash the server; reads then miss and pages render from PostgreSQL.
    sharedClient.on('error', (error) => console.error(`[cache-handler] Redis: ${error.message}`));
    sharedClient.connecting = sharedClient.connect().catch((error) => console.error(`[cache-handler] Redis connect: ${error.message}`));
  }
  return sharedClient;
}

class RedisStore {
  constructor(url, prefix) {
    this.client = redisClient(url);
    this.entryPrefix = `${prefix}:next:entry:`;
    this.tagsKey = `${prefix}:next:tags`;
  }

  async ready() {
    await this.client.connecting;
    return this.client.isReady;
  }

  /** Whether any of these tags was expired (updateTag/revalidateTag, on any instance) after the entry was written. */
  async expiredSince(tags, lastModified) {
    if (tags.length === 0) return false;
    const expiries = await this.client.hmGet(this.tagsKey, tags);
    const now = Date.now();
    return expiries.some((expiry) => expiry !== null && Number(expiry) <= now && Number(expiry) > lastModified);
  }

  async get(key, ctx) {
    if (!(await this.ready())) return null;
    try {
      const stored = await this.client.get(this.entryPrefix + key);
      if (!stored) return null;
      const entry = decode(JSON.parse(stored));
      const value = entry.value;
      const tags =
        value?.kind === 'FETCH'
          ? [...(ctx?.tags ?? []), ...(ctx?.softTags ?? []), ...(value.tags ?? [])]
          : typeof value?.headers?.[NEXT_CACHE_TAGS_HEADER] === 'string'
            ? value.headers[NEXT_CACHE_TAGS_HEADER].split(',')
            : [];
      if (await this.expiredSince([...new Set(tags)], entry.lastModified)) return null;
      return entry;
    } catch (error) {
      console.error(`[cache-handler] Redis get ${key}: ${error.message}`);
      return null;
    }
  }

  async set(key, data, ctx) {
    if (!(await this.ready())) return;
    try {
      if (data === null) {
        await this.client.del(this.entryPrefix + key);
        return;
      }
      const entry = { lastModified: Date.now(), value: data, cacheControl: ctx?.cacheControl };
      if (data.kind === 'FETCH' && ctx?.tags) data.tags = [...new Set([...(data.tags ?? []), ...ctx.tags])];
      const lifetime = Math.max(ctx?.cacheControl?.expire ?? 0, data.revalidate ?? 0, ctx?.cacheControl?.revalidate ?? 0);
      await this.client.set(this.entryPrefix + key, JSON.stringify(encode(entry)), { EX: Math.max(MINIMUM_ENTRY_TTL_SECONDS, Math.ceil(lifetime * 2)) });
    } catch (error) {
      console.error(`[cache-handler] Redis set ${key}: ${error.message}`);
    }
  }

  /** updateTag expires at once; revalidateTag(tag, profile) expires after the profile's `expire`. */
  async revalidateTag(tags, durations) {
    if (!(await this.ready())) throw new Error('Redis is not reachable: the tags could not be expired for the other instances.');
    const list = (Array.isArray(tags) ? tags : [tags]).filter(Boolean);
    if (list.length === 0) return;
    const expiry = Date.now() + (durations?.expire ?? 0) * 1000;
    await this.client.hSet(this.tagsKey, Object.fromEntries(list.map((tag) => [tag, String(expiry)])));
  }

  resetRequestCache() {}
}

// ---- The handler Next instantiates ----------------------------------------------------------------

export default class MemorialCacheHandler {
  constructor(context) {
    const redisUrl = process.env.REDIS_URL?.trim();
    // `next build` keeps Next's own store even with REDIS_URL set: a build must not write pages
    // rendered against the build's database into the cache the running instances share.
    const building = process.env.NEXT_PHASE === 'phase-production-build';
    this.store = redisUrl && !building ? new RedisStore(redisUrl, process.env.REDIS_KEY_PREFIX?.trim() || 'memorial') : new FileSystemCache(context);
  }

  async get(key, ctx) {
    const entry = await this.store.get(key, ctx);
    if (entry) decorate(entry.value, entry.cacheControl, entry.lastModified);
    return entry;
  }

  async set(key, data, ctx) {
    // A page or route answer that is not found (an unknown victim, release or issuer address, its
    // preview image or feed, a sitemap file that does not exist) is not stored: one entry per address a
    // visitor makes up would grow the cache without bound. It is rendered again when asked again (a
    // read of one row), and the caching proxy keeps it as Next's own header allows.
    if ((data?.kind === 'APP_PAGE' || data?.kind === 'APP_ROUTE') && data.status === 404) return;
    // The same object is what Next sends for a fresh render, so its first answer carries the tags too.
    decorate(data, ctx?.cacheControl, Date.now());
    return this.store.set(key, data, ctx);
  }

  revalidateTag(tags, durations) {
    return this.store.revalidateTag(tags, durations);
  }

  resetRequestCache() {
    this.store.resetRequestCache?.();
  }
}
