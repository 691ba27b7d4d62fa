import { recordAudit } from '@/lib/audit/mutations';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { TestimonyStatus } from '@/lib/generated/prisma/enums';
import { TESTIMONY_ENTITY_TYPE } from '@/lib/testimonies/states';

// No `import 'server-only'`: instrumentation.ts starts the sweep outside the react-server bundle.

/**
 * How long a testimony's personal data is kept (issue 14), by its state:
 *
 * state     | contact e-mail                                  | files
 * ----------+-------------------------------------------------+-------------------------------------------
 * open      | kept                                            | kept
 * WITHDRAWN | deleted at once by the withdrawal; swept if left | the same
 * DECLINED  | TESTIMONY_CLOSED_RETENTION_DAYS after decidedAt (30) | the same
 * ACCEPTED  | TESTIMONY_ACCEPTED_CONTACT_RETENTION_DAYS after decidedAt (90) | kept: the curators work from them
 *
 * Each deletion sets personalDataDeletedAt, deletes the messages still queued for the testimony, and
 * writes an audit entry ('delete-personal-data', by nobody) that says what was deleted, never what it
 * was: audit entries are kept forever. Backups keep what they contain until they are deleted (README).
 */

export type ErasureScope = 'contact-and-files' | 'contact';

export type RetentionPeriods = { closedDays: number; acceptedContactDays: number };

export function configuredRetentionPeriods(): RetentionPeriods {
  return { closedDays: env.TESTIMONY_CLOSED_RETENTION_DAYS, acceptedContactDays: env.TESTIMONY_ACCEPTED_CONTACT_RETENTION_DAYS };
}

const DAY_MS = 86_400_000;

/** What of a testimony's personal data is due for deletion at `now`, or null when nothing is. */
export function erasureDue(
  testimony: { status: TestimonyStatus; decidedAt: Date | null; contactEmail: string | null; fileCount: number; personalDataDeletedAt: Date | null },
  now: Date,
  periods: RetentionPeriods,
): ErasureScope | null {
  const left = testimony.contactEmail !== null || testimony.personalDataDeletedAt === null;
  const elapsed = (days: number) => testimony.decidedAt !== null && testimony.decidedAt.getTime() <= now.getTime() - days * DAY_MS;
  switch (testimony.status) {
    case 'WITHDRAWN':
      return left || testimony.fileCount > 0 ? 'contact-and-files' : null;
    case 'DECLINED':
      return (left || testimony.fileCount > 0) && elapsed(periods.closedDays) ? 'contact-and-files' : null;
    case 'ACCEPTED':
      return left && elapsed(periods.acceptedContactDays) ? 'contact' : null;
    default:
      return null;
  }
}

/**
 * Deletes a testimony's contact e-mail (and, for 'contact-and-files', its files) in the caller's
 * transaction, with the messages still queued for it (a withdrawal's confirmation, queued without its
 * testimony, stays). Returns what it deleted. The withdrawal calls it at once (its own audit entry
 * records the change); the periodic sweep through erasePersonalData, which records the deletion.
 */
export async function deletePersonalData(
  tx: Prisma.TransactionClient,
  testimonyId: string,
  options: { scope: ErasureScope; now: Date },
): Promise<{ files: number; queuedMail: number }> {
  const files = options.scope === 'contact-and-files' ? (await tx.testimonyFile.deleteMany({ where: { testimonyId } })).count : 0;
  const queuedMail = (await tx.outgoingMail.deleteMany({ where: { testimonyId } })).count;
  // The first deletion's time stays: a later sweep of what a withdrawal left does not move it.
  await tx.testimony.updateMany({ where: { id: testimonyId, personalDataDeletedAt: null }, data: { personalDataDeletedAt: options.now } });
  await tx.testimony.update({ where: { id: testimonyId }, data: { contactEmail: null } });
  return { files, queuedMail };
}

