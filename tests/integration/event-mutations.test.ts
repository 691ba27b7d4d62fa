import { beforeEach, describe, expect, it } from 'vitest';
import { MutationRefusedError, RecordNotFoundError, StaleVersionError } from '@/lib/records/errors';
import { parseEventForm, type EventInput } from '@/lib/events/admin-schema';
import {
  createEvent,
  deleteEvent,
  publishEvent,
  restoreEventVersion,
  undeleteEvent,
  unpublishEvent,
  updateEvent,
  type EventSnapshot,
} from '@/lib/events/mutations';
import { restorableKinds } from '@/lib/records/registry';
import { listTimelineEvents } from '@/lib/events/queries';
import { db, resetDatabase } from '@/tests/helpers/database';
import { createCurators, createExternalSource } from '@/tests/helpers/factories';
import { eventInput } from '@/tests/helpers/record-inputs';

let curator: { id: string };
let otherCurator: { id: string };
let sourceId: string;

const input = (overrides?: Partial<EventInput>) => eventInput(sourceId, overrides);

async function publicSlugs(): Promise<string[]> {
  return (await listTimelineEvents()).map((event) => event.slug);
}

beforeEach(async () => {
  await resetDatabase();
  ({ curator, otherCurator } = await createCurators());
  sourceId = (await createExternalSource()).id;
});

describe('parseEventForm', () => {
  it('requires a date', () => {
    const result = parseEventForm({ title: 'A' });
    expect(result.success ? null : result.fieldErrors.date).toEqual(['The date is required.']);
  });

  it('refuses an end before the start, and an end at another precision', () => {
    const before = parseEventForm({ title: 'A', date: '1990-01-20', endDate: '1990-01-19' });
    expect(before.success ? null : before.fieldErrors.endDate).toEqual(['The end date is before the start date.']);
    const mixed = parseEventForm({ title: 'A', date: '1988', endDate: '1989-05' });
    expect(mixed.success ? null : mixed.fieldErrors.endDate).toEqual([expect.stringContaining('as precisely as the start')]);
  });

  it('reads a span of years, a time and an address made from the title', () => {
    const result = parseEventForm({ title: 'Deportations from Armenia', date: '1988', endDate: '1989', time: '00:00' });
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data).toMatchObject({
      slug: 'deportations-from-armenia',
      date: new Date('1988-01-01T00:00:00Z'),
      datePrecision: 'YEAR',
      endDate: new Date('1989-01-01T00:00:00Z'),
      time: '00:00',
      description: null,
    });
  });
});

describe('createEvent', () => {
  it('creates a draft with citations and an audit entry, and returns the events tag', async () => {
    const result = await createEvent(curator, input());
    expect(result.tags).toEqual(['events']);
    const row = await db.event.findUniqueOrThrow({ where: { id: result.record.id }, include: { citations: true } });
    expect(row).toMatchObject({ status: 'DRAFT', version: 1, slug: 'troops-enter-baku', time: '23:30', datePrecision: 'DAY' });
    expect(row.citations).toMatchObject([{ sourceId, quote: 'Quoted words.', position: 0 }]);
    expect(await db.auditEntry.findMany({ where: { entityId: row.id } })).toMatchObject([
      { action: 'create', entityType: 'Event', userId: curator.id, before: null },
    ]);
    expect(await publicSlugs()).toEqual([]);
  });

  it('refuses a citation of a deleted source, and writes nothing (one transaction)', async () => {
    const deleted = await createExternalSource({ deletedAt: new Date() });
    await expect(
      createEvent(curator, input({ citations: [{ sourceId: deleted.id, quote: null, page: null, quoteIsVerbatim: true }] })),
    ).rejects.toBeInstanceOf(MutationRefusedError);
    expect(await db.event.count()).toBe(0);
    expect(await db.citation.count()).toBe(0);
    expect(await db.auditEntry.count()).toBe(0);
  });
});

