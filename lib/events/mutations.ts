import 'server-only';
import { cacheTags } from '@/lib/cache';
import { z } from 'zod';
import { citationSnapshotSelect, disputedValueSnapshotSelect } from '@/lib/citations/mutations';
import type { EventInput } from '@/lib/events/admin-schema';
import type { Prisma } from '@/lib/generated/prisma/client';
import { defineRecord, type Actor } from '@/lib/records/define';
import { MutationRefusedError } from '@/lib/records/errors';
import {
  snapshotCitations,
  snapshotDate,
  snapshotDatePrecision,
  snapshotDisputedValues,
  snapshotLanguage,
  snapshotOptionalDate,
  snapshotText,
} from '@/lib/records/snapshot';

export type { Actor };

const eventAuditSelect = {
  id: true,
  slug: true,
  title: true,
  description: true,
  date: true,
  datePrecision: true,
  endDate: true,
  time: true,
  place: true,
  language: true,
  status: true,
  publishAt: true,
  version: true,
  deletedAt: true,
  updatedAt: true,
  citations: citationSnapshotSelect,
  disputedValues: disputedValueSnapshotSelect,
} satisfies Prisma.EventSelect;

export type EventSnapshot = Prisma.EventGetPayload<{ select: typeof eventAuditSelect }>;

function eventData(input: EventInput) {
  const { citations: _citations, disputedValues: _disputedValues, ...fields } = input;
  return fields;
}

/** An event's version as the audit log keeps it, read back as the form's input. */
const eventSnapshotSchema: z.ZodType<EventInput> = z.object({
  slug: z.string(),
  title: z.string(),
  description: snapshotText,
  date: snapshotDate,
  datePrecision: snapshotDatePrecision,
  endDate: snapshotOptionalDate,
  time: snapshotText,
  place: snapshotText,
  language: snapshotLanguage,
  citations: snapshotCitations,
  // Snapshots taken before disputed values were recorded leave the current ones as they are.
  disputedValues: snapshotDisputedValues,
});

const events = defineRecord<EventSnapshot, EventInput, Prisma.EventUpdateManyMutationInput, { id: string; slug: string }>({
  entityType: 'Event',
  editPath: (id) => `/admin/events/${id}`,
  read: (tx, id) => tx.event.findUnique({ where: { id }, select: eventAuditSelect }),
  insert: (tx, input) => tx.event.create({ data: { ...eventData(input), status: 'DRAFT' }, select: { id: true } }),
  updateMany: (tx, where, data) => tx.event.updateMany({ where, data }),
  data: async (_tx, input) => eventData(input),
  cites: (id) => ({ eventId: id }),
  snapshot: eventSnapshotSchema,
  summary: (event) => ({ id: event.id, slug: event.slug }),
  // The timeline, the home page and the anniversary pages all read events through this one tag.
  tags: () => [cacheTags.events],
  unique: {
    field: 'slug',
    refusal: () =>
      new MutationRefusedError('Another event already uses this address.', {
        slug: ['Another event already uses this address. Choose a different one.'],
      }),
  },
});

/**
 * The writes of an event: a draft with its citations and disputed values; an edit as one new version; publishing now or at a time (an event must cite a source first); taking it off the timeline as a draft; deleting softly; undeleting; and restoring a version from history as a new version. Each is one transaction with its audit entry (lib/records/define.ts);
 * `eventHistory` is what the history page restores with.
 */
export const {
  history: eventHistory,
  create: createEvent,
  update: updateEvent,
  publish: publishEvent,
  unpublish: unpublishEvent,
  softDelete: deleteEvent,
  undelete: undeleteEvent,
  restore: restoreEventVersion,
} = events;
