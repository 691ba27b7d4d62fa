import 'server-only';
import type { CitationInput } from '@/lib/citations/schema';
import { MutationRefusedError } from '@/lib/concurrency';
import type { Prisma } from '@/lib/generated/prisma/client';

/** The record a citation belongs to: an event or a victim (a CHECK constraint allows only one). */
export type CitingRecord = { eventId: string } | { victimId: string };

/** How citations are kept in audit snapshots, in the order the form shows them. */
export const citationSnapshotSelect = {
  orderBy: { position: 'asc' },
  select: { sourceId: true, quote: true, quoteIsVerbatim: true, page: true, supports: true },
} as const satisfies Prisma.Event$citationsArgs & Prisma.Victim$citationsArgs;

/** A citation as an audit snapshot stores it. */
export type CitationSnapshot = { sourceId: string; quote: string | null; quoteIsVerbatim: boolean; page: string | null; supports?: string[] };

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

/** The citations of an audit snapshot as form input, for restoring that version. */
export function citationsFromSnapshot(citations: CitationSnapshot[]): CitationInput[] {
  return citations.map(({ sourceId, quote, page, quoteIsVerbatim, supports }) => ({ sourceId, quote, page, quoteIsVerbatim, supports: supports ?? [] }));
}
