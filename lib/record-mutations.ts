import 'server-only';
import type { MutationRefusedError } from '@/lib/concurrency';
import { auditedCreate, isUniqueViolation, versionedChange, type Actor } from '@/lib/mutation-helpers';
import type { MutationResult } from '@/lib/revalidation';
import type { Prisma } from '@/lib/generated/prisma/client';

type Versioned = { id: string; version: number; deletedAt: Date | null };

/** The fields publishing, unpublishing, deleting and undeleting change, the same on every record. */
type PublicationChange = { status: 'DRAFT' | 'PUBLISHED'; publishAt: Date | null } | { deletedAt: Date | null };

type Check<Snapshot> = (tx: Prisma.TransactionClient, before: Snapshot) => Promise<void>;

/**
 * The writes every editable kind of record shares — create, change at a version, publish,
 * unpublish, delete, undelete — each in one transaction with its audit entry (see versionedChange
 * and auditedCreate), returning the record and the cache tags to revalidate. A domain's
 * mutations.ts configures one and adds what is its own (its fields, its checks, its citations).
 */
export function recordMutations<Snapshot extends Versioned, Data extends object, Summary>(config: {
  entityType: string;
  read: (tx: Prisma.TransactionClient, id: string) => Promise<Snapshot | null>;
  /** Updates where { id, version } (so that of two racing saves only one wins) and returns the count. */
  updateMany: (
    tx: Prisma.TransactionClient,
    where: { id: string; version: number },
    data: (Data | PublicationChange) & { version: { increment: number } },
  ) => Promise<{ count: number }>;
  summary: (snapshot: Snapshot) => Summary;
  /** The public cache tags of the record as it was and as it is (one snapshot for a creation). */
  tags: (...snapshots: Snapshot[]) => string[];
  /** The refusal for a unique column another record already uses (a slug, a key). */
  unique?: { field: string; refusal: () => MutationRefusedError };
  /** A refusal checked before every change (e.g. a record edited elsewhere). */
  guard?: Check<Snapshot>;
}) {
  function refuseDuplicate(error: unknown): never {
    if (config.unique && isUniqueViolation(error, config.unique.field)) throw config.unique.refusal();
    throw error;
  }

  /** Creates the record (as `create` writes it) with its audit entry. */
  async function create(actor: Actor, write: (tx: Prisma.TransactionClient) => Promise<Snapshot>): Promise<MutationResult<Summary>> {
    try {
      const record = await auditedCreate({ actor, entityType: config.entityType, create: write });
      return { record: config.summary(record), tags: config.tags(record) };
    } catch (error) {
      refuseDuplicate(error);
    }
  }

  /** One change at the version the curator saw; `compute` may refuse by throwing. */
  async function changeRecord(
    actor: Actor,
    id: string,
    expectedVersion: number,
    action: string,
    compute: (tx: Prisma.TransactionClient, before: Snapshot) => Promise<Data | PublicationChange>,
    options: { allowDeleted?: boolean; afterUpdate?: (tx: Prisma.TransactionClient) => Promise<void> } = {},
  ): Promise<MutationResult<Summary>> {
    try {
      const { before, after } = await versionedChange({
        actor,
        entityType: config.entityType,
        id,
        expectedVersion,
        action,
        allowDeleted: options.allowDeleted,
        read: config.read,
        write: async (tx, before) => {
          await config.guard?.(tx, before);
          const data = await compute(tx, before);
          const updated = await config.updateMany(tx, { id, version: expectedVersion }, { ...data, version: { increment: 1 } });
          if (updated.count === 1) await options.afterUpdate?.(tx);
          return updated.count;
        },
      });
      return { record: config.summary(after), tags: config.tags(before, after) };
    } catch (error) {
      refuseDuplicate(error);
    }
  }

  return {
    create,
    /** A change of the record's own fields (an edit, a restored version) at the version the curator saw. */
    change: (
      actor: Actor,
      id: string,
      expectedVersion: number,
      action: string,
      compute: (tx: Prisma.TransactionClient, before: Snapshot) => Promise<Data>,
      options: { allowDeleted?: boolean; afterUpdate?: (tx: Prisma.TransactionClient) => Promise<void> } = {},
    ) => changeRecord(actor, id, expectedVersion, action, compute, options),
    /** Publishes now, or at `publishAt`, once `check` (if any) has passed. */
    publish: (actor: Actor, id: string, expectedVersion: number, publishAt: Date | null, check?: Check<Snapshot>) =>
      changeRecord(actor, id, expectedVersion, 'publish', async (tx, before) => {
        await check?.(tx, before);
        return { status: 'PUBLISHED', publishAt };
      }),
    /** Takes the record off the public site, keeping it as a draft. */
    unpublish: (actor: Actor, id: string, expectedVersion: number) =>
      changeRecord(actor, id, expectedVersion, 'unpublish', async () => ({ status: 'DRAFT', publishAt: null })),
    /** Deletes softly, once `check` (if any) has passed: it disappears everywhere but stays restorable. */
    softDelete: (actor: Actor, id: string, expectedVersion: number, check?: Check<Snapshot>) =>
      changeRecord(actor, id, expectedVersion, 'delete', async (tx, before) => {
        await check?.(tx, before);
        return { deletedAt: new Date() };
      }),
    /** Brings a deleted record back, as it was when deleted. */
    undelete: (actor: Actor, id: string, expectedVersion: number) =>
      changeRecord(actor, id, expectedVersion, 'restore', async () => ({ deletedAt: null }), { allowDeleted: true }),
  };
}
