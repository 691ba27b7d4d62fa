import 'server-only';
import { firstFreeKey } from '@/lib/admin/form-parsing';
import { cacheTags } from '@/lib/cache';
import { MutationRefusedError } from '@/lib/concurrency';
import { collapseWhitespace, type FigureInput } from '@/lib/figures/admin-schema';
import { recordMutations, type Actor } from '@/lib/mutation-helpers';
import type { Prisma } from '@/lib/generated/prisma/client';
import { snapshotLanguage } from '@/lib/translations/schema';

export type { Actor };

const figureAuditSelect = {
  id: true,
  key: true,
  kind: true,
  value: true,
  qualifier: true,
  scope: true,
  scopeNote: true,
  asOf: true,
  quote: true,
  quoteIsVerbatim: true,
  page: true,
  note: true,
  language: true,
  sourceId: true,
  position: true,
  status: true,
  publishAt: true,
  version: true,
  deletedAt: true,
  updatedAt: true,
} satisfies Prisma.FigureSelect;

export type FigureSnapshot = Prisma.FigureGetPayload<{ select: typeof figureAuditSelect }>;

const figures = recordMutations<FigureSnapshot, Prisma.FigureUncheckedUpdateManyInput, { id: string; key: string }>({
  entityType: 'Figure',
  read: (tx, id) => tx.figure.findUnique({ where: { id }, select: figureAuditSelect }),
  updateMany: (tx, where, data) => tx.figure.updateMany({ where, data }),
  summary: (figure) => ({ id: figure.id, key: figure.key }),
  // The figures page reads figures through this tag.
  tags: () => [cacheTags.figures],
  unique: {
    field: 'key',
    refusal: () =>
      new MutationRefusedError('Another figure already uses this key.', {
        key: ['Another figure already uses this key. Choose a different one.'],
      }),
  },
});

/**
 * Checks the figure's source: it must exist, and when it is a release, words given as its exact
 * words must occur in the release's text (whitespace aside). Words that summarise the release are
 * not checked. Returns the source's key, from which a new figure's key is made.
 */
async function checkSource(tx: Prisma.TransactionClient, input: FigureInput, options: { checkQuote: boolean } = { checkQuote: true }): Promise<string> {
  const source = await tx.source.findUnique({
    where: { id: input.sourceId },
    select: { key: true, deletedAt: true, release: { select: { body: true } } },
  });
  if (!source || source.deletedAt) {
    throw new MutationRefusedError('The chosen source no longer exists.', { sourceId: ['Choose the source again.'] });
  }
  if (options.checkQuote && source.release && input.quoteIsVerbatim && !collapseWhitespace(source.release.body).includes(collapseWhitespace(input.quote))) {
    throw new MutationRefusedError('The words are not in the release. Nothing was saved.', {
      quote: [
        'These words do not occur in the release’s text. Copy them exactly from the release, or, if they summarise it, untick “these are the source’s exact words”.',
      ],
    });
  }
  return source.key;
}

/** "<source key>-<kind>", numbered when another figure of that source and kind has it. */
async function freeKeyFor(tx: Prisma.TransactionClient, sourceKey: string, input: FigureInput): Promise<string> {
  const base = `${sourceKey}-${input.kind.toLowerCase().replace(/_/g, '-')}`;
  const taken = await tx.figure.findMany({ where: { key: { startsWith: base } }, select: { key: true } });
  return firstFreeKey(base, taken.map((row) => row.key));
}

/** Creates a figure as a draft, with an audit entry, in one transaction. */
export async function createFigure(actor: Actor, input: FigureInput) {
  return figures.create(actor, async (tx) => {
    const sourceKey = await checkSource(tx, input);
    const key = input.key ?? (await freeKeyFor(tx, sourceKey, input));
    return tx.figure.create({ data: { ...input, key, status: 'DRAFT' }, select: figureAuditSelect });
  });
}

/** Saves a curator's edit of every field. A key left empty keeps the figure's key. */
export async function updateFigure(actor: Actor, id: string, expectedVersion: number, input: FigureInput) {
  return figures.change(actor, id, expectedVersion, 'update', async (tx, before) => {
    await checkSource(tx, input);
    return { ...input, key: input.key ?? before.key };
  });
}

/** Publishes now, or at `publishAt`. The figure shows once its source is public too. */
export async function publishFigure(actor: Actor, id: string, expectedVersion: number, publishAt: Date | null) {
  return figures.publish(actor, id, expectedVersion, publishAt);
}

/** Takes a figure off the figures page, keeping it as a draft. */
export async function unpublishFigure(actor: Actor, id: string, expectedVersion: number) {
  return figures.unpublish(actor, id, expectedVersion);
}

/** Deletes softly: the figure disappears everywhere but stays restorable from history. */
export async function deleteFigure(actor: Actor, id: string, expectedVersion: number) {
  return figures.softDelete(actor, id, expectedVersion);
}

/** Brings a deleted figure back, as it was when deleted. */
export async function undeleteFigure(actor: Actor, id: string, expectedVersion: number) {
  return figures.undelete(actor, id, expectedVersion);
}

/**
 * Restores the fields a figure had in one audit snapshot, as a new version; history is never
 * rewritten. Its source must still exist; the words are those that version was saved with.
 */
export async function restoreFigureVersion(actor: Actor, id: string, expectedVersion: number, snapshot: FigureSnapshot) {
  const input: FigureInput = {
    key: snapshot.key,
    kind: snapshot.kind,
    value: snapshot.value,
    qualifier: snapshot.qualifier,
    scope: snapshot.scope,
    scopeNote: snapshot.scopeNote,
    asOf: snapshot.asOf ? new Date(snapshot.asOf) : null,
    quote: snapshot.quote,
    quoteIsVerbatim: snapshot.quoteIsVerbatim,
    page: snapshot.page,
    note: snapshot.note,
    language: snapshotLanguage(snapshot),
    sourceId: snapshot.sourceId,
    position: snapshot.position,
  };
  return figures.change(
    actor,
    id,
    expectedVersion,
    'restore',
    async (tx) => {
      await checkSource(tx, input, { checkQuote: false });
      return { ...input, key: snapshot.key, deletedAt: null };
    },
    { allowDeleted: true },
  );
}
