import { beforeEach, describe, expect, it } from 'vitest';
import { parseVictimForm, type VictimInput } from '@/lib/victims/admin-schema';
import { createVictim, publishVictim, restoreVictimVersion, unpublishVictim, updateVictim } from '@/lib/victims/mutations';
import { getVictimBySlug, listNameChanges } from '@/lib/victims/queries';
import { db, resetDatabase } from '@/tests/helpers/database';
import { createCurators, createExternalSource } from '@/tests/helpers/factories';
import { victimInput } from '@/tests/helpers/record-inputs';

let curator: { id: string };
let sourceId: string;

const input = (overrides?: Partial<VictimInput>) => victimInput(sourceId, overrides);

beforeEach(async () => {
  await resetDatabase();
  ({ curator } = await createCurators());
  sourceId = (await createExternalSource()).id;
});

async function publishedVictim(overrides?: Partial<VictimInput>) {
  const { record } = await createVictim(curator, input(overrides));
  await publishVictim(curator, record.id, 1, null);
  return record;
}

describe('a correction note', () => {
  it('is kept with the version its save made, and the memorial page shows the latest with its time', async () => {
    const record = await publishedVictim();
    await updateVictim(curator, record.id, 2, input({ age: 31, correctionNote: 'The age corrected from the family’s testimony.' }));
    await updateVictim(curator, record.id, 3, input({ age: 32, correctionNote: 'The age corrected again, from the death certificate.' }));

    const corrections = await db.victimCorrection.findMany({ where: { victimId: record.id }, orderBy: { version: 'asc' } });
    expect(corrections.map(({ note, version }) => ({ note, version }))).toEqual([
      { note: 'The age corrected from the family’s testimony.', version: 3 },
      { note: 'The age corrected again, from the death certificate.', version: 4 },
    ]);
    const page = await getVictimBySlug('test-person');
    expect(page?.lastCorrection).toEqual({ note: 'The age corrected again, from the death certificate.', at: corrections[1]!.createdAt.toISOString() });
    // The note is not a field of the record: its history snapshot does not carry it.
    const entry = await db.auditEntry.findFirstOrThrow({ where: { entityId: record.id, action: 'update' }, orderBy: { createdAt: 'desc' } });
    expect(JSON.stringify(entry.after)).not.toContain('death certificate');
  });

  it('is not written by a save without one, nor by a create, a restore or a refused save', async () => {
    const { record } = await createVictim(curator, input({ correctionNote: 'Not a correction: a new record.' }));
    await updateVictim(curator, record.id, 1, input({ age: 31 }));
    const history = await db.auditEntry.findFirstOrThrow({ where: { entityId: record.id, action: 'create' } });
    await restoreVictimVersion(curator, record.id, 2, history.after);
    // A stale save is refused whole: neither the record nor its note is written.
    await expect(updateVictim(curator, record.id, 1, input({ age: 40, correctionNote: 'Lost with its save.' }))).rejects.toThrow();
    expect(await db.victimCorrection.count()).toBe(0);
    const row = await db.victim.findUniqueOrThrow({ where: { id: record.id } });
    expect(row.age).toBe(30);
  });

  it('is refused over 500 characters, with the field named', () => {
    const result = parseVictimForm({ nameLatin: 'Test Person', correctionNote: 'x'.repeat(501) });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.fieldErrors.correctionNote?.[0]).toMatch(/public note of what changed/i);
    const empty = parseVictimForm({ nameLatin: 'Test Person', correctionNote: '   ' });
    expect(empty.success && empty.data.correctionNote).toBe(null);
  });
});

describe('the feed of new and corrected names', () => {
  it('lists a name from its first publication and each correction, newest first, public records only', async () => {
    const first = await publishedVictim({ nameLatin: 'First Person', slug: 'first-person' });
    const second = await publishedVictim({ nameLatin: 'Second Person', slug: 'second-person' });
    await updateVictim(curator, first.id, 2, input({ nameLatin: 'First Person', slug: 'first-person', correctionNote: 'The date of death corrected.' }));
    // A draft is not in the feed, with its notes.
    const { record: draft } = await createVictim(curator, input({ nameLatin: 'Draft Person', slug: 'draft-person' }));
    await updateVictim(curator, draft.id, 1, input({ nameLatin: 'Draft Person', slug: 'draft-person', correctionNote: 'A draft’s note.' }));

    const changes = await listNameChanges();
    expect(changes.map((change) => `${change.kind} ${change.victimSlug}`)).toEqual(['correction first-person', 'new second-person', 'new first-person']);
    expect(changes[0]).toMatchObject({ kind: 'correction', name: 'First Person', note: 'The date of death corrected.' });

    // Published again after an unpublish, a record is not new again.
    const firstPublished = (await db.victim.findUniqueOrThrow({ where: { id: second.id } })).firstPublishedAt;
    await unpublishVictim(curator, second.id, 2);
    await publishVictim(curator, second.id, 3, null);
    expect((await db.victim.findUniqueOrThrow({ where: { id: second.id } })).firstPublishedAt).toEqual(firstPublished);
  });

  it('counts a scheduled record as new from its time, and not before', async () => {
    const { record } = await createVictim(curator, input());
    const at = new Date(Date.now() + 60 * 60 * 1000);
    await publishVictim(curator, record.id, 1, at);
    expect((await db.victim.findUniqueOrThrow({ where: { id: record.id } })).firstPublishedAt).toEqual(at);
    expect(await listNameChanges()).toEqual([]);
  });
});
