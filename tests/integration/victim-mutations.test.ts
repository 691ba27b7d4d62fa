import { beforeEach, describe, expect, it } from 'vitest';
import { MutationRefusedError, RecordNotFoundError } from '@/lib/records/errors';
import { parseVictimForm, type VictimInput } from '@/lib/victims/admin-schema';
import {
  createVictim,
  deleteVictim,
  publishVictim,
  restoreVictimVersion,
  undeleteVictim,
  unpublishVictim,
  updateVictim,
  type VictimSnapshot,
} from '@/lib/victims/mutations';
import { getVictimBySlug } from '@/lib/victims/queries';
import { db, resetDatabase } from '@/tests/helpers/database';
import { createCurators, createExternalSource } from '@/tests/helpers/factories';
import { victimInput } from '@/tests/helpers/record-inputs';

let curator: { id: string };
let otherCurator: { id: string };
let sourceId: string;

const input = (overrides?: Partial<VictimInput>) => victimInput(sourceId, overrides);

beforeEach(async () => {
  await resetDatabase();
  ({ curator, otherCurator } = await createCurators());
  sourceId = (await createExternalSource()).id;
});

describe('createVictim', () => {
  it('creates a draft with citations and an audit entry, and returns the tags to revalidate', async () => {
    const result = await createVictim(curator, input());
    expect(result.tags).toEqual(['victims', 'victim:test-person']);
    const row = await db.victim.findUniqueOrThrow({ where: { id: result.record.id }, include: { citations: true } });
    expect(row).toMatchObject({ status: 'DRAFT', version: 1, nameLatin: 'Test Person', age: 30 });
    expect(row.citations).toHaveLength(1);
    const audit = await db.auditEntry.findMany({ where: { entityId: row.id } });
    expect(audit).toMatchObject([{ action: 'create', entityType: 'Victim', userId: curator.id, before: null }]);
    expect(await getVictimBySlug('test-person')).toBeNull();
  });

  it('refuses a citation of a source that does not exist, and writes nothing', async () => {
    await expect(createVictim(curator, input({ citations: [{ sourceId: 'missing', quote: null, page: null, quoteIsVerbatim: true }] }))).rejects.toBeInstanceOf(
      MutationRefusedError,
    );
    expect(await db.victim.count()).toBe(0);
    expect(await db.auditEntry.count()).toBe(0);
  });
});

describe('updateVictim', () => {
  it('saves at the current version and audits before and after', async () => {
    const { record } = await createVictim(curator, input());
    const result = await updateVictim(otherCurator, record.id, 1, input({ slug: 'renamed-person', age: 31 }));
    expect(result.tags).toEqual(['victims', 'victim:test-person', 'victim:renamed-person']);
    const row = await db.victim.findUniqueOrThrow({ where: { id: record.id } });
    expect(row).toMatchObject({ version: 2, age: 31, slug: 'renamed-person' });
    const entry = await db.auditEntry.findFirstOrThrow({ where: { action: 'update' } });
    expect(entry.before).toMatchObject({ age: 30, version: 1 });
    expect(entry.after).toMatchObject({ age: 31, version: 2 });
  });

  it('replaces the citations with the form’s', async () => {
    const second = await createExternalSource();
    const { record } = await createVictim(curator, input());
    await updateVictim(curator, record.id, 1, input({ citations: [{ sourceId: second.id, quote: 'Other words', page: '12', quoteIsVerbatim: false }] }));
    const citations = await db.citation.findMany({ where: { victimId: record.id } });
    expect(citations).toMatchObject([{ sourceId: second.id, quote: 'Other words', page: '12', quoteIsVerbatim: false }]);
  });
});

describe('publishing, deleting and restoring', () => {
  it('publishes now, making the record public, and unpublishes it again', async () => {
    const { record } = await createVictim(curator, input());
    await publishVictim(curator, record.id, 1, null);
    expect(await getVictimBySlug('test-person')).not.toBeNull();
    await unpublishVictim(curator, record.id, 2);
    expect(await getVictimBySlug('test-person')).toBeNull();
  });

  it('schedules a publication: not public before its time', async () => {
    const { record } = await createVictim(curator, input());
    await publishVictim(curator, record.id, 1, new Date(Date.now() + 3_600_000));
    expect(await getVictimBySlug('test-person')).toBeNull();
    await db.victim.update({ where: { id: record.id }, data: { publishAt: new Date(Date.now() - 1000) } });
    expect(await getVictimBySlug('test-person')).not.toBeNull();
  });

  it('refuses to publish a record that cites no source', async () => {
    const { record } = await createVictim(curator, input({ citations: [] }));
    await expect(publishVictim(curator, record.id, 1, null)).rejects.toThrow('Add at least one source');
    expect((await db.victim.findUniqueOrThrow({ where: { id: record.id } })).status).toBe('DRAFT');
  });

  it('deletes softly and restores from history', async () => {
    const { record } = await createVictim(curator, input());
    await publishVictim(curator, record.id, 1, null);
    await deleteVictim(curator, record.id, 2);
    expect(await getVictimBySlug('test-person')).toBeNull();
    await expect(updateVictim(curator, record.id, 3, input())).rejects.toBeInstanceOf(RecordNotFoundError);
    await undeleteVictim(curator, record.id, 3);
    expect(await getVictimBySlug('test-person')).not.toBeNull();
  });

  it('restores an earlier version from an audit snapshot as a new version', async () => {
    const { record } = await createVictim(curator, input());
    await updateVictim(curator, record.id, 1, input({ age: 99, citations: [] }));
    const created = await db.auditEntry.findFirstOrThrow({ where: { entityId: record.id, action: 'create' } });
    await restoreVictimVersion(curator, record.id, 2, created.after as unknown as VictimSnapshot);
    const row = await db.victim.findUniqueOrThrow({ where: { id: record.id }, include: { citations: true } });
    expect(row).toMatchObject({ age: 30, version: 3 });
    expect(row.citations).toHaveLength(1);
    expect(await db.auditEntry.count({ where: { entityId: record.id } })).toBe(3);
  });
});

describe('parseVictimForm', () => {
  it('refuses a death before birth', () => {
    const result = parseVictimForm({ nameLatin: 'A', birthDate: '1990-01-20', deathDate: '1989' });
    expect(result.success ? null : result.fieldErrors.deathDate).toEqual(['The date of death is before the date of birth.']);
  });
});
