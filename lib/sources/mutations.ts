import 'server-only';
import { firstFreeKey } from '@/lib/admin/form-parsing';
import { cacheTags } from '@/lib/cache';
import { describeCitersOf } from '@/lib/citations/usage';
import { z } from 'zod';
import { Season } from '@/lib/generated/prisma/enums';
import { defineRecord, type Actor } from '@/lib/records/define';
import { MutationRefusedError } from '@/lib/records/errors';
import { snapshotDatePrecision, snapshotOptionalDate, snapshotText } from '@/lib/records/snapshot';
import { defaultSourceKey, type SourceInput } from '@/lib/sources/admin-schema';
import type { Prisma } from '@/lib/generated/prisma/client';

export type { Actor };

const sourceAuditSelect = {
  id: true,
  key: true,
  kind: true,
  title: true,
  author: true,
  publisher: true,
  date: true,
  datePrecision: true,
  dateSeason: true,
  details: true,
  url: true,
  quotedAt: true,
  status: true,
  publishAt: true,
  version: true,
  deletedAt: true,
  updatedAt: true,
} satisfies Prisma.SourceSelect;

export type SourceSnapshot = Prisma.SourceGetPayload<{ select: typeof sourceAuditSelect }>;

/** The title's key, numbered ("-2", "-3"…) when another source has it. */
async function freeKeyFor(tx: Prisma.TransactionClient, title: string): Promise<string> {
  const base = defaultSourceKey(title);
  const taken = await tx.source.findMany({ where: { key: { startsWith: base } }, select: { key: true } });
  return firstFreeKey(base, taken.map((row) => row.key));
}

/** A source's version as the audit log keeps it, read back as the form's input. */
const sourceSnapshotSchema: z.ZodType<SourceInput> = z.object({
  key: z.string(),
  title: z.string(),
  author: snapshotText,
  publisher: snapshotText,
  date: snapshotOptionalDate,
  datePrecision: snapshotDatePrecision,
  dateSeason: z.enum(Season).nullable(),
  details: snapshotText,
  url: snapshotText,
  quotedAt: snapshotText,
});

const sources = defineRecord<SourceSnapshot, SourceInput, Prisma.SourceUpdateManyMutationInput, { id: string; key: string }>({
  entityType: 'Source',
  editPath: (id) => `/admin/sources/${id}`,
  read: (tx, id) => tx.source.findUnique({ where: { id }, select: sourceAuditSelect }),
  // A key left empty is made from the title (numbered when another source has it).
  insert: async (tx, input) =>
    tx.source.create({ data: { ...input, key: input.key ?? (await freeKeyFor(tx, input.title)), kind: 'EXTERNAL', status: 'DRAFT' }, select: { id: true } }),
  updateMany: (tx, where, data) => tx.source.updateMany({ where, data }),
  // A key left empty keeps the source's key: keys are stable.
  data: async (_tx, input, before) => ({ ...input, key: input.key ?? before.key }),
  snapshot: sourceSnapshotSchema,
  summary: (source) => ({ id: source.id, key: source.key }),
  // Every public page that names a source: the timeline, the figures and the victims' pages.
  tags: () => [cacheTags.sources, cacheTags.events, cacheTags.figures, cacheTags.victims],
  unique: {
    field: 'key',
    refusal: () =>
      new MutationRefusedError('Another source already uses this key.', {
        key: ['Another source already uses this key. Choose a different one.'],
      }),
  },
  // A release's source is edited (and restored) with its release, not here.
  guard: async (_tx, before) => {
    if (before.kind !== 'EXTERNAL') throw new MutationRefusedError('This source is a release in the archive: change it with its release.');
  },
});

/** How the history page restores a source's version. */
export const sourceHistory = sources.history;

/** Creates an external source as a draft, with an audit entry, in one transaction. */
export const createSource = (actor: Actor, input: SourceInput) => sources.create(actor, input);

/** Saves a curator's edit of every field. A key left empty keeps the source's key. */
export const updateSource = (actor: Actor, id: string, expectedVersion: number, input: SourceInput) => sources.update(actor, id, expectedVersion, input);

/** Publishes now, or at `publishAt`. */
export async function publishSource(actor: Actor, id: string, expectedVersion: number, publishAt: Date | null) {
  return sources.publish(actor, id, expectedVersion, publishAt);
}

/** Takes a source off the public site: the facts citing it are then shown without it. */
export async function unpublishSource(actor: Actor, id: string, expectedVersion: number) {
  return sources.unpublish(actor, id, expectedVersion);
}

/**
 * Deletes softly — refused while anything still cites the source, so that no fact on the memorial
 * silently loses its source. The refusal names every citer so the curator can change them first.
 */
export async function deleteSource(actor: Actor, id: string, expectedVersion: number) {
  return sources.softDelete(actor, id, expectedVersion, async (tx) => {
    const citing = await describeCitersOf(tx, id);
    if (citing) throw new MutationRefusedError(`This source cannot be deleted while facts cite it: ${citing}. Remove or change those citations first.`);
  });
}

/** Brings a deleted source back, as it was when deleted. */
export async function undeleteSource(actor: Actor, id: string, expectedVersion: number) {
  return sources.undelete(actor, id, expectedVersion);
}

/** Restores the fields a source had in one audit snapshot, as a new version; history is never rewritten. */
export const restoreSourceVersion = (actor: Actor, id: string, expectedVersion: number, snapshot: unknown) => sources.restore(actor, id, expectedVersion, snapshot);
