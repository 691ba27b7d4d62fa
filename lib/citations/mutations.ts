import 'server-only';
import type { DisputedValueInput } from '@/lib/citations/disputed-schema';
import type { CitationInput } from '@/lib/citations/schema';
import { MutationRefusedError } from '@/lib/records/errors';
import type { Prisma } from '@/lib/generated/prisma/client';

/** The record a citation belongs to: an event or a victim (a CHECK constraint allows only one). */
export type CitingRecord = { eventId: string } | { victimId: string };

/** How citations are kept in audit snapshots, in the order the form shows them. */
export const citationSnapshotSelect = {
  orderBy: { position: 'asc' },
  select: { sourceId: true, quote: true, quoteIsVerbatim: true, page: true, supports: true },
} as const satisfies Prisma.Event$citationsArgs & Prisma.Victim$citationsArgs;

/** Refuses a save that cites a source which does not exist or was deleted. */
export async function assertSourcesExist(tx: Prisma.TransactionClient, sourceIds: string[]): Promise<void> {
  const ids = [...new Set(sourceIds)];
  if (ids.length === 0) return;
  const found = await tx.source.count({ where: { id: { in: ids }, deletedAt: null } });
  if (found !== ids.length) throw new MutationRefusedError('A chosen source no longer exists. Choose the source again.');
}

/**
 * Replaces a record's citations with the form's rows, in the form's order. Runs inside the
 * record's own transaction, after its sources were checked.
 */
export async function replaceCitations(tx: Prisma.TransactionClient, owner: CitingRecord, citations: CitationInput[]): Promise<void> {
  await tx.citation.deleteMany({ where: owner });
  await tx.citation.createMany({ data: citations.map((citation, position) => ({ ...citation, supports: citation.supports ?? [], position, ...owner })) });
}

/** Refuses to publish a record that cites no source: nothing on the memorial may be unsourced. */
export async function assertCited(tx: Prisma.TransactionClient, owner: CitingRecord): Promise<void> {
  const citations = await tx.citation.count({ where: owner });
  if (citations === 0) throw new MutationRefusedError('Add at least one source before publishing: nothing on the memorial may be unsourced.');
}

/** How disputed values are kept in audit snapshots, so history shows and restores them with the record. */
export const disputedValueSnapshotSelect = {
  orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
  select: { field: true, date: true, endDate: true, datePrecision: true, number: true, text: true, language: true, note: true, sourceId: true },
} as const satisfies Prisma.Event$disputedValuesArgs & Prisma.Victim$disputedValuesArgs;

/**
 * Refuses a save whose disputed values name a source that does not exist or was deleted, naming
 * the form row of each, so the curator sees which version to correct.
 */
export async function assertDisputedSourcesExist(tx: Prisma.TransactionClient, values: DisputedValueInput[]): Promise<void> {
  const ids = [...new Set(values.map((value) => value.sourceId))];
  if (ids.length === 0) return;
  const found = new Set((await tx.source.findMany({ where: { id: { in: ids }, deletedAt: null }, select: { id: true } })).map((source) => source.id));
  const fieldErrors: Record<string, string[]> = {};
  values.forEach((value, index) => {
    if (!found.has(value.sourceId)) fieldErrors[`disputed.${value.row ?? index}.sourceId`] = ['This source does not exist or was deleted. Choose the source again.'];
  });
  if (Object.keys(fieldErrors).length > 0) {
    throw new MutationRefusedError('A disputed value names a source that does not exist. Nothing was saved.', fieldErrors);
  }
}

/**
 * Replaces a record's disputed values with the form's versions, in the form's order. Runs inside
 * the record's own transaction (after its version was checked), so the versions change only with
 * a new version of the record and its audit entry.
 */
export async function replaceDisputedValues(tx: Prisma.TransactionClient, owner: CitingRecord, values: DisputedValueInput[]): Promise<void> {
  await tx.disputedValue.deleteMany({ where: owner });
  await tx.disputedValue.createMany({
    data: values.map(({ field, date, endDate, datePrecision, number, text, language, note, sourceId }, position) => ({
      field,
      date,
      endDate,
      datePrecision,
      number,
      text,
      language,
      note,
      sourceId,
      position,
      ...owner,
    })),
  });
}

/** What a record's save carries besides its own columns: its citations and, when the form had them, its disputed values. */
export type CitedRows = { citations: CitationInput[]; disputedValues?: DisputedValueInput[] };

/** Refuses a save whose citations or disputed values name a source that does not exist. */
export async function assertCitedSourcesExist(tx: Prisma.TransactionClient, input: CitedRows): Promise<void> {
  await assertSourcesExist(tx, input.citations.map((citation) => citation.sourceId));
  await assertDisputedSourcesExist(tx, input.disputedValues ?? []);
}

/**
 * Writes a save's citations and disputed values (these only when the form carried them), for the
 * record's `afterUpdate`: inside its transaction, after its version was checked.
 */
export function replaceCitedRows(owner: CitingRecord, input: CitedRows) {
  return async (tx: Prisma.TransactionClient): Promise<void> => {
    await replaceCitations(tx, owner, input.citations);
    if (input.disputedValues) await replaceDisputedValues(tx, owner, input.disputedValues);
  };
}
