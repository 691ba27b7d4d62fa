import 'server-only';
import { recordAudit } from '@/lib/audit/mutations';
import { cacheTags } from '@/lib/cache-tags';
import { db } from '@/lib/db';
import type { RemembranceStatus } from '@/lib/generated/prisma/client';
import { versionedChange, type Actor } from '@/lib/records/change';
import { MutationRefusedError } from '@/lib/records/errors';
import type { ModerationInput, RemembranceInput } from '@/lib/remembrances/schema';
import { pruneVisitorDays, takeDailyAllowance } from '@/lib/visitor-forms/daily-allowance';

/** How many remembrances one address may leave for moderation in a Baku day, over all records. */
export const REMEMBRANCES_PER_ADDRESS_PER_DAY = 3;

/**
 * Leaves a visitor's message for moderation (PENDING), within the address's daily cap; nothing of
 * the address is kept but the day's keyed hash (lib/visitor-forms/daily-allowance.ts).
 */
export async function submitRemembrance(request: { victimId: string; input: RemembranceInput; address: string | null; now: Date }): Promise<'received' | 'limit'> {
  return db.$transaction(async (tx) => {
    await pruneVisitorDays(tx, request.now);
    const allowed = await takeDailyAllowance(tx, { scope: 'remembrances', address: request.address, limit: REMEMBRANCES_PER_ADDRESS_PER_DAY, now: request.now });
    if (!allowed) return 'limit' as const;
    const created = await tx.remembrance.create({
      data: { victimId: request.victimId, message: request.input.message, authorName: request.input.authorName, createdAt: request.now },
      select: snapshotSelect,
    });
    // The message as the visitor sent it opens its history (no account: no user); decisions follow.
    await recordAudit(tx, { userId: null, action: 'submit', entityType: REMEMBRANCE_ENTITY_TYPE, entityId: created.id, before: null, after: created });
    return 'received' as const;
  });
}

/**
 * A visitor's report of a published message: counted once per address, message and day, and the
 * message is back in the curators' queue (it stays shown until a curator hides it). With `victimId`,
 * a message of another record counts as unknown.
 */
export async function reportRemembrance(request: { id: string; victimId?: string; address: string | null; now: Date }): Promise<'reported' | 'already' | 'unknown'> {
  return db.$transaction(async (tx) => {
    const message = await tx.remembrance.findUnique({ where: { id: request.id }, select: { status: true, victimId: true } });
    // Only a published message, and (from a memorial page's form) only one shown on that page.
    if (message?.status !== 'APPROVED' || (request.victimId !== undefined && message.victimId !== request.victimId)) return 'unknown' as const;
    await pruneVisitorDays(tx, request.now);
    if (!(await takeDailyAllowance(tx, { scope: `remembrance-report:${request.id}`, address: request.address, limit: 1, now: request.now }))) return 'already' as const;
    await tx.remembrance.update({ where: { id: request.id }, data: { reportCount: { increment: 1 }, lastReportedAt: request.now } });
    return 'reported' as const;
  });
}

/** Which decision may be taken from which state. */
const TRANSITIONS: Record<ModerationInput['decision'], { from: RemembranceStatus[]; to: RemembranceStatus }> = {
  approve: { from: ['PENDING', 'APPROVED', 'HIDDEN', 'REJECTED'], to: 'APPROVED' },
  reject: { from: ['PENDING'], to: 'REJECTED' },
  hide: { from: ['APPROVED'], to: 'HIDDEN' },
};

const REMEMBRANCE_ENTITY_TYPE = 'remembrance';

const snapshotSelect = {
  id: true,
  victimId: true,
  authorName: true,
  message: true,
  status: true,
  reportCount: true,
  moderationReason: true,
  version: true,
} as const;

/**
 * A curator's decision, with its audit entry, in one transaction (versionedChange): approving shows
 * the message and clears its reports; rejecting (a pending one) or hiding (a published one) records
 * the reason. Returns the tags to expire at once.
 */
export async function moderateRemembrance(actor: Actor, input: ModerationInput, now: Date = new Date()): Promise<{ tags: string[]; status: RemembranceStatus }> {
  const transition = TRANSITIONS[input.decision];
  const { after } = await versionedChange({
    actor,
    entityType: REMEMBRANCE_ENTITY_TYPE,
    id: input.id,
    expectedVersion: input.version,
    action: input.decision,
    read: async (tx, id) => {
      const row = await tx.remembrance.findUnique({ where: { id }, select: snapshotSelect });
      return row ? { ...row, deletedAt: null } : null;
    },
    write: async (tx, before) => {
      if (!transition.from.includes(before.status)) {
        throw new MutationRefusedError(`A message that is ${before.status.toLowerCase()} cannot be ${input.decision === 'hide' ? 'hidden' : `${input.decision}ed`}.`);
      }
      const updated = await tx.remembrance.updateMany({
        where: { id: before.id, version: input.version },
        data: {
          status: transition.to,
          moderationReason: input.decision === 'approve' ? null : (input.reason ?? null),
          moderatedById: actor.id,
          moderatedAt: now,
          reportCount: 0,
          version: { increment: 1 },
        },
      });
      return updated.count;
    },
  });
  return { tags: [cacheTags.remembrances(after.victimId)], status: after.status };
}
