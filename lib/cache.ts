import { unstable_cache } from 'next/cache';
import { isNextRuntime } from '@/lib/env';

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
  return (...args: Args) =>
    unstable_cache(read, [name], { tags: tags(...args), revalidate: PUBLIC_REVALIDATE_SECONDS })(...args);
}
