import { beforeEach, describe, expect, it } from 'vitest';
import { listAnniversariesForAdmin, listEventOptions } from '@/lib/anniversaries/admin-queries';
import { parseAnniversaryForm, type AnniversaryInput } from '@/lib/anniversaries/admin-schema';
import {
  createAnniversary,
  deleteAnniversary,
  publishAnniversary,
  restoreAnniversaryVersion,
  undeleteAnniversary,
  unpublishAnniversary,
  updateAnniversary,
  type AnniversarySnapshot,
} from '@/lib/anniversaries/mutations';
import { getAnniversaryRecord } from '@/lib/anniversaries/queries';
import { restorableKinds } from '@/lib/records/registry';
import { MutationRefusedError, RecordNotFoundError } from '@/lib/records/errors';
import { db, resetDatabase } from '@/tests/helpers/database';
import { createCurators, createEvent, createExternalSource, DELETED } from '@/tests/helpers/factories';
import { anniversaryInput } from '@/tests/helpers/record-inputs';

let curator: { id: string };
let otherCurator: { id: string };
let eventIds: string[];

const input = (overrides?: Partial<AnniversaryInput>) => anniversaryInput(eventIds, overrides);

async function linkedEventIds(id: string): Promise<string[]> {
  const row = await db.anniversary.findUniqueOrThrow({ where: { id }, select: { events: { select: { id: true } } } });
  return row.events.map((event) => event.id).sort();
}

beforeEach(async () => {
  await resetDatabase();
  ({ curator, otherCurator } = await createCurators());
  const source = await createExternalSource();
  eventIds = [(await createEvent(source.id)).id, (await createEvent(source.id)).id].sort();
});

describe('createAnniversary', () => {
  it('creates a draft with its linked events and an audit entry, and returns the anniversaries tag', async () => {
    const result = await createAnniversary(curator, input());
    expect(result.tags).toEqual(['anniversaries']);
    const row = await db.anniversary.findUniqueOrThrow({ where: { id: result.record.id } });
    expect(row).toMatchObject({ year: 2020, status: 'DRAFT', version: 1, title: 'The 30th anniversary' });
    expect(await linkedEventIds(row.id)).toEqual(eventIds);
    const audit = await db.auditEntry.findMany({ where: { entityId: row.id } });
    expect(audit).toMatchObject([{ action: 'create', entityType: 'Anniversary', userId: curator.id, before: null }]);
    expect((audit[0]!.after as { events: { id: string }[] }).events.map((event) => event.id).sort()).toEqual(eventIds);
    expect(await getAnniversaryRecord(2020)).toBeNull();
  });

  it('counts a deleted record as taking its year', async () => {
    const { record } = await createAnniversary(curator, input());
    await deleteAnniversary(curator, record.id, 1);
    await expect(createAnniversary(curator, input())).rejects.toMatchObject({ fieldErrors: { year: [expect.stringContaining('already a record')] } });
  });

  it('refuses to link an event that does not exist or is deleted, and writes nothing', async () => {
    const source = await createExternalSource();
    const deleted = await createEvent(source.id, DELETED());
    for (const ids of [['missing'], [deleted.id]]) {
      await expect(createAnniversary(curator, input({ eventIds: ids }))).rejects.toMatchObject({ fieldErrors: { eventIds: [expect.any(String)] } });
    }
    expect(await db.anniversary.count()).toBe(0);
    expect(await db.auditEntry.count()).toBe(0);
  });
});

describe('updateAnniversary', () => {
  it('saves at the current version, replaces the linked events and audits before and after', async () => {
    const { record } = await createAnniversary(curator, input());
    const result = await updateAnniversary(otherCurator, record.id, 1, input({ year: 2021, title: null, eventIds: [eventIds[0]!] }));
    expect(result).toEqual({ record: { id: record.id, year: 2021 }, tags: ['anniversaries'] });
    expect(await db.anniversary.findUniqueOrThrow({ where: { id: record.id } })).toMatchObject({ version: 2, year: 2021, title: null });
    expect(await linkedEventIds(record.id)).toEqual([eventIds[0]]);
    const entry = await db.auditEntry.findFirstOrThrow({ where: { action: 'update' } });
    expect(entry).toMatchObject({ userId: otherCurator.id, before: { year: 2020, version: 1 }, after: { year: 2021, version: 2 } });
    expect((entry.after as { events: unknown[] }).events).toHaveLength(1);
  });

  it('refuses to move a record onto a year that already has one', async () => {
    await createAnniversary(curator, input({ year: 2021 }));
    const { record } = await createAnniversary(curator, input());
    await expect(updateAnniversary(curator, record.id, 1, input({ year: 2021 }))).rejects.toMatchObject({
      fieldErrors: { year: ['There is already a record for 2021. Each year has one record.'] },
    });
    expect(await db.anniversary.findUniqueOrThrow({ where: { id: record.id } })).toMatchObject({ year: 2020, version: 1 });
  });
});

