import { beforeEach, describe, expect, it } from 'vitest';
import { MutationRefusedError } from '@/lib/records/errors';
import { restorableKinds } from '@/lib/records/registry';
import { db, resetDatabase } from '@/tests/helpers/database';
import { createEvent, createExternalSource, createFigure, createOrganization, createRelease, createVictim, DRAFT } from '@/tests/helpers/factories';

/**
 * History restores a version by parsing its audit entry with the record's own schema (lib/records):
 * an entry that does not hold a complete record is refused in plain words, and nothing is written.
 * One row per kind of record the history page can restore.
 */
const kinds: [string, () => Promise<{ id: string; version: number }>][] = [
  ['Victim', async () => createVictim((await createExternalSource()).id)],
  ['Event', async () => createEvent((await createExternalSource()).id)],
  ['Figure', async () => createFigure((await createExternalSource()).id)],
  ['Source', () => createExternalSource()],
  ['Release', async () => (await createRelease()).release],
  ['Organization', () => createOrganization()],
  ['Anniversary', () => db.anniversary.create({ data: { year: 2031, ...DRAFT } })],
];

let curator: { id: string };

beforeEach(async () => {
  await resetDatabase();
  curator = await db.user.create({ data: { email: 'curator@test.example', name: 'First Curator', passwordHash: 'x' } });
});

describe('restoring a version from history', () => {
  it('covers every kind the history page can restore', () => {
    expect(kinds.map(([kind]) => kind).sort()).toEqual(Object.keys(restorableKinds).sort());
  });

  it.each(kinds)('%s: refuses an entry that does not parse with the record’s schema, and writes nothing', async (kind, create) => {
    const record = await create();
    const history = restorableKinds[kind]!;
    expect(await history.currentVersion(record.id)).toBe(record.version);
    const audits = await db.auditEntry.count();
    const refused = history.restore(curator, record.id, record.version, { slug: 42, year: 'soon', title: null });
    await expect(refused).rejects.toBeInstanceOf(MutationRefusedError);
    await expect(refused).rejects.toThrow(/^This version cannot be restored: the history entry does not hold a complete record \(.+\)\. Nothing was changed\.$/);
    expect(await history.currentVersion(record.id)).toBe(record.version);
    expect(await db.auditEntry.count()).toBe(audits);
  });
});
