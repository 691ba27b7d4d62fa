import { beforeEach, describe, expect, it } from 'vitest';
import { RecordNotFoundError, StaleVersionError } from '@/lib/records/errors';
import { parseFigureForm, type FigureInput } from '@/lib/figures/admin-schema';
import {
  createFigure,
  deleteFigure,
  publishFigure,
  restoreFigureVersion,
  undeleteFigure,
  unpublishFigure,
  updateFigure,
  type FigureSnapshot,
} from '@/lib/figures/mutations';
import { listFigures } from '@/lib/figures/queries';
import { restorableKinds } from '@/lib/records/registry';
import { db, resetDatabase } from '@/tests/helpers/database';
import { createCurators, createExternalSource } from '@/tests/helpers/factories';
import { createReleaseForFigures, figureInput } from '@/tests/helpers/record-inputs';

let curator: { id: string };
let otherCurator: { id: string };
let releaseSourceId: string;
let externalSourceId: string;

const input = (overrides?: Partial<FigureInput>) => figureInput(releaseSourceId, overrides);

async function publicKeys(): Promise<string[]> {
  return (await listFigures()).map((figure) => figure.key);
}

beforeEach(async () => {
  await resetDatabase();
  ({ curator, otherCurator } = await createCurators());
  releaseSourceId = (await createReleaseForFigures()).sourceId;
  externalSourceId = (await createExternalSource({ key: 'external-book' })).id;
});

describe('parseFigureForm', () => {
  it('keeps the number absent where the words give none, and reads an unticked box as a summary', () => {
    const result = parseFigureForm({ sourceId: 'x', kind: 'DETAINED', value: '', quote: 'hundreds of people were arrested' });
    expect(result.success ? result.data : null).toMatchObject({ value: null, qualifier: 'EXACT', scope: 'NOT_STATED', quoteIsVerbatim: false, position: 0, key: null });
  });

  it('refuses a qualifier without a number', () => {
    const result = parseFigureForm({ sourceId: 'x', kind: 'DETAINED', qualifier: 'MORE_THAN', quote: 'hundreds' });
    expect(result.success ? null : Object.keys(result.fieldErrors)).toEqual(['qualifier']);
  });
});

describe('createFigure', () => {
  it('creates a draft with a key from its source and kind, an audit entry, and the figures tag', async () => {
    const result = await createFigure(curator, input());
    expect(result.tags).toEqual(['figures']);
    expect(result.record.key).toBe('release-2009-01-19-killed');
    expect(await db.figure.findUniqueOrThrow({ where: { id: result.record.id } })).toMatchObject({ status: 'DRAFT', version: 1, value: 134, quoteIsVerbatim: true });
    expect(await db.auditEntry.findMany({ where: { entityId: result.record.id } })).toMatchObject([
      { action: 'create', entityType: 'Figure', userId: curator.id, before: null },
    ]);
    expect(await publicKeys()).toEqual([]);
    const second = await createFigure(curator, input());
    expect(second.record.key).toBe('release-2009-01-19-killed-2');
  });

  it('accepts words of the release across its line breaks and spacing', async () => {
    const result = await createFigure(curator, input({ kind: 'WOUNDED', value: 600, qualifier: 'MORE_THAN', quote: '134 people were   killed; more than 600 were wounded.' }));
    expect(result.record.key).toBe('release-2009-01-19-wounded');
  });

  it('refuses exact words that are not in the release, as an error on the words, and writes nothing', async () => {
    await expect(createFigure(curator, input({ quote: '137 people were killed' }))).rejects.toMatchObject({
      fieldErrors: { quote: [expect.stringContaining('do not occur in the release')] },
    });
    expect(await db.figure.count()).toBe(0);
    expect(await db.auditEntry.count()).toBe(0);
  });

  it('accepts words that summarise the release, and does not check an external source’s words', async () => {
    await createFigure(curator, input({ quote: 'The release counts 134 dead.', quoteIsVerbatim: false }));
    await createFigure(curator, input({ sourceId: externalSourceId, quote: 'Words only the book has.' }));
    expect(await db.figure.count()).toBe(2);
  });

  it('refuses a deleted source, and writes nothing', async () => {
    const deleted = await createExternalSource({ deletedAt: new Date() });
    await expect(createFigure(curator, input({ sourceId: deleted.id }))).rejects.toMatchObject({ fieldErrors: { sourceId: ['Choose the source again.'] } });
    expect(await db.figure.count()).toBe(0);
  });
});