describe('publishing, deleting and restoring', () => {
  it('publishes now, making the record public, and unpublishes it again', async () => {
    const { record } = await createAnniversary(curator, input());
    await publishAnniversary(curator, record.id, 1, null);
    expect(await getAnniversaryRecord(2020)).toMatchObject({ year: 2020, title: 'The 30th anniversary', introduction: '**Thirty** years.' });
    await unpublishAnniversary(curator, record.id, 2);
    expect(await getAnniversaryRecord(2020)).toBeNull();
  });

  it('schedules a publication: not public before its time', async () => {
    const { record } = await createAnniversary(curator, input());
    await publishAnniversary(curator, record.id, 1, new Date(Date.now() + 3_600_000));
    expect(await getAnniversaryRecord(2020)).toBeNull();
    await db.anniversary.update({ where: { id: record.id }, data: { publishAt: new Date(Date.now() - 1000) } });
    expect(await getAnniversaryRecord(2020)).not.toBeNull();
  });

  it('deletes softly and restores', async () => {
    const { record } = await createAnniversary(curator, input());
    await publishAnniversary(curator, record.id, 1, null);
    await deleteAnniversary(curator, record.id, 2);
    expect(await getAnniversaryRecord(2020)).toBeNull();
    await expect(updateAnniversary(curator, record.id, 3, input())).rejects.toBeInstanceOf(RecordNotFoundError);
    await undeleteAnniversary(curator, record.id, 3);
    expect(await getAnniversaryRecord(2020)).not.toBeNull();
  });

  it('restores an earlier version, linked events included, as a new version (through the history restorer)', async () => {
    const { record } = await createAnniversary(curator, input());
    await updateAnniversary(curator, record.id, 1, input({ title: 'Changed', introduction: null, eventIds: [] }));
    const created = await db.auditEntry.findFirstOrThrow({ where: { entityId: record.id, action: 'create' } });
    expect(await restorableKinds.Anniversary!.currentVersion(record.id)).toBe(2);
    const result = await restorableKinds.Anniversary!.restore(curator, record.id, 2, created.after);
    expect(result.tags).toEqual(['anniversaries']);
    expect(await db.anniversary.findUniqueOrThrow({ where: { id: record.id } })).toMatchObject({ title: 'The 30th anniversary', introduction: '**Thirty** years.', version: 3 });
    expect(await linkedEventIds(record.id)).toEqual(eventIds);
    expect(await db.auditEntry.count({ where: { entityId: record.id } })).toBe(3);
    expect(restorableKinds.Anniversary!.editPath(record.id)).toBe(`/admin/anniversaries/${record.id}`);
  });

  it('refuses to restore a version whose linked event has since been deleted', async () => {
    const { record } = await createAnniversary(curator, input());
    const created = await db.auditEntry.findFirstOrThrow({ where: { entityId: record.id, action: 'create' } });
    await db.event.update({ where: { id: eventIds[0] }, data: { deletedAt: new Date() } });
    await expect(restoreAnniversaryVersion(curator, record.id, 1, created.after as unknown as AnniversarySnapshot)).rejects.toBeInstanceOf(MutationRefusedError);
    expect((await db.anniversary.findUniqueOrThrow({ where: { id: record.id } })).version).toBe(1);
  });
});

describe('admin reads', () => {
  it('lists records newest year first, finds a year by its digits, and offers only events that are not deleted', async () => {
    await createAnniversary(curator, input({ year: 2019, title: 'Earlier' }));
    await createAnniversary(curator, input({ year: 2024, title: 'Later', eventIds: [] }));
    const all = await listAnniversariesForAdmin({ page: 1 });
    expect(all.rows.map((row) => [row.year, row.eventCount])).toEqual([[2024, 0], [2019, 2]]);
    expect((await listAnniversariesForAdmin({ page: 1, q: '2019' })).rows.map((row) => row.year)).toEqual([2019]);
    expect((await listAnniversariesForAdmin({ page: 1, q: 'later' })).rows.map((row) => row.year)).toEqual([2024]);
    await db.event.update({ where: { id: eventIds[1] }, data: { deletedAt: new Date() } });
    expect((await listEventOptions()).map((option) => option.id)).toEqual([eventIds[0]]);
  });
});

describe('parseAnniversaryForm', () => {
  it('requires a year, and accepts 1991 to 2200 only', () => {
    const yearError = (year: string | undefined) => {
      const result = parseAnniversaryForm({ year });
      return result.success ? null : result.fieldErrors.year?.[0];
    };
    expect(yearError(undefined)).toBe('Give the year of the commemoration, such as 2027.');
    expect(yearError('  ')).toBe('Give the year of the commemoration, such as 2027.');
    for (const bad of ['1990', '2201', '20.5', '２０２０', '-2020', '02020']) expect(yearError(bad)).toContain('whole year');
    expect(yearError('1991')).toBeNull();
    expect(yearError(' 2200 ')).toBeNull();
  });

  it('reads no, one or several ticked events, without repeats, and empty text as unknown', () => {
    const parse = (object: Record<string, unknown>) => {
      const result = parseAnniversaryForm({ year: '2027', ...object });
      if (!result.success) throw new Error(JSON.stringify(result.fieldErrors));
      return result.data;
    };
    expect(parse({})).toEqual({ year: 2027, title: null, introduction: null, language: 'en', eventIds: [] });
    expect(parse({ eventIds: 'abc1' }).eventIds).toEqual(['abc1']);
    expect(parse({ eventIds: ['abc1', 'abc2', 'abc1'], title: '  ' }).eventIds).toEqual(['abc1', 'abc2']);
  });
});
