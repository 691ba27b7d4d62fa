import { beforeEach, describe, expect, it } from 'vitest';
import { MutationRefusedError, RecordNotFoundError } from '@/lib/records/errors';
import { listFigures } from '@/lib/figures/queries';
import { parseSourceForm, sourceDateInputValues } from '@/lib/sources/admin-schema';
import {
  createSource,
  deleteSource,
  publishSource,
  undeleteSource,
  unpublishSource,
  updateSource,
} from '@/lib/sources/mutations';
import { restorableKinds } from '@/lib/records/registry';
import { db, resetDatabase } from '@/tests/helpers/database';
import { createCurators, createEvent, createFigure, createRelease, createVictim } from '@/tests/helpers/factories';
import { sourceInput } from '@/tests/helpers/record-inputs';

const ALL_TAGS = ['sources', 'events', 'figures', 'victims'];

let curator: { id: string };
let otherCurator: { id: string };

const input = sourceInput;

beforeEach(async () => {
  await resetDatabase();
  ({ curator, otherCurator } = await createCurators());
});

describe('parseSourceForm', () => {
  it('keeps "Autumn 1999" a season, stored as its first month', () => {
    const result = parseSourceForm({ title: 'A', date: '1999', dateSeason: 'AUTUMN' });
    expect(result.success ? result.data : null).toMatchObject({ date: new Date('1999-09-01T00:00:00Z'), datePrecision: 'SEASON', dateSeason: 'AUTUMN', key: null });
    expect(sourceDateInputValues('1999-09-01', 'SEASON', 'AUTUMN')).toEqual({ date: '1999', dateSeason: 'AUTUMN' });
  });

  it('asks for the year alone with a season, and for a year at all', () => {
    const month = parseSourceForm({ title: 'A', date: '1999-10', dateSeason: 'AUTUMN' });
    expect(month.success ? null : month.fieldErrors.date).toEqual([expect.stringContaining('the year alone')]);
    const none = parseSourceForm({ title: 'A', dateSeason: 'WINTER' });
    expect(none.success ? null : none.fieldErrors.date).toEqual(['Give the year of the season (1999).']);
  });

  it('reads a month, a day and an unknown date at their precision', () => {
    const precisionOf = (date: string) => {
      const result = parseSourceForm({ title: 'A', date });
      return result.success ? [result.data.datePrecision, result.data.dateSeason] : null;
    };
    expect(precisionOf('1990-01')).toEqual(['MONTH', null]);
    expect(precisionOf('1990-01-20')).toEqual(['DAY', null]);
    expect(precisionOf('')).toEqual(['UNKNOWN', null]);
  });
});

describe('createSource', () => {
  it('creates an external draft with a key from its title, an audit entry, and every tag that names a source', async () => {
    const result = await createSource(curator, input());
    expect(result.tags).toEqual(ALL_TAGS);
    const row = await db.source.findUniqueOrThrow({ where: { id: result.record.id } });
    expect(row).toMatchObject({
      key: 'black-january-january-20-1990',
      kind: 'EXTERNAL',
      status: 'DRAFT',
      version: 1,
      datePrecision: 'SEASON',
      dateSeason: 'AUTUMN',
      date: new Date('1999-09-01T00:00:00Z'),
    });
    expect(await db.auditEntry.findMany({ where: { entityId: row.id } })).toMatchObject([
      { action: 'create', entityType: 'Source', userId: curator.id, before: null },
    ]);
  });

  it('numbers a key made from a title another source already has', async () => {
    await createSource(curator, input());
    const second = await createSource(curator, input());
    expect(second.record.key).toBe('black-january-january-20-1990-2');
  });
});

