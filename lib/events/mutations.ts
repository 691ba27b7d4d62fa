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

/** How the history page restores an event's version. */
export const eventHistory = events.history;

/** Creates an event as a draft, with its citations, disputed values and an audit entry, in one transaction. */
export const createEvent = (actor: Actor, input: EventInput) => events.create(actor, input);

/** Saves a curator's edit of every field, the citations and the disputed values, as one new version. */
export const updateEvent = (actor: Actor, id: string, expectedVersion: number, input: EventInput) => events.update(actor, id, expectedVersion, input);

/** Publishes now, or at `publishAt`. An event must cite a source before it can be public. */
export const publishEvent = (actor: Actor, id: string, expectedVersion: number, publishAt: Date | null) => events.publish(actor, id, expectedVersion, publishAt);

/** Takes an event off the timeline, keeping it as a draft. */
export const unpublishEvent = (actor: Actor, id: string, expectedVersion: number) => events.unpublish(actor, id, expectedVersion);

/** Deletes softly: the event disappears everywhere but stays restorable from history. */
export const deleteEvent = (actor: Actor, id: string, expectedVersion: number) => events.softDelete(actor, id, expectedVersion);

/** Brings a deleted event back, as it was when deleted. */
export const undeleteEvent = (actor: Actor, id: string, expectedVersion: number) => events.undelete(actor, id, expectedVersion);

/**
 * Restores the fields, citations and disputed values an event had in one audit snapshot, as a new version;
 * history itself is never rewritten.
 */
export const restoreEventVersion = (actor: Actor, id: string, expectedVersion: number, snapshot: unknown) => events.restore(actor, id, expectedVersion, snapshot);