describe('updateEvent', () => {
  it('saves at the current version, replaces the citations and audits before and after', async () => {
    const second = await createExternalSource();
    const { record } = await createEvent(curator, input());
    const result = await updateEvent(
      otherCurator,
      record.id,
      1,
      input({ time: null, citations: [{ sourceId: second.id, quote: 'Other words', page: '12', quoteIsVerbatim: false }] }),
    );
    expect(result.tags).toEqual(['events']);
    expect(await db.event.findUniqueOrThrow({ where: { id: record.id } })).toMatchObject({ version: 2, time: null });
    expect(await db.citation.findMany({ where: { eventId: record.id } })).toMatchObject([
      { sourceId: second.id, quote: 'Other words', page: '12', quoteIsVerbatim: false },
    ]);
    const entry = await db.auditEntry.findFirstOrThrow({ where: { action: 'update' } });
    expect(entry).toMatchObject({ userId: otherCurator.id, entityType: 'Event' });
    expect(entry.before).toMatchObject({ time: '23:30', version: 1, citations: [{ sourceId }] });
    expect(entry.after).toMatchObject({ time: null, version: 2, citations: [{ sourceId: second.id }] });
  });
});

describe('publishing, deleting and restoring', () => {
  it('publishes now onto the timeline, and unpublishes', async () => {
    const { record } = await createEvent(curator, input());
    expect((await publishEvent(curator, record.id, 1, null)).tags).toEqual(['events']);
    expect(await publicSlugs()).toEqual(['troops-enter-baku']);
    await unpublishEvent(curator, record.id, 2);
    expect(await publicSlugs()).toEqual([]);
    expect((await db.auditEntry.findMany({ where: { entityId: record.id }, orderBy: { createdAt: 'asc' } })).map((entry) => entry.action)).toEqual([
      'create',
      'publish',
      'unpublish',
    ]);
  });

  it('schedules a publication: not on the timeline before its time', async () => {
    const { record } = await createEvent(curator, input());
    await publishEvent(curator, record.id, 1, new Date(Date.now() + 3_600_000));
    expect(await publicSlugs()).toEqual([]);
    await db.event.update({ where: { id: record.id }, data: { publishAt: new Date(Date.now() - 1000) } });
    expect(await publicSlugs()).toEqual(['troops-enter-baku']);
  });

  it('refuses to publish an event that cites no source', async () => {
    const { record } = await createEvent(curator, input({ citations: [] }));
    await expect(publishEvent(curator, record.id, 1, null)).rejects.toThrow('Add at least one source');
    expect(await db.event.findUniqueOrThrow({ where: { id: record.id } })).toMatchObject({ status: 'DRAFT', version: 1 });
    expect(await db.auditEntry.count({ where: { action: 'publish' } })).toBe(0);
  });

  it('deletes softly, refuses edits while deleted, and undeletes', async () => {
    const { record } = await createEvent(curator, input());
    await publishEvent(curator, record.id, 1, null);
    expect((await deleteEvent(curator, record.id, 2)).tags).toEqual(['events']);
    expect(await publicSlugs()).toEqual([]);
    await expect(updateEvent(curator, record.id, 3, input())).rejects.toBeInstanceOf(RecordNotFoundError);
    await undeleteEvent(curator, record.id, 3);
    expect(await publicSlugs()).toEqual(['troops-enter-baku']);
  });

  it('restores an earlier version from an audit snapshot, through the restorer history uses', async () => {
    const { record } = await createEvent(curator, input());
    await updateEvent(curator, record.id, 1, input({ title: 'Renamed', slug: 'renamed', citations: [] }));
    const created = await db.auditEntry.findFirstOrThrow({ where: { entityId: record.id, action: 'create' } });
    expect(await restorableKinds.Event!.currentVersion(record.id)).toBe(2);
    const result = await restorableKinds.Event!.restore(curator, record.id, 2, created.after);
    expect(result.tags).toEqual(['events']);
    const row = await db.event.findUniqueOrThrow({ where: { id: record.id }, include: { citations: true } });
    expect(row).toMatchObject({ title: 'Troops enter Baku', slug: 'troops-enter-baku', version: 3, date: new Date('1990-01-19T00:00:00Z') });
    expect(row.citations).toHaveLength(1);
    expect(restorableKinds.Event!.editPath(record.id)).toBe(`/admin/events/${record.id}`);
    await expect(restoreEventVersion(curator, record.id, 2, created.after as unknown as EventSnapshot)).rejects.toBeInstanceOf(StaleVersionError);
  });
});
