import 'server-only';
import { restoreAnniversaryVersion, type Actor, type AnniversarySnapshot } from '@/lib/anniversaries/mutations';
import { db } from '@/lib/db';
import type { MutationResult } from '@/lib/revalidation';

/**
 * How history restores a version of an anniversary record; the entry for `restorers.Anniversary`
 * in lib/audit/restorers.ts.
 */
export const anniversaryRestorer: {
  currentVersion: (id: string) => Promise<number | null>;
  restore: (actor: Actor, id: string, expectedVersion: number, snapshot: unknown) => Promise<MutationResult<{ id: string }>>;
  editPath: (id: string) => string;
} = {
  currentVersion: async (id) => (await db.anniversary.findUnique({ where: { id }, select: { version: true } }))?.version ?? null,
  restore: (actor, id, version, snapshot) => restoreAnniversaryVersion(actor, id, version, snapshot as AnniversarySnapshot),
  editPath: (id) => `/admin/anniversaries/${id}`,
};
