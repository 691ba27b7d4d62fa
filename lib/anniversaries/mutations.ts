import 'server-only';
import type { AnniversaryInput } from '@/lib/anniversaries/admin-schema';
import { cacheTags } from '@/lib/cache';
import { MutationRefusedError } from '@/lib/concurrency';
import { isUniqueViolation, recordMutations, type Actor } from '@/lib/mutation-helpers';
import type { Prisma } from '@/lib/generated/prisma/client';
import { snapshotLanguage } from '@/lib/translations/schema';

export type { Actor };

const anniversaryAuditSelect = {
  id: true,
  year: true,
  title: true,
  introduction: true,
  language: true,
  status: true,
  publishAt: true,
  version: true,
  deletedAt: true,
  updatedAt: true,
  // Slug and title make the history readable; the ids are what a restore links again.
  events: { orderBy: [{ date: 'asc' }, { slug: 'asc' }], select: { id: true, slug: true, title: true } },
} satisfies Prisma.AnniversarySelect;

export type AnniversarySnapshot = Prisma.AnniversaryGetPayload<{ select: typeof anniversaryAuditSelect }>;

// Every public read of anniversary records is tagged with this one tag (lib/anniversaries/queries.ts).
const TAGS = [cacheTags.anniversaries];

function anniversaryData(input: AnniversaryInput) {
  return { year: input.year, title: input.title, introduction: input.introduction, language: input.language };
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

const anniversaries = recordMutations<AnniversarySnapshot, Prisma.AnniversaryUpdateManyMutationInput, { id: string; year: number }>({
  entityType: 'Anniversary',
  read: (tx, id) => tx.anniversary.findUnique({ where: { id }, select: anniversaryAuditSelect }),
  updateMany: (tx, where, data) => tx.anniversary.updateMany({ where, data }),
  summary: (anniversary) => ({ id: anniversary.id, year: anniversary.year }),
  tags: () => TAGS,
});

/** The refusal for a year another record already has; only a write of the year (create, update, restore) can collide. */
function refuseDuplicateYear(year: number) {
  return (error: unknown): never => {
    if (isUniqueViolation(error, 'year')) throw duplicateYear(year);
    throw error;
  };
}

/** Creates an anniversary record as a draft, with its linked events and an audit entry, in one transaction. */
export async function createAnniversary(actor: Actor, input: AnniversaryInput) {
  return anniversaries
    .create(actor, async (tx) => {
      await assertEventsExist(tx, input);
      return tx.anniversary.create({
        data: { ...anniversaryData(input), status: 'DRAFT', events: { connect: eventLinks(input) } },
        select: anniversaryAuditSelect,
      });
    })
    .catch(refuseDuplicateYear(input.year));
}

/** Writes the fields and linked events of `input`: an edit, or a restored version (which also undeletes). */
function writeAnniversary(actor: Actor, id: string, expectedVersion: number, input: AnniversaryInput, options: { restoring?: boolean } = {}) {
  return anniversaries
    .change(
      actor,
      id,
      expectedVersion,
      options.restoring ? 'restore' : 'update',
      async (tx) => {
        await assertEventsExist(tx, input);
        return options.restoring ? { ...anniversaryData(input), deletedAt: null } : anniversaryData(input);
      },
      {
        allowDeleted: options.restoring,
        afterUpdate: async (tx) => {
          await tx.anniversary.update({ where: { id }, data: { events: { set: eventLinks(input) } }, select: { id: true } });
        },
      },
    )
    .catch(refuseDuplicateYear(input.year));
}

/** Saves a curator's edit of the year, title, introduction and linked events. */
export async function updateAnniversary(actor: Actor, id: string, expectedVersion: number, input: AnniversaryInput) {
  return writeAnniversary(actor, id, expectedVersion, input);
}

/** Publishes now, or at `publishAt` (the page for a future year appears once that year's page exists). */
export async function publishAnniversary(actor: Actor, id: string, expectedVersion: number, publishAt: Date | null) {
  return anniversaries.publish(actor, id, expectedVersion, publishAt);
}

/** Takes a record off the public site, keeping it as a draft. */
export async function unpublishAnniversary(actor: Actor, id: string, expectedVersion: number) {
  return anniversaries.unpublish(actor, id, expectedVersion);
}

/** Deletes softly: the record disappears from the site but stays restorable from history. */
export async function deleteAnniversary(actor: Actor, id: string, expectedVersion: number) {
  return anniversaries.softDelete(actor, id, expectedVersion);
}

/** Brings a deleted record back, as it was when deleted. */
export async function undeleteAnniversary(actor: Actor, id: string, expectedVersion: number) {
  return anniversaries.undelete(actor, id, expectedVersion);
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
    language: snapshotLanguage(snapshot),
    eventIds: (snapshot.events ?? []).map((event) => event.id),
  };
  return writeAnniversary(actor, id, expectedVersion, input, { restoring: true });
}
