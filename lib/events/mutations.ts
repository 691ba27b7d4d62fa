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
import type { EventInput } from '@/lib/events/admin-schema';
import { recordMutations, type Actor } from '@/lib/mutation-helpers';
import type { Prisma } from '@/lib/generated/prisma/client';
import { snapshotLanguage } from '@/lib/translations/schema';

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

const events = recordMutations<EventSnapshot, Prisma.EventUpdateManyMutationInput, { id: string; slug: string }>({
  entityType: 'Event',
  read: (tx, id) => tx.event.findUnique({ where: { id }, select: eventAuditSelect }),
  updateMany: (tx, where, data) => tx.event.updateMany({ where, data }),
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

/** Creates an event as a draft, with its citations, disputed values and an audit entry, in one transaction. */
export async function createEvent(actor: Actor, input: EventInput) {
  return events.create(actor, async (tx) => {
    await assertCitedSourcesExist(tx, input);
    const created = await tx.event.create({
      data: { ...eventData(input), status: 'DRAFT', citations: { create: input.citations.map((citation, position) => ({ ...citation, position })) } },
      select: { id: true },
    });
    if (input.disputedValues?.length) await replaceDisputedValues(tx, { eventId: created.id }, input.disputedValues);
    return tx.event.findUniqueOrThrow({ where: { id: created.id }, select: eventAuditSelect });
  });
}

/** Saves a curator's edit of every field, the citations and the disputed values, as one new version. */
export async function updateEvent(actor: Actor, id: string, expectedVersion: number, input: EventInput) {
  return events.change(
    actor,
    id,
    expectedVersion,
    'update',
    async (tx) => {
      await assertCitedSourcesExist(tx, input);
      return eventData(input);
    },
    { afterUpdate: replaceCitedRows({ eventId: id }, input) },
  );
}

/** Publishes now, or at `publishAt`. An event must cite a source before it can be public. */
export async function publishEvent(actor: Actor, id: string, expectedVersion: number, publishAt: Date | null) {
  return events.publish(actor, id, expectedVersion, publishAt, (tx) => assertCited(tx, { eventId: id }));
}

/** Takes an event off the timeline, keeping it as a draft. */
export async function unpublishEvent(actor: Actor, id: string, expectedVersion: number) {
  return events.unpublish(actor, id, expectedVersion);
}

/** Deletes softly: the event disappears everywhere but stays restorable from history. */
export async function deleteEvent(actor: Actor, id: string, expectedVersion: number) {
  return events.softDelete(actor, id, expectedVersion);
}

/** Brings a deleted event back, as it was when deleted. */
export async function undeleteEvent(actor: Actor, id: string, expectedVersion: number) {
  return events.undelete(actor, id, expectedVersion);
}

/**
 * Restores the fields, citations and disputed values an event had in one audit snapshot, as a new version;
 * history itself is never rewritten.
 */
export async function restoreEventVersion(actor: Actor, id: string, expectedVersion: number, snapshot: EventSnapshot) {
  const input: EventInput = {
    slug: snapshot.slug,
    title: snapshot.title,
    description: snapshot.description,
    date: new Date(snapshot.date),
    datePrecision: snapshot.datePrecision,
    endDate: snapshot.endDate ? new Date(snapshot.endDate) : null,
    time: snapshot.time,
    place: snapshot.place,
    language: snapshotLanguage(snapshot),
    citations: citationsFromSnapshot(snapshot.citations),
    // Snapshots taken before disputed values were recorded leave the current ones as they are.
    disputedValues: disputedValuesFromSnapshot(snapshot.disputedValues as DisputedValueSnapshot[] | undefined),
  };
  return events.change(
    actor,
    id,
    expectedVersion,
    'restore',
    async (tx) => {
      await assertCitedSourcesExist(tx, input);
      return { ...eventData(input), deletedAt: null };
    },
    { allowDeleted: true, afterUpdate: replaceCitedRows({ eventId: id }, input) },
  );
}
