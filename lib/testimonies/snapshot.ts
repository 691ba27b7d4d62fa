import type { Prisma } from '@/lib/generated/prisma/client';
import { testimonyRecordFields } from '@/lib/testimonies/record-fields';

/**
 * What a testimony's audit entries record, for the testifier's changes and the curators' alike: the
 * ONE place that says it, because audit entries are kept for ever and never change. The contact
 * e-mail is personal data deleted on withdrawal and after the retention periods, so a snapshot only
 * says whether one is kept (`hasContactEmail`); files appear by their metadata, never their bytes.
 */
export const testimonySnapshotSelect = {
  // Every column but the e-mail (lib/testimonies/record-fields.ts, which the curators' read shares).
  ...testimonyRecordFields,
  createdAt: true,
  // Read only to say whether one is kept; toTestimonySnapshot drops it.
  contactEmail: true,
  files: { select: { id: true, position: true, kind: true, contentType: true, byteSize: true, sha256: true, rightsHolder: true, mayPublish: true }, orderBy: { position: 'asc' } },
  messages: { select: { id: true, party: true, body: true, userId: true, createdAt: true }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
} as const satisfies Prisma.TestimonySelect;

type SelectedTestimony = Prisma.TestimonyGetPayload<{ select: typeof testimonySnapshotSelect }>;

/** A testimony as its audit entries keep it; `deletedAt` is always null (testimonies are never soft-deleted), for versionedChange. */
export type TestimonySnapshot = Omit<SelectedTestimony, 'contactEmail'> & { hasContactEmail: boolean; deletedAt: null };

export function toTestimonySnapshot(row: SelectedTestimony): TestimonySnapshot {
  const { contactEmail, ...rest } = row;
  return { ...rest, hasContactEmail: contactEmail !== null, deletedAt: null };
}

/** Reads a testimony's snapshot in a transaction (the `read` of versionedChange), or null. */
export async function readTestimonySnapshot(tx: Prisma.TransactionClient, id: string): Promise<TestimonySnapshot | null> {
  const row = await tx.testimony.findUnique({ where: { id }, select: testimonySnapshotSelect });
  return row ? toTestimonySnapshot(row) : null;
}
