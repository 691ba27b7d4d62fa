import { beforeEach, describe, expect, it } from 'vitest';
import { listMigrations } from '@/scripts/lib/migrations';
import { db, resetDatabase } from '@/tests/helpers/database';

beforeEach(async () => {
  await resetDatabase();
});

describe('migrations', () => {
  it('records every migration folder in _prisma_migrations as prisma migrate deploy does', async () => {
    const records = await db.$queryRaw<
      { migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null; applied_steps_count: number }[]
    >`SELECT migration_name, checksum, finished_at, rolled_back_at, applied_steps_count FROM _prisma_migrations ORDER BY migration_name`;

    const folders = listMigrations();
    expect(folders.length).toBeGreaterThan(0);
    expect(records.map((record) => record.migration_name)).toEqual(folders.map((folder) => folder.name));
    for (const [index, record] of records.entries()) {
      expect(record.checksum).toBe(folders[index]!.checksum);
      expect(record.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(record.finished_at).toBeInstanceOf(Date);
      expect(record.rolled_back_at).toBeNull();
      expect(record.applied_steps_count).toBe(1);
    }
  });

  it('installs the search extensions', async () => {
    const extensions = await db.$queryRaw<{ extname: string }[]>`SELECT extname FROM pg_extension ORDER BY extname`;
    expect(extensions.map((extension) => extension.extname)).toEqual(expect.arrayContaining(['pg_trgm', 'unaccent']));
  });
});

describe('Citation_exactly_one_target', () => {
  async function createTargets() {
    const source = await db.source.create({ data: { key: 'test-source', kind: 'EXTERNAL', title: 'A source' } });
    const event = await db.event.create({ data: { slug: 'test-event', title: 'An event', date: new Date('1990-01-20') } });
    const victim = await db.victim.create({ data: { slug: 'test-victim', nameLatin: 'Test Victim' } });
    return { source, event, victim };
  }

  it('rejects a citation that supports neither an event nor a victim', async () => {
    const { source } = await createTargets();
    await expect(db.citation.create({ data: { sourceId: source.id, quote: 'no target' } })).rejects.toThrow(
      /Citation_exactly_one_target/,
    );
  });

  it('rejects a citation that supports both an event and a victim', async () => {
    const { source, event, victim } = await createTargets();
    await expect(
      db.citation.create({ data: { sourceId: source.id, eventId: event.id, victimId: victim.id } }),
    ).rejects.toThrow(/Citation_exactly_one_target/);
  });

  it('accepts a citation with exactly one target', async () => {
    const { source, event, victim } = await createTargets();
    await db.citation.create({ data: { sourceId: source.id, eventId: event.id } });
    await db.citation.create({ data: { sourceId: source.id, victimId: victim.id } });
    expect(await db.citation.count()).toBe(2);
  });
});
