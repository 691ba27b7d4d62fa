import 'server-only';
import { recordAudit } from '@/lib/audit/mutations';
import { RecordNotFoundError, StaleVersionError, type MutationRefusedError } from '@/lib/concurrency';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { recordSlugChange, releaseSlug } from '@/lib/redirects/mutations';
import type { MutationResult } from '@/lib/revalidation';

/** Whether an error is PostgreSQL's unique violation on a given column (Prisma's P2002). */
export function isUniqueViolation(error: unknown, field: string): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const code = (error as { code?: string }).code;
  // P2002 from the query builder; P2010 wrapping PostgreSQL's 23505 from a raw query.
  const raw = code === 'P2010' && JSON.stringify((error as { meta?: unknown }).meta ?? {}).includes('23505');
  if (code !== 'P2002' && !raw) return false;
  // The driver adapter reports the constraint ("Victim_slug_key") rather than Prisma's target list.
  const details = `${JSON.stringify((error as { meta?: unknown }).meta ?? {})} ${(error as Error).message ?? ''}`;
  return details.includes(`_${field}_key`) || details.includes(`"${field}"`);
}

/** The refusal for a stale save, naming whoever saved the record last (from the audit log). */
export async function findWhoSavedLast(tx: Prisma.TransactionClient, entityType: string, entityId: string): Promise<StaleVersionError> {
  const last = await tx.auditEntry.findFirst({
    where: { entityType, entityId },
    orderBy: { createdAt: 'desc' },
    select: { createdAt: true, user: { select: { name: true, email: true } } },
  });
  return new StaleVersionError(last?.user ? (last.user.name ?? last.user.email) : null, last?.createdAt ?? null);
}

/** The signed-in curator making a change. */
export type Actor = { id: string };

type Versioned = { version: number; deletedAt: Date | null };

/**
 * One change to one versioned record, in one transaction with its audit entry. The record is read,
 * its version compared with the one the curator saw (a stale one is refused, naming who saved in
 * between), then `write` updates it — conditionally on that version, so two racing saves cannot
 * both win — and the record is read again for the audit's "after".
 *
 * `write` must update with `where: { id, version: expectedVersion }` and `version: { increment: 1 }`,
 * and return the number of rows updated.
 */
export async function versionedChange<Snapshot extends Versioned>(options: {
  actor: Actor;
  entityType: string;
  id: string;
  expectedVersion: number;
  action: string;
  allowDeleted?: boolean;
  read: (tx: Prisma.TransactionClient, id: string) => Promise<Snapshot | null>;
  write: (tx: Prisma.TransactionClient, before: Snapshot) => Promise<number>;
}): Promise<{ before: Snapshot; after: Snapshot }> {
  const { actor, entityType, id, expectedVersion, action } = options;
  return db.$transaction(async (tx) => {
    const before = await options.read(tx, id);
    if (!before || (before.deletedAt && !options.allowDeleted)) throw new RecordNotFoundError(entityType);
    if (before.version !== expectedVersion) throw await findWhoSavedLast(tx, entityType, id);
    const updated = await options.write(tx, before);
    if (updated !== 1) throw await findWhoSavedLast(tx, entityType, id);
    const after = await options.read(tx, id);
    if (!after) throw new RecordNotFoundError(entityType);
    await recordAudit(tx, { userId: actor.id, action, entityType, entityId: id, before, after });
    return { before, after };
  });
}

/** Creates a record and its audit entry in one transaction. */
export async function auditedCreate<Snapshot extends { id: string }>(options: {
  actor: Actor;
  entityType: string;
  create: (tx: Prisma.TransactionClient) => Promise<Snapshot>;
}): Promise<Snapshot> {
  return db.$transaction(async (tx) => {
    const created = await options.create(tx);
    await recordAudit(tx, { userId: options.actor.id, action: 'create', entityType: options.entityType, entityId: created.id, before: null, after: created });
    return created;
  });
}

/** The fields publishing, unpublishing, deleting and undeleting change, the same on every record. */
type PublicationChange = { status: 'DRAFT' | 'PUBLISHED'; publishAt: Date | null } | { deletedAt: Date | null };

type Check<Snapshot> = (tx: Prisma.TransactionClient, before: Snapshot) => Promise<void>;

/** What a change may do inside its transaction once the record's row was updated. */
type AfterUpdate = (tx: Prisma.TransactionClient) => Promise<void>;

