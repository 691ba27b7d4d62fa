import 'server-only';
import { recordAudit } from '@/lib/audit/mutations';
import { cacheTags } from '@/lib/cache';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { findWhoSavedLast, versionedChange, type Actor } from '@/lib/records/change';
import type { MutationResult } from '@/lib/records/result';
import { readOperatorTexts } from '@/lib/operator-texts/queries';
import { OPERATOR_TEXTS_ENTITY_TYPE, OPERATOR_TEXTS_ID, type OperatorTextsInput, type OperatorTextValues } from '@/lib/operator-texts/schema';

/** The operator's texts as the audit log keeps them: every text and the version. */
type OperatorTextsSnapshot = OperatorTextValues & { version: number; deletedAt: null };

async function readSnapshot(tx: Prisma.TransactionClient): Promise<OperatorTextsSnapshot | null> {
  const stored = await readOperatorTexts(tx);
  return stored ? { ...stored.values, version: stored.version, deletedAt: null } : null;
}

/**
 * Saves the operator's texts, all languages at once, with its audit entry in the same transaction.
 * The form carries the version it was opened at: 0 when none had been saved, which creates the one
 * row (if someone created it in between, nothing is written and the refusal names them); otherwise
 * the row is updated only at that version (lib/records/change.ts), so a stale save is refused naming
 * who saved first. An empty field clears that text. Returns the tag of the pages that show them.
 */
export async function saveOperatorTexts(actor: Actor, input: OperatorTextsInput): Promise<MutationResult<{ version: number }>> {
  if (input.version === 0) {
    const created = await db.$transaction(async (tx) => {
      // ON CONFLICT DO NOTHING: of two first saves at once, the second writes nothing.
      const { count } = await tx.operatorTexts.createMany({ data: [{ id: OPERATOR_TEXTS_ID, ...input.values }], skipDuplicates: true });
      if (count !== 1) throw await findWhoSavedLast(tx, OPERATOR_TEXTS_ENTITY_TYPE, OPERATOR_TEXTS_ID);
      const after = (await readSnapshot(tx))!;
      await recordAudit(tx, { userId: actor.id, action: 'create', entityType: OPERATOR_TEXTS_ENTITY_TYPE, entityId: OPERATOR_TEXTS_ID, before: null, after });
      return after;
    });
    return { record: { version: created.version }, tags: [cacheTags.operatorTexts] };
  }
  const { after } = await versionedChange({
    actor,
    entityType: OPERATOR_TEXTS_ENTITY_TYPE,
    id: OPERATOR_TEXTS_ID,
    expectedVersion: input.version,
    action: 'update',
    read: (tx) => readSnapshot(tx),
    write: async (tx) =>
      (
        await tx.operatorTexts.updateMany({
          where: { id: OPERATOR_TEXTS_ID, version: input.version },
          data: { ...input.values, version: { increment: 1 } },
        })
      ).count,
  });
  return { record: { version: after.version }, tags: [cacheTags.operatorTexts] };
}
