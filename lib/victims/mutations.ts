import 'server-only';
import { cacheTags } from '@/lib/cache';
import {
  assertCited,
  assertCitedSourcesExist,
  citationSnapshotSelect,
  citationsFromSnapshot,
  disputedValuesFromSnapshot,
  disputedValueSnapshotSelect,
  replaceCitedRows,
  replaceDisputedValues,
  type DisputedValueSnapshot,
} from '@/lib/citations/mutations';
import { MutationRefusedError } from '@/lib/concurrency';
import { recordMutations, type Actor } from '@/lib/mutation-helpers';
import { parseVictimLanguage, type VictimInput } from '@/lib/victims/admin-schema';
import type { Prisma } from '@/lib/generated/prisma/client';
import { victimRecordFields } from '@/lib/victims/fields';
import { victimSearchKey } from '@/lib/victims/search/search-key';

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
  const { citations: _citations, disputedValues: _disputedValues, ...fields } = input;
  return { ...fields, searchKey: victimSearchKey(fields) };
}

const victims = recordMutations<VictimSnapshot, Prisma.VictimUpdateManyMutationInput, { id: string; slug: string }>({
  entityType: 'Victim',
  read: (tx, id) => tx.victim.findUnique({ where: { id }, select: victimAuditSelect }),
  updateMany: (tx, where, data) => tx.victim.updateMany({ where, data }),
  summary: (victim) => ({ id: victim.id, slug: victim.slug }),
  tags: (...snapshots) => [cacheTags.victims, ...new Set(snapshots.map((victim) => cacheTags.victim(victim.slug)))],
  unique: {
    field: 'slug',
    refusal: () =>
      new MutationRefusedError('Another record already uses this address.', {
        slug: ['Another record already uses this address. Choose a different one.'],
      }),
  },
});

/** Creates a victim record as a draft, with its citations, disputed values and an audit entry, in one transaction. */
export async function createVictim(actor: Actor, input: VictimInput) {
  return victims.create(actor, async (tx) => {
    await assertCitedSourcesExist(tx, input);
    const created = await tx.victim.create({
      data: { ...victimData(input), status: 'DRAFT', citations: { create: input.citations.map((citation, position) => ({ ...citation, position })) } },
      select: { id: true },
    });
    if (input.disputedValues?.length) await replaceDisputedValues(tx, { victimId: created.id }, input.disputedValues);
    return tx.victim.findUniqueOrThrow({ where: { id: created.id }, select: victimAuditSelect });
  });
}

/** Saves a curator's edit of every field, the citations and the disputed values, as one new version. */
export async function updateVictim(actor: Actor, id: string, expectedVersion: number, input: VictimInput) {
  return victims.change(
    actor,
    id,
    expectedVersion,
    'update',
    async (tx) => {
      await assertCitedSourcesExist(tx, input);
      return victimData(input);
    },
    { afterUpdate: replaceCitedRows({ victimId: id }, input) },
  );
}

/** Publishes now, or at `publishAt`. A record must cite a source before it can be public. */
export async function publishVictim(actor: Actor, id: string, expectedVersion: number, publishAt: Date | null) {
  return victims.publish(actor, id, expectedVersion, publishAt, (tx) => assertCited(tx, { victimId: id }));
}

/** Takes a record off the public site, keeping it as a draft. */
export async function unpublishVictim(actor: Actor, id: string, expectedVersion: number) {
  return victims.unpublish(actor, id, expectedVersion);
}

/** Deletes softly: the record disappears everywhere but stays restorable from history. */
export async function deleteVictim(actor: Actor, id: string, expectedVersion: number) {
  return victims.softDelete(actor, id, expectedVersion);
}

/** Brings a deleted record back, as it was when deleted. */
export async function undeleteVictim(actor: Actor, id: string, expectedVersion: number) {
  return victims.undelete(actor, id, expectedVersion);
}

/**
 * Restores the fields, citations and disputed values a victim had in one audit entry's `after` (or `before`)
 * snapshot, as a new version; history itself is never rewritten.
 */
export async function restoreVictimVersion(actor: Actor, id: string, expectedVersion: number, snapshot: VictimSnapshot) {
  const input: VictimInput = {
    slug: snapshot.slug,
    nameLatin: snapshot.nameLatin,
    nameCyrillic: snapshot.nameCyrillic,
    nameRussian: snapshot.nameRussian,
    otherNames: snapshot.otherNames,
    description: snapshot.description,
    sex: snapshot.sex,
    birthDate: snapshot.birthDate ? new Date(snapshot.birthDate) : null,
    birthDatePrecision: snapshot.birthDatePrecision,
    age: snapshot.age,
    fate: snapshot.fate,
    deathDate: snapshot.deathDate ? new Date(snapshot.deathDate) : null,
    deathDatePrecision: snapshot.deathDatePrecision,
    deathPlace: snapshot.deathPlace,
    // Versions saved before the public record's fields existed hold none of them: restored as unknown.
    birthPlace: snapshot.birthPlace ?? null,
    home: snapshot.home ?? null,
    contentWarning: snapshot.contentWarning ?? false,
    honours: snapshot.honours ?? null,
    curatorNote: snapshot.curatorNote ?? null,
    circumstances: snapshot.circumstances,
    occupation: snapshot.occupation,
    burialPlace: snapshot.burialPlace,
    biography: snapshot.biography,
    // Snapshots taken before the language was recorded leave the current one as it is.
    language: parseVictimLanguage(snapshot.language),
    citations: citationsFromSnapshot(snapshot.citations),
    // Snapshots taken before disputed values were recorded leave the current ones as they are.
    disputedValues: disputedValuesFromSnapshot(snapshot.disputedValues as DisputedValueSnapshot[] | undefined),
  };
  return victims.change(
    actor,
    id,
    expectedVersion,
    'restore',
    async (tx) => {
      await assertCitedSourcesExist(tx, input);
      return { ...victimData(input), deletedAt: null };
    },
    { allowDeleted: true, afterUpdate: replaceCitedRows({ victimId: id }, input) },
  );
}
