import 'server-only';
import { cacheTags } from '@/lib/cache';
import { z } from 'zod';
import { recordAudit } from '@/lib/audit/mutations';
import { citationSnapshotSelect, disputedValueSnapshotSelect, replaceCitedRows } from '@/lib/citations/mutations';
import { Fate, Sex } from '@/lib/generated/prisma/enums';
import type { Prisma } from '@/lib/generated/prisma/client';
import { defineRecord, type Actor } from '@/lib/records/define';
import { MutationRefusedError } from '@/lib/records/errors';
import {
  addedLater,
  snapshotCitations,
  snapshotDatePrecision,
  snapshotDisputedValues,
  snapshotOptionalDate,
  snapshotText,
} from '@/lib/records/snapshot';
import { parseVictimLanguage, type VictimInput } from '@/lib/victims/admin-schema';
import { victimRecordFields } from '@/lib/victims/fields';
import { victimSearchKey } from '@/lib/victims/search/search-key';
import { withheldFieldsOf, withoutWithheld } from '@/lib/victims/withheld';

export type { Actor };

const victimAuditSelect = {
  id: true,
  ...victimRecordFields,
  curatorNote: true,
  language: true,
  status: true,
  publishAt: true,
  version: true,
  deletedAt: true,
  updatedAt: true,
  citations: citationSnapshotSelect,
  disputedValues: disputedValueSnapshotSelect,
} satisfies Prisma.VictimSelect;

export type VictimSnapshot = Prisma.VictimGetPayload<{ select: typeof victimAuditSelect }>;

/**
 * The columns a save writes. The search key is derived from the names here, so that every write
 * path (create, update, restore) keeps it current; the CSV import computes it the same way.
 */
function victimData(input: VictimInput) {
  const { citations: _citations, disputedValues: _disputedValues, correctionNote: _correctionNote, ...fields } = input;
  return { ...fields, searchKey: victimSearchKey(fields) };
}

/**
 * A save's public note of what it corrected, kept with the version the save made (an edit of an
 * existing record only: a new record is a new name, not a correction).
 */
async function keepCorrectionNote(tx: Prisma.TransactionClient, id: string, input: VictimInput): Promise<void> {
  if (!input.correctionNote) return;
  const victim = await tx.victim.findUniqueOrThrow({ where: { id }, select: { version: true } });
  if (victim.version === 1) return;
  await tx.victimCorrection.create({ data: { victimId: id, note: input.correctionNote, version: victim.version } });
}

/**
 * The first publication makes the record a new name in the feed, from the moment it is public (now,
 * or its scheduled time). Later publications (after an unpublish) do not make it new again.
 */
async function markFirstPublication(tx: Prisma.TransactionClient, change: { id: string; action: string }): Promise<void> {
  if (change.action !== 'publish') return;
  const victim = await tx.victim.findUniqueOrThrow({ where: { id: change.id }, select: { publishAt: true } });
  await tx.victim.updateMany({ where: { id: change.id, firstPublishedAt: null }, data: { firstPublishedAt: victim.publishAt ?? new Date() } });
}

/** A victim's version as the audit log keeps it, read back as the form's input. */
const victimSnapshotSchema: z.ZodType<VictimInput> = z.object({
  slug: z.string(),
  nameLatin: snapshotText,
  nameCyrillic: snapshotText,
  nameRussian: snapshotText,
  otherNames: z.array(z.string()),
  description: snapshotText,
  sex: z.enum(Sex),
  birthDate: snapshotOptionalDate,
  birthDatePrecision: snapshotDatePrecision,
  age: z.number().int().nullable(),
  fate: z.enum(Fate),
  deathDate: snapshotOptionalDate,
  deathDatePrecision: snapshotDatePrecision,
  deathPlace: snapshotText,
  // Versions saved before the public record's fields existed hold none of them: restored as unknown.
  birthPlace: addedLater(snapshotText, null),
  home: addedLater(snapshotText, null),
  contentWarning: addedLater(z.boolean(), false),
  honours: addedLater(snapshotText, null),
  curatorNote: addedLater(snapshotText, null),
  circumstances: snapshotText,
  occupation: snapshotText,
  burialPlace: snapshotText,
  biography: snapshotText,
  // Snapshots taken before the language was recorded leave the current one as it is.
  language: z.unknown().optional().transform(parseVictimLanguage),
  citations: snapshotCitations,
  // Snapshots taken before disputed values were recorded leave the current ones as they are.
  disputedValues: snapshotDisputedValues,
});

