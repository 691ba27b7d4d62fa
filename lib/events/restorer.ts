import 'server-only';
import type { restorers } from '@/lib/audit/restorers';
import { db } from '@/lib/db';
import { restoreEventVersion, type EventSnapshot } from '@/lib/events/mutations';

/** How history restores a version of an event; the lead registers it as `Event` in lib/audit/restorers.ts. */
export const eventRestorer: (typeof restorers)[string] = {
  currentVersion: async (id) => (await db.event.findUnique({ where: { id }, select: { version: true } }))?.version ?? null,
  restore: (actor, id, version, snapshot) => restoreEventVersion(actor, id, version, snapshot as EventSnapshot),
  editPath: (id) => `/admin/events/${id}`,
};
