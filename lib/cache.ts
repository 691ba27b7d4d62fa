import { unstable_cache } from 'next/cache';
import { isNextRuntime } from '@/lib/env';
import { cacheLifetimeSeconds, readNextScheduledPublication } from '@/lib/schedule';

export { cacheTags } from '@/lib/cache-tags';

/** How long a cached public read lives without a publish revalidating it: one hour. */
export const PUBLIC_REVALIDATE_SECONDS = 3600;

/**
 * Wraps a public read in Next's data cache, keyed by its name and arguments and tagged so that
 * publishing revalidates it. Results must be JSON-serialisable (dates as ISO strings).
 * Outside the Next runtime (integration tests, scripts) the read runs directly.
 */
export function cachedQuery<Args extends unknown[], Result>(
  name: string,
  read: (...args: Args) => Promise<Result>,
  tags: (...args: NoInfer<Args>) => string[],
): (...args: Args) => Promise<Result> {
  if (!isNextRuntime) return read;
  return async (...args: Args) => {
    const now = new Date();
    const nextScheduledIso = await cachedNextScheduledPublication();
    const revalidate = cacheLifetimeSeconds(now, nextScheduledIso ? new Date(nextScheduledIso) : null, PUBLIC_REVALIDATE_SECONDS);
    return unstable_cache(read, [name], { tags: tags(...args), revalidate })(...args);
  };
}

/**
 * The next scheduled publication, remembered in this process for a minute. It is deliberately not
 * in Next's tagged data cache: a tagged read would attach every content tag to every page, and then
 * any edit anywhere would expire every page. A save forgets it (forgetNextScheduledPublication).
 */
let nextScheduled: { iso: string | null; readAt: number } | null = null;
const NEXT_SCHEDULED_MEMORY_MS = 60_000;

async function cachedNextScheduledPublication(): Promise<string | null> {
  const now = Date.now();
  if (!nextScheduled || now - nextScheduled.readAt > NEXT_SCHEDULED_MEMORY_MS) {
    nextScheduled = { iso: (await readNextScheduledPublication())?.toISOString() ?? null, readAt: now };
  }
  return nextScheduled.iso;
}

/** Called after every save: a new schedule must shorten the lifetime of the pages rendered next. */
export function forgetNextScheduledPublication(): void {
  nextScheduled = null;
}
