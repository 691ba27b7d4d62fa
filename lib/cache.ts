import { unstable_cache } from 'next/cache';
import { isNextRuntime } from '@/lib/env';
import { cacheLifetimeSeconds, readNextScheduledPublication } from '@/lib/schedule';

/** Cache tags of public content. A mutation revalidates the tags of what it touched. */
export const cacheTags = {
  releases: 'releases',
  release: (slug: string) => `release:${slug}`,
  organizations: 'organizations',
  sources: 'sources',
  events: 'events',
  figures: 'figures',
  victims: 'victims',
  victim: (slug: string) => `victim:${slug}`,
  anniversaries: 'anniversaries',
} as const;

/** Every tag of public content: the schedule lookup is expired by a change to any of them. */
const ALL_CONTENT_TAGS = [
  cacheTags.releases,
  cacheTags.organizations,
  cacheTags.sources,
  cacheTags.events,
  cacheTags.figures,
  cacheTags.victims,
  cacheTags.anniversaries,
];

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
 * The next scheduled publication, itself cached: expired by any content change (a new schedule)
 * and re-read at least every minute.
 */
const cachedNextScheduledPublication = unstable_cache(
  async () => (await readNextScheduledPublication())?.toISOString() ?? null,
  ['nextScheduledPublication'],
  { tags: ALL_CONTENT_TAGS, revalidate: 60 },
);
