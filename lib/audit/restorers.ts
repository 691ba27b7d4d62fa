import 'server-only';
import type { MutationResult } from '@/lib/revalidation';
import { restoreVictimVersion, type Actor, type VictimSnapshot } from '@/lib/victims/mutations';
import { db } from '@/lib/db';
import { anniversaryRestorer } from '@/lib/anniversaries/restorer';
import { eventRestorer } from '@/lib/events/restorer';
import { figureRestorer } from '@/lib/figures/restorer';
import { organizationRestorer } from '@/lib/organizations/restorer';
import { sourceRestorer } from '@/lib/sources/restorer';
import { releaseRestorer } from '@/lib/releases/restorer';

/**
 * How to bring back a version recorded in the audit log, per kind of record. Each restorer writes
 * the snapshot as a new version (history is never rewritten) and returns the tags to revalidate.
 * Add an entry here whenever a kind of record gains an edit form.
 */
export const restorers: Record<
  string,
  {
    currentVersion: (id: string) => Promise<number | null>;
    restore: (actor: Actor, id: string, expectedVersion: number, snapshot: unknown) => Promise<MutationResult<{ id: string }>>;
    editPath: (id: string) => string;
  }
> = {
  Victim: {
    currentVersion: async (id) => (await db.victim.findUnique({ where: { id }, select: { version: true } }))?.version ?? null,
    restore: (actor, id, version, snapshot) => restoreVictimVersion(actor, id, version, snapshot as VictimSnapshot),
    editPath: (id) => `/admin/victims/${id}`,
  },
  Release: releaseRestorer,
  Organization: organizationRestorer,
  Source: sourceRestorer,
  Event: eventRestorer,
  Figure: figureRestorer,
  Anniversary: anniversaryRestorer,
};
