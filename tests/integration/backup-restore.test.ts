import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { seed } from '@/prisma/seed';
import { backupDatabase, backupEmbeddedCluster, restoreDatabase, restoreEmbeddedCluster, serverMajorVersion, toolMajorVersion, versionProblem } from '@/scripts/lib/backup';
import { resetPublicSchema } from '@/scripts/lib/database-url';
import { startEmbeddedPostgres } from '@/scripts/lib/embedded-postgres';
import { applyMigrations } from '@/scripts/lib/migrations';
import { runSeed } from '@/scripts/lib/seed';
import { resetDatabase } from '@/tests/helpers/database';
import { createExternalSource, createRelease, createVictim, DELETED, DRAFT, unique } from '@/tests/helpers/factories';

/**
 * `npm run db:backup` and `npm run db:restore` on a real PostgreSQL: a database holding every kind of
 * record — published and draft rows, deleted ones, translations, a photograph, history, users,
 * sign-in attempts, redirects, the search words the triggers keep — is dumped, wiped, restored, and
 * every table comes back identical, checked by a checksum of its rows. The embedded PostgreSQL, which
 * ships no pg_dump, is backed up as a copy of its stopped cluster: the same records, restored into an
 * embedded server, copied, wiped, put back, are identical again.
 */
const databaseUrl = process.env.DATABASE_URL!;
const folder = mkdtempSync(path.join(tmpdir(), 'memorial-backup-'));
// As root the embedded server runs as the postgres user, who must be able to enter its cluster's folder.
chmodSync(folder, 0o755);
let checksumsOnServer: Map<string, { rows: number; checksum: string }>;
const archive = path.join(folder, 'memorial.dump');
/**
 * pg_dump works only on a server of its own major version or older. CI's server is 15, as Debian's
 * pg_dump is; a run without a database is on the embedded PostgreSQL 18, which pg_dump 15 refuses
 * (and the embedded package ships no pg_dump): there the test checks that refusal and its advice.
 */
const dumpMajor = await toolMajorVersion('pg_dump');
const serverMajor = await serverMajorVersion(databaseUrl);
const dumpFits = versionProblem('pg_dump', dumpMajor, serverMajor) === null;

/** Every table of schema public (Prisma's migration records included) with its row count and checksum. */
async function tableChecksums(url = databaseUrl): Promise<Map<string, { rows: number; checksum: string }>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ tablename: string }>("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename");
    const checksums = new Map<string, { rows: number; checksum: string }>();
    for (const { tablename } of tables) {
      const quoted = `"public"."${tablename.replace(/"/g, '""')}"`;
      const { rows } = await client.query<{ rows: string; checksum: string | null }>(
        `SELECT count(*) AS rows, md5(string_agg(t::text, E'\\n' ORDER BY t::text)) AS checksum FROM ${quoted} AS t`,
      );
      checksums.set(tablename, { rows: Number(rows[0]!.rows), checksum: rows[0]!.checksum ?? '' });
    }
    return checksums;
  } finally {
    await client.end();
  }
}

/** Records of every kind the seed does not make: drafts, deleted rows, a photo, translations, history, redirects, sign-ins. */
async function addEveryOtherKind(): Promise<void> {
  const source = await createExternalSource();
  const draft = await createVictim(source.id, { ...DRAFT, nameLatin: 'Draft Person' });
  await createRelease({ ...DELETED(), title: 'A deleted release' });
  await db.victimPhoto.create({
    data: { victimId: draft.id, contentType: 'image/png', byteSize: 3, sha256: 'a'.repeat(64), data: Buffer.from([0, 1, 2]), altText: 'Photo', credit: 'Family' },
  });
  const event = await db.event.findFirstOrThrow({ select: { id: true } });
  const anniversary = await db.anniversary.findFirstOrThrow({ select: { id: true } });
  await db.anniversary.update({ where: { id: anniversary.id }, data: { events: { connect: { id: event.id } } } });
  await db.contentTranslation.create({ data: { recordKind: 'EVENT', recordId: event.id, field: 'title', locale: 'az', text: 'Tərcümə' } });
  const user = await db.user.findFirstOrThrow({ select: { id: true } });
  await db.auditEntry.create({ data: { userId: user.id, action: 'update', entityType: 'Victim', entityId: draft.id, before: { a: 1 }, after: { a: 2 } } });
  await db.slugRedirect.create({ data: { entityType: 'Victim', oldSlug: unique('old-address'), entityId: draft.id } });
  await db.loginAttempt.create({ data: { email: 'someone@example.org', ip: '192.0.2.1', succeeded: false } });
  // The accounts' server-side sessions and second-factor recovery codes (issue 13).
  await db.session.create({
    data: { id: 'b'.repeat(64), userId: user.id, expiresAt: new Date('2030-01-20T00:00:00Z'), userAgent: 'Test browser', ip: '192.0.2.1' },
  });
  await db.recoveryCode.create({ data: { userId: user.id, codeHash: 'c'.repeat(64) } });
  await db.victimCorrection.create({ data: { victimId: draft.id, note: 'The age corrected.', version: 2 } });
  // Visitors' carnations and remembrances (issue 14): a day's salt with a tally, a count, a message.
  await db.visitorDaySalt.create({
    data: { day: new Date('2027-01-20T00:00:00Z'), salt: Buffer.alloc(32, 1), tallies: { create: { scope: 'carnations', addressHash: Buffer.alloc(32, 2), count: 1 } } },
  });
  await db.carnationCount.create({ data: { subject: `victim:${draft.id}`, count: 3 } });
  await db.remembrance.create({ data: { victimId: draft.id, message: 'Remembered.' } });
  // Families' testimonies (issue 14): a testimony with a file and a message, its waiting e-mail, a refused form kept.
  const testimony = await db.testimony.create({
    data: { reference: 'T-BACK-UP00', locale: 'en', kind: 'ADDITION', victimId: draft.id, proposal: { occupation: 'Teacher' }, contactEmail: 'family@families.test', consentShare: true, consentContact: true },
  });
  await db.testimonyFile.create({
    data: { testimonyId: testimony.id, position: 1, kind: 'DOCUMENT', contentType: 'application/pdf', byteSize: 5, sha256: 'd'.repeat(64), data: Buffer.from('%PDF-') },
  });
  await db.testimonyMessage.create({ data: { testimonyId: testimony.id, party: 'CURATOR', body: 'Which school?', userId: user.id } });
  await db.outgoingMail.create({ data: { recipient: 'family@families.test', subject: 'Your testimony', text: 'Received.', testimonyId: testimony.id } });
  await db.testimonyRetry.create({ data: { id: 'r'.repeat(43), locale: 'en', values: { occupation: 'Teacher' }, problems: {}, expiresAt: new Date('2030-01-20T00:00:00Z') } });
}

afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

describe('database backup and restore', () => {
  beforeAll(async () => {
    await resetDatabase();
    await seed(db, { demoCurator: true });
    await addEveryOtherKind();
  });

  if (dumpFits) {
    it('restores every table of a wiped database exactly as it was backed up', async () => {
      const before = await tableChecksums();
      checksumsOnServer = before;
      // Every table holds rows, so a new kind of record cannot slip past this test unnoticed.
      const empty = [...before].filter(([, table]) => table.rows === 0).map(([name]) => name);
      expect(empty, 'tables the test fills no row of: add a record of that kind to addEveryOtherKind').toEqual([]);

      await backupDatabase(databaseUrl, archive);
      await db.$disconnect();
      await resetPublicSchema(databaseUrl);
      expect((await tableChecksums()).size).toBe(0);

      await restoreDatabase(databaseUrl, archive);
      const after = await tableChecksums();
      expect([...after.keys()]).toEqual([...before.keys()]);
      for (const [table, expected] of before) expect(after.get(table), table).toEqual(expected);
    });

    it('refuses to restore over a database that holds tables, unless asked to replace them', async () => {
      await expect(restoreDatabase(databaseUrl, archive)).rejects.toThrow(/already holds \d+ table\(s\)/);
      const before = await tableChecksums();
      await db.victim.deleteMany({ where: { nameLatin: 'Draft Person' } });
      await restoreDatabase(databaseUrl, archive, { replace: true });
      expect(await tableChecksums()).toEqual(before);
    });
  } else {
    it(`refuses to dump this PostgreSQL ${serverMajor} server with pg_dump ${dumpMajor}, and names the pg_dump to install`, async () => {
      await expect(backupDatabase(databaseUrl, archive)).rejects.toThrow(
        new RegExp(`pg_dump ${dumpMajor} cannot dump a PostgreSQL ${serverMajor} server.*postgresql-client-${serverMajor}`),
      );
    });
  }

  it('names the pg_dump to install when the one found is older than the server', () => {
    expect(versionProblem('pg_dump', 15, 16)).toMatch(/pg_dump 15 cannot dump a PostgreSQL 16 server.*postgresql-client-16/);
    expect(versionProblem('pg_dump', 15, 15)).toBeNull();
    expect(versionProblem('pg_dump', 17, 15)).toBeNull();
  });
});

describe('embedded database backup and restore (a copy of the stopped cluster)', () => {
  it('puts back a wiped cluster with every table as it was', async () => {
    const dataDir = path.join(folder, 'cluster');
    const copy = path.join(folder, 'cluster-copy');
    let server = await startEmbeddedPostgres({ dataDir });
    let filled: Map<string, { rows: number; checksum: string }>;
    try {
      if (dumpFits) {
        // The archive of the test above holds a row of every kind; an older pg_restore restores into PostgreSQL 18.
        await restoreDatabase(server.url, archive);
        expect(await tableChecksums(server.url)).toEqual(checksumsOnServer);
      } else {
        // No archive (this run's server is newer than pg_dump): the cluster holds the seeded record.
        await applyMigrations({ databaseUrl: server.url });
        await runSeed(server.url, { demoCurator: true });
      }
      filled = await tableChecksums(server.url);
      expect([...filled.values()].filter((table) => table.rows > 0).length).toBeGreaterThan(10);
    } finally {
      await server.stop();
    }
    backupEmbeddedCluster(dataDir, copy);

    server = await startEmbeddedPostgres({ dataDir });
    try {
      expect(() => backupEmbeddedCluster(dataDir, path.join(folder, 'copy-of-a-running-cluster'))).toThrow(/is running: stop it first/);
      await resetPublicSchema(server.url);
      expect((await tableChecksums(server.url)).size).toBe(0);
    } finally {
      await server.stop();
    }

    const keptAside = restoreEmbeddedCluster(copy, dataDir);
    expect(keptAside).toMatch(/cluster\.replaced-/);
    server = await startEmbeddedPostgres({ dataDir });
    try {
      expect(await tableChecksums(server.url)).toEqual(filled);
    } finally {
      await server.stop();
    }
  }, 180_000);
});