const victims = defineRecord<VictimSnapshot, VictimInput, Prisma.VictimUpdateManyMutationInput, { id: string; slug: string }>({
  entityType: 'Victim',
  editPath: (id) => `/admin/victims/${id}`,
  read: (tx, id) => tx.victim.findUnique({ where: { id }, select: victimAuditSelect }),
  insert: (tx, input) => tx.victim.create({ data: { ...victimData(input), status: 'DRAFT' }, select: { id: true } }),
  updateMany: (tx, where, data) => tx.victim.updateMany({ where, data }),
  data: async (_tx, input) => victimData(input),
  afterSave: keepCorrectionNote,
  // A version saved before a family's withhold request was decided must not bring the detail back.
  restorable: async (tx, id, input) => withoutWithheld(input, await withheldFieldsOf(tx, id)),
  afterEveryUpdate: markFirstPublication,
  cites: (id) => ({ victimId: id }),
  snapshot: victimSnapshotSchema,
  summary: (victim) => ({ id: victim.id, slug: victim.slug }),
  tags: (...snapshots) => victimCacheTags(...snapshots),
  unique: {
    field: 'slug',
    refusal: () =>
      new MutationRefusedError('Another record already uses this address.', {
        slug: ['Another record already uses this address. Choose a different one.'],
      }),
  },
});

/**
 * The writes of a victim record: a draft with its citations and disputed values; an edit of every field, the citations and the disputed values as one new version; publishing now or at a time (a record must cite a source before it can be public); unpublishing (kept as a draft); deleting softly (restorable from history); undeleting as it was; and restoring a version from history as a new version (history is never rewritten). Each is one transaction with its audit entry (lib/records/define.ts);
 * `victimHistory` is what the history page restores with.
 */
export const {
  history: victimHistory,
  create: createVictim,
  update: updateVictim,
  publish: publishVictim,
  unpublish: unpublishVictim,
  softDelete: deleteVictim,
  undelete: undeleteVictim,
  restore: restoreVictimVersion,
} = victims;

/** A victim's version as the audit log keeps it, read inside a caller's transaction (a testimony's decision). */
export function readVictimSnapshot(tx: Prisma.TransactionClient, id: string): Promise<VictimSnapshot | null> {
  return tx.victim.findUnique({ where: { id }, select: victimAuditSelect });
}

/** The public cache tags of a victim as it was and as it is: what a change outside the form expires. */
export function victimCacheTags(...snapshots: { slug: string }[]): string[] {
  return [cacheTags.victims, ...new Set(snapshots.map((victim) => cacheTags.victim(victim.slug)))];
}

/**
 * Creates a victim as a DRAFT with its citations and its audit 'create' entry inside the caller's
 * transaction: for a family's accepted testimony of a new person, whose acceptance, source and draft
 * are one change. The record then goes through the ordinary edit and publication.
 */
export async function createVictimDraftIn(tx: Prisma.TransactionClient, actor: Actor, input: VictimInput): Promise<VictimSnapshot> {
  const { id } = await tx.victim.create({ data: { ...victimData(input), status: 'DRAFT' }, select: { id: true } });
  await replaceCitedRows({ victimId: id }, input)(tx);
  const created = await tx.victim.findUniqueOrThrow({ where: { id }, select: victimAuditSelect });
  await recordAudit(tx, { userId: actor.id, action: 'create', entityType: 'Victim', entityId: id, before: null, after: created });
  return created;
}
