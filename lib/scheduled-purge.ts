import { cacheTags, withNotFound } from '@/lib/cache-tags';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { purgeSharedCaches } from '@/lib/purge';

// No `import 'server-only'`: instrumentation.ts starts this outside the react-server bundle.

/** The tags a record of each kind names, as its mutations return them. */
const KIND_TAGS: Record<string, (slug: string | null) => string[]> = {
  victim: (slug) => [cacheTags.victims, ...(slug ? [cacheTags.victim(slug)] : [])],
  release: (slug) => [cacheTags.releases, ...(slug ? [cacheTags.release(slug)] : [])],
  event: () => [cacheTags.events],
  figure: () => [cacheTags.figures],
  source: () => [cacheTags.sources],
  organization: () => [cacheTags.organizations],
  anniversary: () => [cacheTags.anniversaries],
};

/**
 * The tags of the records whose scheduled time came in (since, until]: published, not deleted, with
 * publishAt in the window. Nothing is saved at that moment, so no mutation returns these tags; Next's
 * own cache lifetimes end at the time by themselves (lib/schedule.ts), the shared caches are purged.
 */
export async function tagsDueBetween(since: Date, until: Date): Promise<string[]> {
  const rows = await db.$queryRaw<{ kind: string; slug: string | null }[]>`
    SELECT 'victim' AS kind, slug FROM "Victim" WHERE status = 'PUBLISHED' AND "deletedAt" IS NULL AND "publishAt" > ${since} AND "publishAt" <= ${until}
    UNION ALL SELECT 'release', slug FROM "Release" WHERE status = 'PUBLISHED' AND "deletedAt" IS NULL AND "publishAt" > ${since} AND "publishAt" <= ${until}
    UNION ALL SELECT 'event', NULL FROM "Event" WHERE status = 'PUBLISHED' AND "deletedAt" IS NULL AND "publishAt" > ${since} AND "publishAt" <= ${until}
    UNION ALL SELECT 'figure', NULL FROM "Figure" WHERE status = 'PUBLISHED' AND "deletedAt" IS NULL AND "publishAt" > ${since} AND "publishAt" <= ${until}
    UNION ALL SELECT 'source', NULL FROM "Source" WHERE status = 'PUBLISHED' AND "deletedAt" IS NULL AND "publishAt" > ${since} AND "publishAt" <= ${until}
    UNION ALL SELECT 'organization', NULL FROM "Organization" WHERE status = 'PUBLISHED' AND "deletedAt" IS NULL AND "publishAt" > ${since} AND "publishAt" <= ${until}
    UNION ALL SELECT 'anniversary', NULL FROM "Anniversary" WHERE status = 'PUBLISHED' AND "deletedAt" IS NULL AND "publishAt" > ${since} AND "publishAt" <= ${until}`;
  return [...new Set(rows.flatMap(({ kind, slug }) => KIND_TAGS[kind]?.(slug) ?? []))];
}

/** How often each instance looks for records whose time has come. */
export const SCHEDULED_PURGE_INTERVAL_MS = 15_000;

/**
 * Purges the shared caches of what scheduled records change, shortly after their time (within the
 * interval). Every instance runs it; a tag purged twice costs nothing. A failed read (database down)
 * keeps the window open, so the records are purged once it answers again.
 */
export function startScheduledPurge(intervalMs: number = SCHEDULED_PURGE_INTERVAL_MS): () => void {
  if (env.CACHE_PURGE_URLS.length === 0) return () => {};
  let since = new Date();
  let running = false;
  const timer = setInterval(async () => {
    if (running) return;
    running = true;
    const until = new Date();
    try {
      const tags = await tagsDueBetween(since, until);
      // A record whose time has come makes its address exist: the 404 kept for it goes too.
      if (tags.length > 0) await purgeSharedCaches(withNotFound(tags));
      since = until;
    } catch (error) {
      console.error(`[purge] scheduled records could not be read: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      running = false;
    }
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