describe('updateSource', () => {
  it('saves at the current version, keeps the key when the box is left empty, and audits before and after', async () => {
    const { record } = await createSource(curator, input());
    const result = await updateSource(otherCurator, record.id, 1, input({ key: null, title: 'Corrected title', details: 'Issue 7.3' }));
    expect(result.tags).toEqual(ALL_TAGS);
    expect(await db.source.findUniqueOrThrow({ where: { id: record.id } })).toMatchObject({
      key: 'black-january-january-20-1990',
      title: 'Corrected title',
      details: 'Issue 7.3',
      version: 2,
    });
    const entry = await db.auditEntry.findFirstOrThrow({ where: { action: 'update' } });
    expect(entry).toMatchObject({ userId: otherCurator.id });
    expect(entry.before).toMatchObject({ title: 'Black January — January 20, 1990', version: 1 });
    expect(entry.after).toMatchObject({ title: 'Corrected title', version: 2 });
  });

  it('refuses to change a release’s source here, and writes nothing', async () => {
    const { source } = await createRelease();
    await expect(updateSource(curator, source.id, 1, input())).rejects.toThrow('change it with its release');
    expect(await db.source.findUniqueOrThrow({ where: { id: source.id } })).toMatchObject({ version: 1, title: null });
    expect(await db.auditEntry.count()).toBe(0);
  });
});

describe('publishing, deleting and restoring', () => {
  it('publishes: the figures citing it become public, and go again when it is unpublished', async () => {
    const { record } = await createSource(curator, input());
    await createFigure(record.id, { key: 'figure-of-the-source' });
    expect(await listFigures()).toEqual([]);
    expect((await publishSource(curator, record.id, 1, null)).tags).toEqual(ALL_TAGS);
    expect((await listFigures()).map((figure) => figure.key)).toEqual(['figure-of-the-source']);
    await unpublishSource(curator, record.id, 2);
    expect(await listFigures()).toEqual([]);
  });

  it('refuses to delete a source that is still cited, naming every event, victim and figure that cites it', async () => {
    const { record } = await createSource(curator, input());
    await createEvent(record.id, { title: 'Troops enter Baku' });
    await createVictim(record.id, { nameLatin: 'Larisa Mammadova' });
    await createVictim(record.id, { description: 'a 7-year old boy', deletedAt: new Date() });
    await createFigure(record.id, { key: 'killed-in-baku' });
    const refused = deleteSource(curator, record.id, 1);
    await expect(refused).rejects.toBeInstanceOf(MutationRefusedError);
    await expect(refused).rejects.toThrow(
      'This source cannot be deleted while facts cite it: the event “Troops enter Baku”; the victim records of Larisa Mammadova and Unidentified: a 7-year old boy [deleted]; the figure killed-in-baku. Remove or change those citations first.',
    );
    expect(await db.source.findUniqueOrThrow({ where: { id: record.id } })).toMatchObject({ deletedAt: null, version: 1 });
    expect(await db.auditEntry.count({ where: { action: 'delete' } })).toBe(0);
  });

  it('deletes softly once nothing cites it, refuses edits while deleted, and undeletes', async () => {
    const { record } = await createSource(curator, input());
    expect((await deleteSource(curator, record.id, 1)).tags).toEqual(ALL_TAGS);
    expect((await db.source.findUniqueOrThrow({ where: { id: record.id } })).deletedAt).not.toBeNull();
    await expect(updateSource(curator, record.id, 2, input())).rejects.toBeInstanceOf(RecordNotFoundError);
    await undeleteSource(curator, record.id, 2);
    expect(await db.source.findUniqueOrThrow({ where: { id: record.id } })).toMatchObject({ deletedAt: null, version: 3 });
  });

  it('restores an earlier version from an audit snapshot, through the restorer history uses', async () => {
    const { record } = await createSource(curator, input());
    await updateSource(curator, record.id, 1, input({ key: 'renamed', title: 'Renamed', dateSeason: null, datePrecision: 'UNKNOWN', date: null }));
    const created = await db.auditEntry.findFirstOrThrow({ where: { entityId: record.id, action: 'create' } });
    expect(await restorableKinds.Source!.currentVersion(record.id)).toBe(2);
    expect((await restorableKinds.Source!.restore(curator, record.id, 2, created.after)).tags).toEqual(ALL_TAGS);
    expect(await db.source.findUniqueOrThrow({ where: { id: record.id } })).toMatchObject({
      key: 'black-january-january-20-1990',
      title: 'Black January — January 20, 1990',
      datePrecision: 'SEASON',
      dateSeason: 'AUTUMN',
      version: 3,
    });
    expect(restorableKinds.Source!.editPath(record.id)).toBe(`/admin/sources/${record.id}`);
  });
});
