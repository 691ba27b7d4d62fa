import 'server-only';
import { cacheTags } from '@/lib/cache';
import { MutationRefusedError } from '@/lib/concurrency';
import { auditedCreate, isUniqueViolation, versionedChange, type Actor } from '@/lib/mutation-helpers';
import type { MutationResult } from '@/lib/revalidation';
import type { VictimInput } from '@/lib/victims/admin-schema';
import type { Prisma } from '@/lib/generated/prisma/client';

export type { Actor };

const ENTITY = 'Victim';

const victimAuditSelect = {
  id: true,
  slug: true,
  nameLatin: true,
  nameCyrillic: true,
  nameRussian: true,
  otherNames: true,
  description: true,
  sex: true,
  birthDate: true,
  birthDatePrecision: true,
  age: true,
  fate: true,
  deathDate: true,
  deathDatePrecision: true,
  deathPlace: true,
  circumstances: true,
  occupation: true,
  burialPlace: true,
  biography: true,
  status: true,
  publishAt: true,
  version: true,
  deletedAt: true,
  updatedAt: true,
  citations: { orderBy: { position: 'asc' }, select: { sourceId: true, quote: true, quoteIsVerbatim: true, page: true } },
} satisfies Prisma.VictimSelect;

export type VictimSnapshot = Prisma.VictimGetPayload<{ select: typeof victimAuditSelect }>;

function victimData(input: VictimInput) {
  const { citations: _citations, ...fields } = input;
  return fields;
}

function citationRows(input: VictimInput) {
  return input.citations.map((citation, position) => ({ ...citation, position }));
}

function tagsFor(...slugs: string[]): string[] {
  return [cacheTags.victims, ...new Set(slugs.map((slug) => cacheTags.victim(slug)))];
}

async function assertSourcesExist(tx: Prisma.TransactionClient, input: VictimInput) {
  const ids = [...new Set(input.citations.map((citation) => citation.sourceId))];
  if (ids.length === 0) return;
  const found = await tx.source.count({ where: { id: { in: ids }, deletedAt: null } });
  if (found !== ids.length) throw new MutationRefusedError('A chosen source no longer exists. Choose the source again.');
}

function duplicateSlug(): MutationRefusedError {
  return new MutationRefusedError('Another record already uses this address.', {
    slug: ['Another record already uses this address. Choose a different one.'],
  });
}

/** Creates a victim record as a draft, with its citations and an audit entry, in one transaction. */
export async function createVictim(actor: Actor, input: VictimInput): Promise<MutationResult<{ id: string; slug: string }>> {
  try {
    const record = await auditedCreate({
      actor,
      entityType: ENTITY,
      create: async (tx) => {
        await assertSourcesExist(tx, input);
        return tx.victim.create({ data: { ...victimData(input), status: 'DRAFT', citations: { create: citationRows(input) } }, select: victimAuditSelect });
      },
    });
    return { record: { id: record.id, slug: record.slug }, tags: tagsFor(record.slug) };
  } catch (error) {
    if (isUniqueViolation(error, 'slug')) throw duplicateSlug();
    throw error;
  }
}

/** A change to one victim at the version the curator saw (see versionedChange). */
async function changeVictim(
  actor: Actor,
  id: string,
  expectedVersion: number,
  action: string,
  change: (tx: Prisma.TransactionClient, before: VictimSnapshot) => Promise<Prisma.VictimUpdateManyMutationInput>,
  options: { allowDeleted?: boolean; afterUpdate?: (tx: Prisma.TransactionClient) => Promise<void> } = {},
): Promise<MutationResult<{ id: string; slug: string }>> {
  try {
    const { before, after } = await versionedChange({
      actor,
      entityType: ENTITY,
      id,
      expectedVersion,
      action,
      allowDeleted: options.allowDeleted,
      read: (tx, victimId) => tx.victim.findUnique({ where: { id: victimId }, select: victimAuditSelect }),
      write: async (tx, before) => {
        const data = await change(tx, before);
        const updated = await tx.victim.updateMany({ where: { id, version: expectedVersion }, data: { ...data, version: { increment: 1 } } });
        if (updated.count === 1) await options.afterUpdate?.(tx);
        return updated.count;
      },
    });
    return { record: { id: after.id, slug: after.slug }, tags: tagsFor(before.slug, after.slug) };
  } catch (error) {
    if (isUniqueViolation(error, 'slug')) throw duplicateSlug();
    throw error;
  }
}

/** Saves a curator's edit of every field and the citations. */
export async function updateVictim(actor: Actor, id: string, expectedVersion: number, input: VictimInput) {
  return changeVictim(actor, id, expectedVersion, 'update', async (tx) => {
    await assertSourcesExist(tx, input);
    return victimData(input);
  }, {
    afterUpdate: async (tx) => {
      await tx.citation.deleteMany({ where: { victimId: id } });
      await tx.citation.createMany({ data: citationRows(input).map((row) => ({ ...row, victimId: id })) });
    },
  });
}

/** Publishes now, or at `publishAt`. A record must cite a source before it can be public. */
export async function publishVictim(actor: Actor, id: string, expectedVersion: number, publishAt: Date | null) {
  return changeVictim(actor, id, expectedVersion, 'publish', async (tx) => {
    const citations = await tx.citation.count({ where: { victimId: id } });
    if (citations === 0) throw new MutationRefusedError('Add at least one source before publishing: nothing on the memorial may be unsourced.');
    return { status: 'PUBLISHED', publishAt };
  });
}

/** Takes a record off the public site, keeping it as a draft. */
export async function unpublishVictim(actor: Actor, id: string, expectedVersion: number) {
  return changeVictim(actor, id, expectedVersion, 'unpublish', async () => ({ status: 'DRAFT', publishAt: null }));
}

/** Deletes softly: the record disappears everywhere but stays restorable from history. */
export async function deleteVictim(actor: Actor, id: string, expectedVersion: number) {
  return changeVictim(actor, id, expectedVersion, 'delete', async () => ({ deletedAt: new Date() }));
}

/** Brings a deleted record back, as it was when deleted. */
export async function undeleteVictim(actor: Actor, id: string, expectedVersion: number) {
  return changeVictim(actor, id, expectedVersion, 'restore', async () => ({ deletedAt: null }), { allowDeleted: true });
}

/**
 * Restores the fields and citations a victim had in one audit entry's `after` (or `before`)
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
    circumstances: snapshot.circumstances,
    occupation: snapshot.occupation,
    burialPlace: snapshot.burialPlace,
    biography: snapshot.biography,
    citations: snapshot.citations.map((citation) => ({
      sourceId: citation.sourceId,
      quote: citation.quote,
      page: citation.page,
      quoteIsVerbatim: citation.quoteIsVerbatim,
    })),
  };
  return changeVictim(actor, id, expectedVersion, 'restore', async (tx) => {
    await assertSourcesExist(tx, input);
    return { ...victimData(input), deletedAt: null };
  }, {
    allowDeleted: true,
    afterUpdate: async (tx) => {
      await tx.citation.deleteMany({ where: { victimId: id } });
      await tx.citation.createMany({ data: citationRows(input).map((row) => ({ ...row, victimId: id })) });
    },
  });
}
