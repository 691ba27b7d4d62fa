import 'server-only';
import { db } from '@/lib/db';

/**
 * The earliest time at which a scheduled record (published, not deleted, publishAt in the future)
 * becomes public, across every kind of record; null when nothing is scheduled.
 */
export async function readNextScheduledPublication(now: Date = new Date()): Promise<Date | null> {
  const rows = await db.$queryRaw<{ next: Date | null }[]>`
    SELECT min(next) AS next FROM (
      SELECT min("publishAt") AS next FROM "Victim" WHERE status = 'PUBLISHED' AND "deletedAt" IS NULL AND "publishAt" > ${now}
      UNION ALL SELECT min("publishAt") FROM "Release" WHERE status = 'PUBLISHED' AND "deletedAt" IS NULL AND "publishAt" > ${now}
      UNION ALL SELECT min("publishAt") FROM "Event" WHERE status = 'PUBLISHED' AND "deletedAt" IS NULL AND "publishAt" > ${now}
      UNION ALL SELECT min("publishAt") FROM "Figure" WHERE status = 'PUBLISHED' AND "deletedAt" IS NULL AND "publishAt" > ${now}
      UNION ALL SELECT min("publishAt") FROM "Source" WHERE status = 'PUBLISHED' AND "deletedAt" IS NULL AND "publishAt" > ${now}
      UNION ALL SELECT min("publishAt") FROM "Organization" WHERE status = 'PUBLISHED' AND "deletedAt" IS NULL AND "publishAt" > ${now}
      UNION ALL SELECT min("publishAt") FROM "Anniversary" WHERE status = 'PUBLISHED' AND "deletedAt" IS NULL AND "publishAt" > ${now}
    ) AS scheduled`;
  return rows[0]?.next ?? null;
}

/**
 * How long a cached public read may live: an hour, or less when a scheduled record goes public
 * sooner, so that the pages showing it are regenerated at its time without anyone acting.
 */
export function cacheLifetimeSeconds(now: Date, nextScheduled: Date | null, maximum: number): number {
  if (!nextScheduled) return maximum;
  const seconds = Math.ceil((nextScheduled.getTime() - now.getTime()) / 1000);
  return Math.min(maximum, Math.max(1, seconds));
}
