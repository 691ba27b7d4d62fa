import 'server-only';
import type { AnniversaryInput } from '@/lib/anniversaries/admin-schema';
import { cacheTags } from '@/lib/cache';
import { z } from 'zod';
import type { Prisma } from '@/lib/generated/prisma/client';
import { defineRecord, type Actor } from '@/lib/records/define';
import { MutationRefusedError } from '@/lib/records/errors';
import { addedLater, snapshotLanguage, snapshotText } from '@/lib/records/snapshot';

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

function duplicateYear(year: number | undefined): MutationRefusedError {
  return new MutationRefusedError(`There is already a record for the ${year} anniversary. Edit that record instead (it may be in the deleted list).`, {
    year: [`There is already a record for ${year}. Each year has one record.`],
  });
}

/** An anniversary's version as the audit log keeps it, read back as the form's input. */
const anniversarySnapshotSchema: z.ZodType<AnniversaryInput> = z.object({
  year: z.number().int(),
  title: snapshotText,
  introduction: snapshotText,
  language: snapshotLanguage,
  events: addedLater(z.array(z.object({ id: z.string() })), []),
}).transform(({ events, ...fields }) => ({ ...fields, eventIds: events.map((event) => event.id) }));

const anniversaries = defineRecord<AnniversarySnapshot, AnniversaryInput, Prisma.AnniversaryUpdateManyMutationInput, { id: string; year: number }>({
  entityType: 'Anniversary',
  editPath: (id) => `/admin/anniversaries/${id}`,
  read: (tx, id) => tx.anniversary.findUnique({ where: { id }, select: anniversaryAuditSelect }),
  insert: async (tx, input) => {
    await assertEventsExist(tx, input);
    return tx.anniversary.create({ data: { ...anniversaryData(input), status: 'DRAFT' }, select: { id: true } });
  },
  updateMany: (tx, where, data) => tx.anniversary.updateMany({ where, data }),
  // An event deleted since a restored version was saved is refused, not silently dropped.
  data: async (tx, input) => {
    await assertEventsExist(tx, input);
    return anniversaryData(input);
  },
  afterSave: async (tx, id, input) => {
    await tx.anniversary.update({ where: { id }, data: { events: { set: eventLinks(input) } }, select: { id: true } });
  },
  snapshot: anniversarySnapshotSchema,
  summary: (anniversary) => ({ id: anniversary.id, year: anniversary.year }),
  tags: () => TAGS,
  // Only a write of the year (create, update, restore) can collide.
  unique: { field: 'year', refusal: (input) => duplicateYear(input?.year) },
});

/**
 * The writes of an anniversary record: a draft with its linked events; an edit of the year, title, introduction and events; publishing now or at a time; unpublishing; deleting softly; undeleting; and restoring a version from history (an event deleted since is refused, not silently dropped). Each is one transaction with its audit entry (lib/records/define.ts);
 * `anniversaryHistory` is what the history page restores with.
 */
export const {
  history: anniversaryHistory,
  create: createAnniversary,
  update: updateAnniversary,
  publish: publishAnniversary,
  unpublish: unpublishAnniversary,
  softDelete: deleteAnniversary,
  undelete: undeleteAnniversary,
  restore: restoreAnniversaryVersion,
} = anniversaries;