/** deletePersonalData with an audit entry of its own (action 'delete-personal-data') holding counts, never the values. */
export async function erasePersonalData(
  tx: Prisma.TransactionClient,
  testimonyId: string,
  options: { scope: ErasureScope; now: Date; reason: string },
): Promise<void> {
  const before = await tx.testimony.findUniqueOrThrow({
    where: { id: testimonyId },
    select: { status: true, contactEmail: true, _count: { select: { files: true } } },
  });
  const { files, queuedMail } = await deletePersonalData(tx, testimonyId, options);
  await recordAudit(tx, {
    userId: null,
    action: 'delete-personal-data',
    entityType: TESTIMONY_ENTITY_TYPE,
    entityId: testimonyId,
    before: { status: before.status, contactEmail: before.contactEmail === null ? 'none' : 'kept', files: before._count.files },
    after: {
      contactEmail: 'none',
      files: before._count.files - files,
      filesDeleted: files,
      queuedMailDeleted: queuedMail,
      reason: options.reason,
      at: options.now,
    },
  });
}

function reasonFor(status: TestimonyStatus, periods: RetentionPeriods): string {
  if (status === 'WITHDRAWN') return 'withdrawn: deleted by the sweep (the withdrawal had left it)';
  if (status === 'DECLINED') return `declined: ${periods.closedDays} days after the decision`;
  return `accepted: the contact e-mail, ${periods.acceptedContactDays} days after the decision`;
}

/** At most this many testimonies are handled per sweep; the rest wait for the next one. */
const MAX_PER_SWEEP = 500;

/**
 * Deletes every testimony's personal data that is due at `now` (injected for tests) under the given
 * periods (the configured ones by default). Idempotent, and safe with several instances sweeping at once:
 * each testimony is locked and checked again in its own transaction. Returns the testimonies erased.
 */
export async function sweepTestimonyRetention(
  now: Date = new Date(),
  periods: RetentionPeriods = configuredRetentionPeriods(),
): Promise<string[]> {
  // A refused form kept for its visitor (lib/testimonies/retry.ts) holds what they typed, the e-mail
  // included, for an hour at most: past it, it goes here even if nobody sends a form again.
  await db.testimonyRetry.deleteMany({ where: { expiresAt: { lte: now } } });
  const left = [{ contactEmail: { not: null } }, { personalDataDeletedAt: null }] satisfies Prisma.TestimonyWhereInput[];
  const closedCutoff = new Date(now.getTime() - periods.closedDays * DAY_MS);
  const acceptedCutoff = new Date(now.getTime() - periods.acceptedContactDays * DAY_MS);
  const candidates = await db.testimony.findMany({
    where: {
      OR: [
        { status: 'WITHDRAWN', OR: [...left, { files: { some: {} } }] },
        { status: 'DECLINED', decidedAt: { lte: closedCutoff }, OR: [...left, { files: { some: {} } }] },
        { status: 'ACCEPTED', decidedAt: { lte: acceptedCutoff }, OR: left },
      ],
    },
    select: { id: true },
    orderBy: { id: 'asc' },
    take: MAX_PER_SWEEP,
  });
  const erased: string[] = [];
  for (const { id } of candidates) {
    const done = await db.$transaction(async (tx) => {
      const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Testimony" WHERE id = ${id} FOR UPDATE SKIP LOCKED`;
      if (locked.length === 0) return false;
      const testimony = await tx.testimony.findUnique({
        where: { id },
        select: { status: true, decidedAt: true, contactEmail: true, personalDataDeletedAt: true, _count: { select: { files: true } } },
      });
      if (!testimony) return false;
      const scope = erasureDue({ ...testimony, fileCount: testimony._count.files }, now, periods);
      if (!scope) return false;
      await erasePersonalData(tx, id, { scope, now, reason: reasonFor(testimony.status, periods) });
      return true;
    });
    if (done) erased.push(id);
  }
  return erased;
}

/** How often each instance sweeps; the periods are days, so an hour late is nothing. */
export const RETENTION_SWEEP_INTERVAL_MS = 60 * 60_000;

/**
 * Sweeps at start and then every hour in this instance. Every instance runs it; a testimony erased by
 * one is not due for the others. The timer does not keep the process alive; a failed sweep (database
 * down) is logged and the next one tries again.
 */
export function startTestimonyRetention(intervalMs: number = RETENTION_SWEEP_INTERVAL_MS): () => void {
  let running = false;
  const sweep = async () => {
    if (running) return;
    running = true;
    try {
      const erased = await sweepTestimonyRetention();
      if (erased.length > 0) console.info(`[retention] deleted the personal data of ${erased.length} testimonies`);
    } catch (error) {
      console.error(`[retention] the sweep failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void sweep(), intervalMs);
  timer.unref();
  void sweep();
  return () => clearInterval(timer);
}
