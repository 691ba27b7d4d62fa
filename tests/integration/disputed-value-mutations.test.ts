import { beforeEach, describe, expect, it } from 'vitest';
import type { DisputedValueInput } from '@/lib/citations/disputed-schema';
import { MutationRefusedError, StaleVersionError } from '@/lib/records/errors';
import { parseEventForm } from '@/lib/events/admin-schema';
import { createEvent, publishEvent, restoreEventVersion, updateEvent, type EventSnapshot } from '@/lib/events/mutations';
import { listTimelineEvents } from '@/lib/events/queries';
import { parseVictimForm } from '@/lib/victims/admin-schema';
import { createVictim, publishVictim, restoreVictimVersion, updateVictim, type VictimSnapshot } from '@/lib/victims/mutations';
import { getVictimBySlug } from '@/lib/victims/queries';
import { db, resetDatabase } from '@/tests/helpers/database';
import { createCurators, createExternalSource } from '@/tests/helpers/factories';

let curator: { id: string };
let otherCurator: { id: string };
let sourceId: string;
let otherSourceId: string;

/** A version of a record's disputed fact, as the form's parser gives it. */
function version(field: string, value: Partial<DisputedValueInput>, source = () => sourceId): DisputedValueInput {
  return { field, date: null, endDate: null, datePrecision: 'UNKNOWN', number: null, text: null, language: 'en', note: null, sourceId: source(), ...value };
}

type Saved = { record: { id: string; slug: string }; tags: string[] };

/**
 * Disputed values are saved with the record they belong to, the same way for every kind of record
 * that has them: one row per kind says how to save one and read its public versions.
 */
const KINDS: {
  kind: 'victim' | 'event';
  entityType: string;
  owner: (id: string) => { victimId: string } | { eventId: string };
  /** Two versions of one fact, and a third to replace them with. */
  versions: () => [DisputedValueInput, DisputedValueInput, DisputedValueInput];
  create: (versions?: DisputedValueInput[]) => Promise<Saved>;
  update: (actor: { id: string }, id: string, version: number, versions: DisputedValueInput[] | undefined) => Promise<Saved>;
  publish: (id: string, version: number) => Promise<unknown>;
  restore: (id: string, version: number, snapshot: unknown) => Promise<unknown>;
  /** The fields of the record's public versions, with their display value and source title. */
  publicVersions: (slug: string) => Promise<{ field: string; number: number | null; text: string | null; date: string | null; source: string }[]>;
}[] = [
  {
    kind: 'victim',
    entityType: 'Victim',
    owner: (id) => ({ victimId: id }),
    versions: () => [
      version('age', { number: 17 }),
      version('age', { number: 16, note: 'As the agency gives it.' }, () => otherSourceId),
      version('deathPlace', { text: 'Neftçala', language: 'az' }),
    ],
    create: (versions) => createVictim(curator, victimInput(versions)),
    update: (actor, id, expected, versions) => updateVictim(actor, id, expected, victimInput(versions)),
    publish: (id, expected) => publishVictim(curator, id, expected, null),
    restore: (id, expected, snapshot) => restoreVictimVersion(curator, id, expected, snapshot as VictimSnapshot),
    publicVersions: async (slug) =>
      ((await getVictimBySlug(slug))?.disputedValues ?? []).map((value) => ({ field: value.field, number: value.number, text: value.text, date: value.date, source: value.source.title })),
  },
  {
    kind: 'event',
    entityType: 'Event',
    owner: (id) => ({ eventId: id }),
    versions: () => [
      version('date', { date: new Date('1990-01-19T00:00:00Z'), endDate: new Date('1990-01-20T00:00:00Z'), datePrecision: 'DAY' }),
      version('date', { date: new Date('1990-01-26T00:00:00Z'), datePrecision: 'DAY' }, () => otherSourceId),
      version('date', { date: new Date('1990-01-25T00:00:00Z'), datePrecision: 'DAY' }),
    ],
    create: (versions) => createEvent(curator, eventInput(versions)),
    update: (actor, id, expected, versions) => updateEvent(actor, id, expected, eventInput(versions)),
    publish: (id, expected) => publishEvent(curator, id, expected, null),
    restore: (id, expected, snapshot) => restoreEventVersion(curator, id, expected, snapshot as EventSnapshot),
    publicVersions: async (slug) =>
      ((await listTimelineEvents()).find((event) => event.slug === slug)?.disputedValues ?? []).map((value) => ({
        field: value.field,
        number: value.number,
        text: value.text,
        date: value.date,
        source: value.source.title,
      })),
  },
];

function victimInput(disputedValues: DisputedValueInput[] | undefined) {
  const parsed = parseVictimForm({ nameLatin: 'Disputed Person' });
  if (!parsed.success) throw new Error('fixture must parse');
  return { ...parsed.data, citations: [{ sourceId, quote: 'Quoted words.', page: null, quoteIsVerbatim: true }], disputedValues };
}

function eventInput(disputedValues: DisputedValueInput[] | undefined) {
  const parsed = parseEventForm({ title: 'Killings in the forest', date: '1990-01' });
  if (!parsed.success) throw new Error('fixture must parse');
  return { ...parsed.data, citations: [{ sourceId, quote: 'Quoted words.', page: null, quoteIsVerbatim: true }], disputedValues };
}

beforeEach(async () => {
  await resetDatabase();
  ({ curator, otherCurator } = await createCurators());
  sourceId = (await createExternalSource({ title: 'First account' })).id;
  otherSourceId = (await createExternalSource({ title: 'Second account' })).id;
});

