import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { isProposalField, type ProposalField } from '@/lib/testimonies/fields';
import type { VictimInput } from '@/lib/victims/admin-schema';

/**
 * What a family asked to withhold from a record, as curators decided it: a detail withheld is
 * cleared from the record (lib/testimonies/curator-mutations.ts), with or without the public notice
 * (Victim.withheldFields lists only those with one). The decided requests themselves — accepted
 * WITHHOLD testimonies — are the full list, so that a version restored from history, saved before the
 * request, does not bring the detail back.
 */

/** The columns of a victim that withholding a field clears (a date takes its precision with it). */
export function clearedColumns(field: ProposalField): Prisma.VictimUpdateManyMutationInput {
  if (field === 'otherNames') return { otherNames: [] };
  if (field === 'birthDate') return { birthDate: null, birthDatePrecision: 'UNKNOWN' };
  if (field === 'deathDate') return { deathDate: null, deathDatePrecision: 'UNKNOWN' };
  return { [field]: null };
}

/** The fields of a record withheld at the family's request (accepted WITHHOLD testimonies). */
export async function withheldFieldsOf(tx: Prisma.TransactionClient, victimId: string): Promise<ProposalField[]> {
  const decided = await tx.testimony.findMany({
    where: { victimId, kind: 'WITHHOLD', status: 'ACCEPTED', withholdTarget: { not: null } },
    select: { withholdTarget: true },
  });
  return [...new Set(decided.map((testimony) => testimony.withholdTarget!).filter(isProposalField))];
}

/** A version of the record without the withheld fields, nor other sources' versions of them. */
export function withoutWithheld(input: VictimInput, fields: readonly ProposalField[]): VictimInput {
  if (fields.length === 0) return input;
  const cleared = Object.assign({}, ...fields.map(clearedColumns)) as Partial<VictimInput>;
  // No disputed values in the version: the current ones stay, and withholding already removed those of the field.
  const disputedValues = input.disputedValues?.filter((value) => !(fields as readonly string[]).includes(value.field));
  return { ...input, ...cleared, disputedValues };
}
