import { env } from '@/lib/env';

// No `import 'server-only'`: the scheduled purge (instrumentation.ts) runs outside the react-server bundle.

/**
 * Purges answers from the shared caches in front of the origin by the tags a change touched: the
 * same tags the mutations return, which every cached answer carries on the wire (`xkey` and
 * `Surrogate-Key`, cache-handler.mjs). Chosen by the environment:
 *
 * - CACHE_PURGE_URLS set: the shipped caching proxy (deploy/varnish/memorial.vcl), each URL sent
 *   `PURGE /` with the tags in `xkey-purge`; several URLs for several proxies.
 * - unset: nothing to purge (no shared cache, or one that only honours lifetimes).
 *
 * A CDN's purge by tag (Fastly's Surrogate-Key purge, Cloudflare's cache tags) is a third adapter of
 * the same shape; the README gives the recipe.
 */
export type PurgeAdapter = { name: string; purge(tags: string[]): Promise<void> };

/** How long one caching proxy may take to confirm a purge. */
const PURGE_TIMEOUT_MS = 3000;

export function varnishPurgeAdapter(urls: string[]): PurgeAdapter {
  return {
    name: 'varnish',
    async purge(tags) {
      const results = await Promise.allSettled(
        urls.map(async (url) => {
          const response = await fetch(new URL('/', url), {
            method: 'PURGE',
            headers: { 'xkey-purge': tags.join(' ') },
            signal: AbortSignal.timeout(PURGE_TIMEOUT_MS),
          });
          if (!response.ok) throw new Error(`${new URL(url).host} answered ${response.status}`);
        }),
      );
      const failures = results.flatMap((result) => (result.status === 'rejected' ? [String(result.reason instanceof Error ? result.reason.message : result.reason)] : []));
      if (failures.length > 0) throw new Error(`purge of ${tags.join(' ')} failed: ${failures.join('; ')}`);
    },
  };
}

const noPurge: PurgeAdapter = { name: 'none', purge: async () => {} };

/** The adapter this deployment's environment chooses. */
export const purgeAdapter: PurgeAdapter = env.CACHE_PURGE_URLS.length > 0 ? varnishPurgeAdapter(env.CACHE_PURGE_URLS) : noPurge;

/**
 * Purges the tags from the shared caches. A failed purge is logged, never thrown: the change is saved,
 * and the shared caches still expire the answers when their lifetime ends.
 */
export async function purgeSharedCaches(tags: string[], adapter: PurgeAdapter = purgeAdapter): Promise<void> {
  const unique = [...new Set(tags)].filter(Boolean);
  if (unique.length === 0) return;
  try {
    await adapter.purge(unique);
  } catch (error) {
    console.error(`[purge] ${adapter.name}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
