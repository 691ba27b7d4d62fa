import 'server-only';
import type { AnniversaryInput } from '@/lib/anniversaries/admin-schema';
import { cacheTags } from '@/lib/cache';
import { MutationRefusedError } from '@/lib/concurrency';
import { auditedCreate, isUniqueViolation, versionedChange, type Actor } from '@/lib/mutation-helpers';
import type { MutationResult } from '@/lib/revalidation';
import type { Prisma } from '@/lib/generated/prisma/client';

export type { Actor };

const ENTITY = 'Anniversary';

const anniversaryAuditSelect = {
  id: true,
  year: true,
  title: true,
  introduction: true,
  status: true,
  publishAt: true,
  version: true,
  deletedAt: true,
  updatedAt: true,
  // Slug and title make the history readable; the ids are what a restore links again.
  events: { orderBy: [{ date: 'asc' }, { slug: 'asc' }], select: { id: true, slug: true, title: true } },
} satisfies Prisma.AnniversarySelect;

export type AnniversarySnapshot = Prisma.AnniversaryGetPayload<{ select: typeof anniversaryAuditSelect }>;

type Result = MutationResult<{ id: string; year: number }>;

// Every public read of anniversary records is tagged with this one tag (lib/anniversaries/queries.ts).
const TAGS = [cacheTags.anniversaries];

function anniversaryData(input: AnniversaryInput) {
  return { year: input.year, title: input.title, introduction: input.introduction };
}

function eventLinks(input: AnniversaryInput) {
  return input.eventIds.map((id) => ({ id }));
}

async function assertEventsExist(tx: Prisma.TransactionClient, input: AnniversaryInput) {
  if (input.eventIds.length === 0) return;
  const found = await tx.event.count({ where: { id: { in: input.eventIds }, deletedAt: null } });
  if (found !== input.eventIds.length) {
    throw new MutationRefusedError('A chosen event no longer exists (it may have been deleted). Choose the events again.', {
      eventIds: ['A chosen event no longer exists. Choose the events again.'],
    });
  }
}

function duplicateYear(year: number): MutationRefusedError {
  return new MutationRefusedError(`There is already a record for the ${year} anniversary. Edit that record instead (it may be in the deleted list).`, {
    year: [`There is already a record for ${year}. Each year has one record.`],
  });
}

/** Creates an anniversary record as a draft, with its linked events and an audit entry, in one transaction. */
export async function createAnniversary(actor: Actor, input: AnniversaryInput): Promise<Result> {
  try {
    const record = await auditedCreate({
      actor,
      entityType: ENTITY,
      create: async (tx) => {
        await assertEventsExist(tx, input);
        return tx.anniversary.create({
          data: { ...anniversaryData(input), status: 'DRAFT', events: { connect: eventLinks(input) } },
          select: anniversaryAuditSelect,
        });
      },
    });
    return { record: { id: record.id, year: record.year }, tags: TAGS };
  } catch (error) {
    if (isUniqueViolation(error, 'year')) throw duplicateYear(input.year);
    throw error;
  }
}

/** A change to one anniversary at the version the curator saw (see versionedChange). */
async function changeAnniversary(
  actor: Actor,
  id: string,
  expectedVersion: number,
  action: string,
  change: (tx: Prisma.TransactionClient) => Promise<Prisma.AnniversaryUpdateManyMutationInput>,
  options: { allowDeleted?: boolean; input?: AnniversaryInput } = {},
): Promise<Result> {
  try {
    const { after } = await versionedChange({
      actor,
      entityType: ENTITY,
      id,
      expectedVersion,
      action,
      allowDeleted: options.allowDeleted,
      read: (tx, anniversaryId) => tx.anniversary.findUnique({ where: { id: anniversaryId }, select: anniversaryAuditSelect }),
      write: async (tx) => {
        const data = await change(tx);
        const updated = await tx.anniversary.updateMany({ where: { id, version: expectedVersion }, data: { ...data, version: { increment: 1 } } });
        if (updated.count === 1 && options.input) {
          await tx.anniversary.update({ where: { id }, data: { events: { set: eventLinks(options.input) } }, select: { id: true } });
        }
        return updated.count;
      },
    });
    return { record: { id: after.id, year: after.year }, tags: TAGS };
  } catch (error) {
    // Only a change that writes the year (update, restore) can collide, and it passes its input.
    if (isUniqueViolation(error, 'year') && options.input) throw duplicateYear(options.input.year);
    throw error;
  }
}

/** Saves a curator's edit of the year, title, introduction and linked events. */
export async function updateAnniversary(actor: Actor, id: string, expectedVersion: number, input: AnniversaryInput) {
  return changeAnniversary(
    actor,
    id,
    expectedVersion,
    'update',
    async (tx) => {
      await assertEventsExist(tx, input);
      return anniversaryData(input);
    },
    { input },
  );
}

/** Publishes now, or at `publishAt` (the page for a future year appears once that year's page exists). */
export async function publishAnniversary(actor: Actor, id: string, expectedVersion: number, publishAt: Date | null) {
  return changeAnniversary(actor, id, expectedVersion, 'publish', async () => ({ status: 'PUBLISHED', publishAt }));
}

/** Takes a record off the public site, keeping it as a draft. */
export async function unpublishAnniversary(actor: Actor, id: string, expectedVersion: number) {
  return changeAnniversary(actor, id, expectedVersion, 'unpublish', async () => ({ status: 'DRAFT', publishAt: null }));
}

/** Deletes softly: the record disappears from the site but stays restorable from history. */
export async function deleteAnniversary(actor: Actor, id: string, expectedVersion: number) {
  return changeAnniversary(actor, id, expectedVersion, 'delete', async () => ({ deletedAt: new Date() }));
}

/** Brings a deleted record back, as it was when deleted. */
export async function undeleteAnniversary(actor: Actor, id: string, expectedVersion: number) {
  return changeAnniversary(actor, id, expectedVersion, 'restore', async () => ({ deletedAt: null }), { allowDeleted: true });
}

/**
 * Restores the fields and linked events an anniversary had in one audit entry's snapshot, as a new
 * version; history itself is never rewritten. An event deleted since is refused, not silently dropped.
 */
export async function restoreAnniversaryVersion(actor: Actor, id: string, expectedVersion: number, snapshot: AnniversarySnapshot) {
  const input: AnniversaryInput = {
    year: snapshot.year,
    title: snapshot.title,
    introduction: snapshot.introduction,
    eventIds: (snapshot.events ?? []).map((event) => event.id),
  };
  return changeAnniversary(
    actor,
    id,
    expectedVersion,
    'restore',
    async (tx) => {
      await assertEventsExist(tx, input);
      return { ...anniversaryData(input), deletedAt: null };
    },
    { allowDeleted: true, input },
  );
}
