import 'server-only';
import type { restorers } from '@/lib/audit/restorers';
import { db } from '@/lib/db';
import { restoreSourceVersion, type SourceSnapshot } from '@/lib/sources/mutations';

/**
 * How history restores a version of an external source; the lead registers it as `Source` in
 * lib/audit/restorers.ts. A release's source is restored with its release, so it is refused here.
 */
export const sourceRestorer: (typeof restorers)[string] = {
  currentVersion: async (id) => (await db.source.findUnique({ where: { id }, select: { version: true } }))?.version ?? null,
  restore: (actor, id, version, snapshot) => restoreSourceVersion(actor, id, version, snapshot as SourceSnapshot),
  editPath: (id) => `/admin/sources/${id}`,
};
