import 'server-only';
import { firstFreeKey } from '@/lib/admin/form-parsing';
import { cacheTags } from '@/lib/cache';
import { z } from 'zod';
import { collapseWhitespace, type FigureInput } from '@/lib/figures/admin-schema';
import { FigureKind, FigureQualifier, FigureScope } from '@/lib/generated/prisma/enums';
import type { Prisma } from '@/lib/generated/prisma/client';
import { defineRecord, type Actor } from '@/lib/records/define';
import { MutationRefusedError } from '@/lib/records/errors';
import { snapshotLanguage, snapshotOptionalDate, snapshotText } from '@/lib/records/snapshot';

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

/** A figure's version as the audit log keeps it, read back as the form's input. */
const figureSnapshotSchema: z.ZodType<FigureInput> = z.object({
  key: z.string(),
  kind: z.enum(FigureKind),
  value: z.number().nullable(),
  qualifier: z.enum(FigureQualifier),
  scope: z.enum(FigureScope),
  scopeNote: snapshotText,
  asOf: snapshotOptionalDate,
  quote: z.string(),
  quoteIsVerbatim: z.boolean(),
  page: snapshotText,
  note: snapshotText,
  language: snapshotLanguage,
  sourceId: z.string(),
  position: z.number().int(),
});

const figures = defineRecord<FigureSnapshot, FigureInput, Prisma.FigureUncheckedUpdateManyInput, { id: string; key: string }>({
  entityType: 'Figure',
  editPath: (id) => `/admin/figures/${id}`,
  read: (tx, id) => tx.figure.findUnique({ where: { id }, select: figureAuditSelect }),
  insert: async (tx, input) => {
    const sourceKey = await checkSource(tx, input);
    const key = input.key ?? (await freeKeyFor(tx, sourceKey, input));
    return tx.figure.create({ data: { ...input, key, status: 'DRAFT' }, select: { id: true } });
  },
  updateMany: (tx, where, data) => tx.figure.updateMany({ where, data }),
  // A key left empty keeps the figure's key. A restored version's words are those it was saved with.
  data: async (tx, input, before, { restoring }) => {
    await checkSource(tx, input, { checkQuote: !restoring });
    return { ...input, key: input.key ?? before.key };
  },
  snapshot: figureSnapshotSchema,
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
 * The writes of a figure: a draft (its key made from its source and kind when left empty); an edit (an empty key keeps the key; the words are checked against a release again); publishing now or at a time (it shows once its source is public too); unpublishing; deleting softly; undeleting; and restoring a version from history (its source must still exist; the words are those it was saved with). Each is one transaction with its audit entry (lib/records/define.ts);
 * `figureHistory` is what the history page restores with.
 */
export const {
  history: figureHistory,
  create: createFigure,
  update: updateFigure,
  publish: publishFigure,
  unpublish: unpublishFigure,
  softDelete: deleteFigure,
  undelete: undeleteFigure,
  restore: restoreFigureVersion,
} = figures;
