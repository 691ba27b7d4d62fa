import policy from '@/lib/cache-policy.json';
import { cacheTags } from '@/lib/cache-tags';

/**
 * The cache policy of public answers that Next does not cache itself (route handlers that read the
 * query, pages that read searchParams). Cached pages and routes get theirs from cache-handler.mjs, with
 * the same numbers (lib/cache-policy.json). The README's cache policy table states all of them.
 */
export const CACHE_POLICY = policy;

/**
 * Cache-Control for an answer that every visitor gets alike: browsers keep it `browserMaxAge` seconds,
 * shared caches `sharedMaxAge`, then serve it stale while refetching or while the origin fails.
 */
export function sharedCacheControl(options: { sharedMaxAge: number; browserMaxAge?: number }): string {
  return [
    'public',
    `max-age=${options.browserMaxAge ?? 0}`,
    `s-maxage=${options.sharedMaxAge}`,
    `stale-while-revalidate=${policy.staleWhileRevalidate}`,
    `stale-if-error=${policy.staleIfError}`,
  ].join(', ');
}

/**
 * The headers of a shared public answer: its cache policy and the tags of the records it shows, on the
 * wire for the caching proxy (`xkey`) and CDNs (`Surrogate-Key`), so a purge by tag removes it.
 */
export function publicCacheHeaders(tags: string[], options: { sharedMaxAge?: number; browserMaxAge?: number } = {}): Record<string, string> {
  const wire = [...new Set(tags)].join(' ');
  return {
    'Cache-Control': sharedCacheControl({ sharedMaxAge: options.sharedMaxAge ?? policy.defaultSharedMaxAge, browserMaxAge: options.browserMaxAge }),
    ...(wire ? { xkey: wire, 'Surrogate-Key': wire } : {}),
  };
}

/**
 * Lists, searches and filters are rendered per request (they read the query), so Next does not collect
 * their tags: these are the tags of the reads each makes (lib/victims/search/search.ts and queries.ts,
 * lib/releases/queries.ts), and they live a short while in shared caches, keyed by the whole query.
 */
export const LIST_PAGE_TAGS: Record<'victims' | 'releases', string[]> = {
  victims: [cacheTags.victims, cacheTags.translations],
  releases: [cacheTags.releases, cacheTags.organizations],
};

/** The list page an address is (`/az/victims`, `/en/releases?year=2020`), or null. */
export function listPageOf(pathname: string): keyof typeof LIST_PAGE_TAGS | null {
  const match = /^\/(?:az|en|ru)\/(victims|releases)\/?$/.exec(pathname);
  return match ? (match[1] as keyof typeof LIST_PAGE_TAGS) : null;
}

/**
 * The testimony form (`/en/testimony`, `?victim=<slug>`) reads the query, so Next renders it per
 * request; it is the same for every visitor, so shared caches keep it briefly, by query, under the
 * tags of what it shows (the operator's texts, the record named). Two kinds of address are one
 * visitor's alone and never stored: the form filled in again after a refusal (`?retry=<id>`, what
 * they typed) and the private status page (`/en/testimony/status/<token>`).
 */
export const TESTIMONY_FORM_TAGS: string[] = [cacheTags.operatorTexts, cacheTags.victims];

export type TestimonyAddress = 'form' | 'private' | null;

export function testimonyAddressOf(pathname: string, search: URLSearchParams): TestimonyAddress {
  if (/^\/(?:az|en|ru)\/testimony\/status\/[^/]+\/?$/.test(pathname)) return 'private';
  if (!/^\/(?:az|en|ru)\/testimony\/?$/.test(pathname)) return null;
  return search.has('retry') ? 'private' : 'form';
}

/** The headers of a visitor's own answer: never stored, and the address (a secret token) never sent on as a referrer. */
export const PRIVATE_ANSWER_HEADERS: Record<string, string> = { 'Cache-Control': 'private, no-store', 'Referrer-Policy': 'no-referrer', 'X-Robots-Tag': 'noindex' };
