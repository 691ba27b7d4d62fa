import 'server-only';
import { cachedQuery, cacheTags } from '@/lib/cache';
import { db } from '@/lib/db';

/** The count as it stands now, uncached: for the answer to the click, which must show it at once. */
export async function readCarnationCount(subject: string): Promise<number> {
  const row = await db.carnationCount.findUnique({ where: { subject }, select: { count: true } });
  return row?.count ?? 0;
}

/**
 * The count a cached page shows. Tagged by its subject, which is purged at most every
 * CARNATION_PURGE_MINUTES (lib/carnations/purge.ts), so laying carnations never makes a page dynamic.
 */
export const getCarnationCount = cachedQuery('getCarnationCount', readCarnationCount, (subject) => [cacheTags.carnations(subject)]);