/** A record's public address, for the kinds that have one (a `slug` field): victims, releases, issuers, events. */
function slugOf(snapshot: object): string | null {
  const slug = (snapshot as { slug?: unknown }).slug;
  return typeof slug === 'string' ? slug : null;
}

/**
 * The writes every editable kind of record shares — create, change at a version, publish,
 * unpublish, delete, undelete — each in one transaction with its audit entry (see versionedChange
 * and auditedCreate), returning the record and the cache tags to revalidate. A domain's
 * mutations.ts configures one and adds what is its own (its fields, its checks, its citations).
 *
 * A record with a public address (a `slug`) keeps its old addresses: a change of slug records a
 * permanent redirect in the same transaction (lib/redirects), and `tags` must name the old slug's
 * tags too, so that a cached page of the old address is expired and answers with the redirect.
 */
export function recordMutations<Snapshot extends Versioned & { id: string }, Data extends object, Summary>(config: {
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
  /** Run after every change's update, in its transaction (e.g. to keep a dependent record in step). */
  afterEveryUpdate?: (tx: Prisma.TransactionClient, change: { actor: Actor; id: string; action: string }) => Promise<void>;
}) {
  function refuseDuplicate(error: unknown): never {
    if (config.unique && isUniqueViolation(error, config.unique.field)) throw config.unique.refusal();
    throw error;
  }

  /** Creates the record (as `create` writes it) with its audit entry. */
  async function create(actor: Actor, write: (tx: Prisma.TransactionClient) => Promise<Snapshot>): Promise<MutationResult<Summary>> {
    try {
      const record = await auditedCreate({
        actor,
        entityType: config.entityType,
        create: async (tx) => {
          const created = await write(tx);
          // A new record's address is live now; a redirect that used to leave from it must go.
          const slug = slugOf(created);
          if (slug !== null) await releaseSlug(tx, config.entityType, slug);
          return created;
        },
      });
      return { record: config.summary(record), tags: config.tags(record) };
    } catch (error) {
      refuseDuplicate(error);
    }
  }

  /** Records a redirect from the record's old address when the change gave it a new one. */
  async function keepOldAddress(tx: Prisma.TransactionClient, id: string, before: Snapshot): Promise<void> {
    const oldSlug = slugOf(before);
    if (oldSlug === null) return;
    const after = await config.read(tx, id);
    const newSlug = after ? slugOf(after) : null;
    if (newSlug !== null && newSlug !== oldSlug) {
      await recordSlugChange(tx, { entityType: config.entityType, entityId: id, oldSlug, newSlug });
    }
  }

  /** One change at the version the curator saw; `compute` may refuse by throwing. */
  async function changeRecord(
    actor: Actor,
    id: string,
    expectedVersion: number,
    action: string,
    compute: (tx: Prisma.TransactionClient, before: Snapshot) => Promise<Data | PublicationChange>,
    options: { allowDeleted?: boolean; afterUpdate?: AfterUpdate } = {},
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
          if (updated.count === 1) {
            // Only a change of the record's fields can change its address (not publishing or deleting).
            if ('slug' in data) await keepOldAddress(tx, id, before);
            await options.afterUpdate?.(tx);
            await config.afterEveryUpdate?.(tx, { actor, id, action });
          }
          return updated.count;
        },
      });
      return { record: config.summary(after), tags: config.tags(before, after) };
    } catch (error) {
      refuseDuplicate(error);
    }
  }

  /** A publication change (publish, unpublish, delete) once `check` (if any) has passed. */
  function checked(check: Check<Snapshot> | undefined, data: PublicationChange) {
    return async (tx: Prisma.TransactionClient, before: Snapshot) => {
      await check?.(tx, before);
      return data;
    };
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
      options: { allowDeleted?: boolean; afterUpdate?: AfterUpdate } = {},
    ) => changeRecord(actor, id, expectedVersion, action, compute, options),
    /** Publishes now, or at `publishAt`, once `check` (if any) has passed. */
    publish: (actor: Actor, id: string, expectedVersion: number, publishAt: Date | null, check?: Check<Snapshot>) =>
      changeRecord(actor, id, expectedVersion, 'publish', checked(check, { status: 'PUBLISHED', publishAt })),
    /** Takes the record off the public site, keeping it as a draft, once `check` (if any) has passed. */
    unpublish: (actor: Actor, id: string, expectedVersion: number, check?: Check<Snapshot>) =>
      changeRecord(actor, id, expectedVersion, 'unpublish', checked(check, { status: 'DRAFT', publishAt: null })),
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
