import 'server-only';
import { cachedQuery, cacheTags } from '@/lib/cache';
import { db } from '@/lib/db';

/** How many approved messages a memorial page shows, newest first. */
export const REMEMBRANCES_SHOWN = 20;

export type PublicRemembrance = { id: string; authorName: string | null; message: string; createdAt: string };

async function readApprovedRemembrances(victimId: string): Promise<PublicRemembrance[]> {
  const rows = await db.remembrance.findMany({
    where: { victimId, status: 'APPROVED' },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: REMEMBRANCES_SHOWN,
    select: { id: true, authorName: true, message: true, createdAt: true },
  });
  return rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() }));
}

/** The approved messages of a victim, cached under `remembrances:<victimId>`, which moderation expires at once. */
export const listApprovedRemembrances = cachedQuery('listApprovedRemembrances', readApprovedRemembrances, (victimId) => [cacheTags.remembrances(victimId)]);
