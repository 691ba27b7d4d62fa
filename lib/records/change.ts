import 'server-only';
import { recordAudit } from '@/lib/audit/mutations';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { RecordNotFoundError, StaleVersionError } from '@/lib/records/errors';

/** The signed-in curator making a change. */
export type Actor = { id: string };

/** Who makes a versioned change: a curator, or null for a visitor without an account (a testifier on their status page). */
export type ChangeActor = Actor | null;

/** What every versioned record has: its version, and when it was (softly) deleted. */
export type Versioned = { version: number; deletedAt: Date | null };

/**
 * Whether an error is PostgreSQL's unique violation on a column: Prisma's P2002 from the query
 * builder, or P2010 wrapping the driver's 23505 from a raw query (the CSV import's bulk insert).
 */
export function isUniqueViolation(error: unknown, field: string): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const code = (error as { code?: string }).code;
  const meta = JSON.stringify((error as { meta?: unknown }).meta ?? {});
  const raw = code === 'P2010' && meta.includes('23505');
  if (code !== 'P2002' && !raw) return false;
  // The driver adapter reports the constraint ("Victim_slug_key") rather than Prisma's target list.
  const details = `${meta} ${(error as Error).message ?? ''}`;
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

/**
 * One change to one versioned record, in one transaction with its audit entry. The record is read,
 * its version compared with the one the curator saw (a stale one is refused, naming who saved in
 * between), then `write` updates it — conditionally on that version, so two racing saves cannot
 * both win — and the record is read again for the audit's "after".
 *
 * `write` must update with `where: { id, version: expectedVersion }` and `version: { increment: 1 }`,
 * and return the number of rows updated. Kinds with a workflow of their own (no publication step)
 * use this directly.
 */
export async function versionedChange<Snapshot extends Versioned>(options: {
  actor: ChangeActor;
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
    await recordAudit(tx, { userId: actor?.id ?? null, action, entityType, entityId: id, before, after });
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
