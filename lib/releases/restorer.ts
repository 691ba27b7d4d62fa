import 'server-only';
import { db } from '@/lib/db';
import { restoreReleaseVersion, type Actor, type ReleaseSnapshot } from '@/lib/releases/mutations';

/** How history restores a release's version (its Source follows): the `Release` entry of lib/audit/restorers.ts. */
export const releaseRestorer = {
  currentVersion: async (id: string) => (await db.release.findUnique({ where: { id }, select: { version: true } }))?.version ?? null,
  restore: (actor: Actor, id: string, version: number, snapshot: unknown) => restoreReleaseVersion(actor, id, version, snapshot as ReleaseSnapshot),
  editPath: (id: string) => `/admin/releases/${id}`,
};
