import 'server-only';
import { env } from '@/lib/env';
import { z } from 'zod';
import { recordAudit } from '@/lib/audit/mutations';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { isUniqueViolation } from '@/lib/records/change';
import { deliverQueuedMail, queueTestimonyMail } from '@/lib/testimonies/notify';
import { deletePersonalData } from '@/lib/testimonies/retention';
import { testimonySnapshotSelect, toTestimonySnapshot, type TestimonySnapshot } from '@/lib/testimonies/snapshot';
import { TESTIFIER_TRANSITIONS, TESTIMONY_ENTITY_TYPE } from '@/lib/testimonies/states';
import type { TestimonySubmission } from '@/lib/testimonies/submission';
import { changeTestimony } from '@/lib/testimonies/transition';
import { newReference } from '@/lib/testimonies/token';
import { pruneVisitorDays, takeDailyAllowance } from '@/lib/visitor-forms/daily-allowance';

/**
 * What a testifier does without an account: send a testimony (the public form), answer the curators'
 * question and withdraw it (the private status page). Each is one transaction with its audit entry
 * (userId null: no account) and the mail it tells of (lib/testimonies/notify.ts), delivered after commit.
 */


/** A reference is random (32^8): a clash is rare, and the whole transaction is tried again with a new one. */
const REFERENCE_ATTEMPTS = 5;

export type SubmitResult = { result: 'received'; id: string; reference: string } | { result: 'limit' };

/**
 * Stores a testimony with its files, under the address's daily allowance (scope 'testimonies', a
 * keyed hash of the day only). `victimId` is the public record it concerns (resolved by the caller), or null.
 */
export async function submitTestimony(request: { submission: TestimonySubmission; victimId: string | null; address: string | null; now: Date }): Promise<SubmitResult> {
  const { submission, now } = request;
  for (let attempt = 1; ; attempt += 1) {
    try {
      const outcome = await db.$transaction(async (tx): Promise<SubmitResult> => {
        await pruneVisitorDays(tx, now);
        // Refused forms kept past their hour go too (they hold what a visitor typed, the e-mail included).
        await tx.testimonyRetry.deleteMany({ where: { expiresAt: { lte: now } } });
        const allowed = await takeDailyAllowance(tx, { scope: 'testimonies', address: request.address, limit: env.TESTIMONIES_PER_ADDRESS_PER_DAY, now });
        if (!allowed) return { result: 'limit' };
        const created = await tx.testimony.create({
          data: {
            reference: newReference(),
            locale: submission.locale,
            kind: submission.kind,
            victimId: request.victimId,
            proposal: submission.proposal as Prisma.InputJsonValue,
            withholdTarget: submission.withholdTarget,
            withholdReason: submission.withholdReason,
            relation: submission.relation,
            knowledgeBasis: submission.knowledgeBasis,
            testifierName: submission.testifierName,
            publishName: submission.publishName,
            contactEmail: submission.contactEmail,
            consentShare: submission.consentShare,
            consentContact: submission.consentContact,
            consentPhotographs: submission.consentPhotographs,
            createdAt: now,
            files: {
              create: submission.files.map((file) => ({
                position: file.position,
                kind: file.kind,
                contentType: file.contentType,
                byteSize: file.byteSize,
                sha256: file.sha256,
                data: file.data,
                rightsHolder: file.rightsHolder,
                mayPublish: file.mayPublish,
                createdAt: now,
              })),
            },
          },
          select: testimonySnapshotSelect,
        });
        await recordAudit(tx, { userId: null, action: 'submit', entityType: TESTIMONY_ENTITY_TYPE, entityId: created.id, before: null, after: toTestimonySnapshot(created) });
        await queueTestimonyMail(tx, created.id, 'received');
        return { result: 'received', id: created.id, reference: created.reference };
      });
      if (outcome.result === 'received') deliverQueuedMail();
      return outcome;
    } catch (error) {
      if (attempt < REFERENCE_ATTEMPTS && isUniqueViolation(error, 'reference')) continue;
      throw error;
    }
  }
}

/** The testifier's answer on the status page, with the version of the testimony the page showed. */
export const testimonyAnswerSchema = z.object({
  version: z.coerce.number().int().min(1),
  body: z
    .string()
    .trim()
    .min(1, 'answer-missing')
    .max(4000, 'answer-too-long')
    // eslint-disable-next-line no-control-regex
    .refine((text) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(text), 'answer-characters'),
});

/** The withdrawal form: the version the page showed, and the ticked box that confirms it. */
export const testimonyWithdrawalSchema = z.object({
  version: z.coerce.number().int().min(1),
  confirm: z.literal('on'),
});

/** The refusal of a testifier's step from a state that does not allow it. */
function refusal(what: string) {
  return (before: TestimonySnapshot) => `A testimony that is ${before.status.toLowerCase().replace('_', ' ')} cannot be ${what}.`;
}

/**
 * The testifier answers the curators' question: a TESTIFIER message, and the testimony is in review
 * again (NEEDS_INFORMATION → IN_REVIEW). A stale version (the page was opened before a curator's
 * change) is refused.
 */
export async function answerTestimony(request: { id: string; version: number; body: string; now: Date }): Promise<void> {
  await changeTestimony({
    actor: null,
    input: request,
    action: 'answer',
    ...TESTIFIER_TRANSITIONS.answer,
    refusal: refusal('answered'),
    mail: 'answered',
    prepare: async (tx, before) => {
      await tx.testimonyMessage.create({ data: { testimonyId: before.id, party: 'TESTIFIER', body: request.body, createdAt: request.now } });
      return {};
    },
  });
}

/**
 * The testifier withdraws an open testimony, and its personal data goes AT ONCE: the contact e-mail,
 * every file, and every message still waiting to be sent about it (lib/testimonies/retention.ts). The
 * one exception is the confirmation of the withdrawal itself, queued while the address is still known.
 */
export async function withdrawTestimony(request: { id: string; version: number; now: Date }): Promise<void> {
  await changeTestimony({
    actor: null,
    input: request,
    action: 'withdraw',
    ...TESTIFIER_TRANSITIONS.withdraw,
    refusal: refusal('withdrawn'),
    mail: 'withdrawn',
    prepare: async () => ({ data: { decidedAt: request.now } }),
    after: async (tx, before) => {
      await deletePersonalData(tx, before.id, { scope: 'contact-and-files', now: request.now });
    },
  });
}
