import 'server-only';
import type { restorers } from '@/lib/audit/restorers';
import { db } from '@/lib/db';
import { restoreFigureVersion, type FigureSnapshot } from '@/lib/figures/mutations';

/** How history restores a version of a figure; the lead registers it as `Figure` in lib/audit/restorers.ts. */
export const figureRestorer: (typeof restorers)[string] = {
  currentVersion: async (id) => (await db.figure.findUnique({ where: { id }, select: { version: true } }))?.version ?? null,
  restore: (actor, id, version, snapshot) => restoreFigureVersion(actor, id, version, snapshot as FigureSnapshot),
  editPath: (id) => `/admin/figures/${id}`,
};