async function stored(owner: { victimId: string } | { eventId: string }) {
  return db.disputedValue.findMany({ where: owner, orderBy: { position: 'asc' }, select: { field: true, number: true, text: true, language: true, note: true, sourceId: true, position: true } });
}

describe.each(KINDS)('disputed values of a $kind', (kind) => {
  it('are created with the record, shown publicly once it is published, and recorded in its history', async () => {
    const [first, second] = kind.versions();
    const { record } = await kind.create([first, second]);
    expect(await stored(kind.owner(record.id))).toMatchObject([
      { sourceId, position: 0 },
      { sourceId: otherSourceId, position: 1 },
    ]);
    const created = await db.auditEntry.findFirstOrThrow({ where: { entityId: record.id, action: 'create' } });
    expect((created.after as { disputedValues: unknown[] }).disputedValues).toHaveLength(2);
    await kind.publish(record.id, 1);
    expect((await kind.publicVersions(record.slug)).map((value) => value.source)).toEqual(['First account', 'Second account']);
  });

  it('are changed and removed by a save of the record: a new version, an audit entry with before and after, the record’s own tags', async () => {
    const [first, second, third] = kind.versions();
    const { record } = await kind.create([first, second]);
    const ownTags = (await kind.update(curator, record.id, 1, [first, second])).tags;

    const changed = await kind.update(otherCurator, record.id, 2, [second, third]);
    // The same tags as any other save of the record: the pages that show the versions are purged.
    expect(changed.tags).toEqual(ownTags);
    expect(await stored(kind.owner(record.id))).toMatchObject([
      { sourceId: otherSourceId, position: 0 },
      { sourceId, position: 1, field: third.field },
    ]);
    const entry = await db.auditEntry.findFirstOrThrow({ where: { entityId: record.id, action: 'update', userId: otherCurator.id } });
    const before = entry.before as { version: number; disputedValues: { sourceId: string }[] };
    const after = entry.after as { version: number; disputedValues: { sourceId: string }[] };
    expect(before.version).toBe(2);
    expect(before.disputedValues.map((value) => value.sourceId)).toEqual([sourceId, otherSourceId]);
    expect(after.version).toBe(3);
    expect(after.disputedValues.map((value) => value.sourceId)).toEqual([otherSourceId, sourceId]);

    await kind.update(curator, record.id, 3, []);
    expect(await stored(kind.owner(record.id))).toEqual([]);
    expect((await db.auditEntry.count({ where: { entityId: record.id } }))).toBe(4);
  });

  it('are kept as they are by a save that does not carry them (a form without the rows)', async () => {
    const [first] = kind.versions();
    const { record } = await kind.create([first]);
    await kind.update(curator, record.id, 1, undefined);
    expect(await stored(kind.owner(record.id))).toHaveLength(1);
  });

  it('are restored from history with the version of the record that held them', async () => {
    const [first, second] = kind.versions();
    const { record } = await kind.create([first, second]);
    await kind.update(curator, record.id, 1, []);
    const created = await db.auditEntry.findFirstOrThrow({ where: { entityId: record.id, action: 'create' } });
    await kind.restore(record.id, 2, created.after);
    expect(await stored(kind.owner(record.id))).toMatchObject([{ sourceId }, { sourceId: otherSourceId }]);
    const restored = await db.disputedValue.findFirstOrThrow({ where: kind.owner(record.id), orderBy: { position: 'asc' } });
    expect({ date: restored.date, endDate: restored.endDate, number: restored.number }).toEqual({ date: first.date, endDate: first.endDate, number: first.number });
  });

  it('are never overwritten silently: a save at a stale version of the record is refused and changes nothing', async () => {
    const [first, second, third] = kind.versions();
    const { record } = await kind.create([first]);
    await kind.update(otherCurator, record.id, 1, [second]);
    await expect(kind.update(curator, record.id, 1, [third])).rejects.toBeInstanceOf(StaleVersionError);
    expect(await stored(kind.owner(record.id))).toMatchObject([{ sourceId: otherSourceId }]);
    expect(await db.auditEntry.count({ where: { entityId: record.id } })).toBe(2);
  });

  it('refuse a source that does not exist, naming the form row, and write nothing', async () => {
    const [first, second] = kind.versions();
    const { record } = await kind.create([first]);
    const missing = { ...second, sourceId: 'no-such-source', row: 3 };
    const refused = kind.update(curator, record.id, 1, [first, missing]);
    await expect(refused).rejects.toBeInstanceOf(MutationRefusedError);
    await expect(refused).rejects.toMatchObject({ fieldErrors: { 'disputed.3.sourceId': ['This source does not exist or was deleted. Choose the source again.'] } });
    await expect(kind.create([missing])).rejects.toBeInstanceOf(MutationRefusedError);
    expect(await db.auditEntry.count()).toBe(1);
  });

  it('cannot be half-written: a version the database refuses undoes the whole save, the record’s fields and version included', async () => {
    const [first, second] = kind.versions();
    const { record } = await kind.create([first]);
    const before = await db.auditEntry.count();
    // Passes the parser's types but not PostgreSQL's enum: fails after the record's row was updated.
    const broken = { ...second, datePrecision: 'FORTNIGHT' as DisputedValueInput['datePrecision'] };
    await expect(kind.update(curator, record.id, 1, [first, broken])).rejects.toThrow();
    expect(await stored(kind.owner(record.id))).toMatchObject([{ sourceId, position: 0 }]);
    const row = kind.kind === 'victim' ? await db.victim.findUniqueOrThrow({ where: { id: record.id } }) : await db.event.findUniqueOrThrow({ where: { id: record.id } });
    expect(row.version).toBe(1);
    expect(await db.auditEntry.count()).toBe(before);
  });
});