describe('updateFigure', () => {
  it('saves at the current version, keeps the key when left empty, and audits before and after', async () => {
    const { record } = await createFigure(curator, input());
    const result = await updateFigure(otherCurator, record.id, 1, input({ scope: 'AZERBAIJAN', note: 'A note.' }));
    expect(result.tags).toEqual(['figures']);
    expect(await db.figure.findUniqueOrThrow({ where: { id: record.id } })).toMatchObject({ key: 'release-2009-01-19-killed', scope: 'AZERBAIJAN', version: 2 });
    const entry = await db.auditEntry.findFirstOrThrow({ where: { action: 'update' } });
    expect(entry).toMatchObject({ userId: otherCurator.id });
    expect(entry.before).toMatchObject({ scope: 'NOT_STATED', version: 1 });
    expect(entry.after).toMatchObject({ scope: 'AZERBAIJAN', note: 'A note.', version: 2 });
  });

  it('checks the words again on every save', async () => {
    const { record } = await createFigure(curator, input());
    await expect(updateFigure(curator, record.id, 1, input({ quote: 'Not in the release.' }))).rejects.toMatchObject({ fieldErrors: { quote: expect.any(Array) } });
    expect((await db.figure.findUniqueOrThrow({ where: { id: record.id } })).version).toBe(1);
  });
});

describe('publishing, deleting and restoring', () => {
  it('publishes onto the figures page with its words, schedules, and unpublishes', async () => {
    const { record } = await createFigure(curator, input());
    expect((await publishFigure(curator, record.id, 1, null)).tags).toEqual(['figures']);
    expect(await listFigures()).toMatchObject([{ key: 'release-2009-01-19-killed', value: 134, quote: input().quote }]);
    await unpublishFigure(curator, record.id, 2);
    expect(await publicKeys()).toEqual([]);
    await publishFigure(curator, record.id, 3, new Date(Date.now() + 3_600_000));
    expect(await publicKeys()).toEqual([]);
  });

  it('deletes softly, refuses edits while deleted, and undeletes', async () => {
    const { record } = await createFigure(curator, input());
    await publishFigure(curator, record.id, 1, null);
    expect((await deleteFigure(curator, record.id, 2)).tags).toEqual(['figures']);
    expect(await publicKeys()).toEqual([]);
    await expect(updateFigure(curator, record.id, 3, input())).rejects.toBeInstanceOf(RecordNotFoundError);
    await undeleteFigure(curator, record.id, 3);
    expect(await publicKeys()).toEqual(['release-2009-01-19-killed']);
  });

  it('restores an earlier version from an audit snapshot, through the restorer history uses', async () => {
    const { record } = await createFigure(curator, input());
    await updateFigure(curator, record.id, 1, input({ value: 133, sourceId: externalSourceId, quote: 'Other words.' }));
    const created = await db.auditEntry.findFirstOrThrow({ where: { entityId: record.id, action: 'create' } });
    expect(await restorableKinds.Figure!.currentVersion(record.id)).toBe(2);
    expect((await restorableKinds.Figure!.restore(curator, record.id, 2, created.after)).tags).toEqual(['figures']);
    expect(await db.figure.findUniqueOrThrow({ where: { id: record.id } })).toMatchObject({ value: 134, sourceId: releaseSourceId, version: 3 });
    expect(restorableKinds.Figure!.editPath(record.id)).toBe(`/admin/figures/${record.id}`);
    await expect(restoreFigureVersion(curator, record.id, 2, created.after as unknown as FigureSnapshot)).rejects.toBeInstanceOf(StaleVersionError);
  });
});
