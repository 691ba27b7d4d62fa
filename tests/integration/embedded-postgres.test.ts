import { PrismaPg } from '@prisma/adapter-pg';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '@/scripts/lib/embedded-postgres';
import { applyMigrations, listMigrations } from '@/scripts/lib/migrations';

/**
 * The embedded default database is a real PostgreSQL server. Whatever server this suite otherwise
 * runs on (CI's PostgreSQL 15, or the embedded one), this file starts a throwaway embedded server of
 * its own, so the migrations are proven on it and on CI's server in every run, and hammers it the way
 * a build's workers and the end-to-end server do: many connections, many pools, statements of
 * different shapes interleaved. Every answer must belong to its own query — the embedded PGlite it
 * replaces handed one connection's Bind to another's Parse under exactly this load.
 */
let server: EmbeddedPostgres;
const pools: pg.Pool[] = [];
const clients: PrismaClient[] = [];

beforeAll(async () => {
  server = await startEmbeddedPostgres({ dataDir: null });
  await applyMigrations({ databaseUrl: server.url });
}, 120_000);

afterAll(async () => {
  await Promise.all(clients.map((client) => client.$disconnect()));
  await Promise.all(pools.map((pool) => pool.end()));
  await server?.stop();
});

function newPool(max: number): pg.Pool {
  const pool = new pg.Pool({ connectionString: server.url, max });
  // pool.end() resolves before its sockets have closed; the server's shutdown then tells the last
  // ones it is terminating them, which is expected at teardown and not a failure of any query.
  pool.on('error', () => {});
  pools.push(pool);
  return pool;
}

/** A Prisma client on a pool of ours, so that afterAll ends every connection before the server stops. */
function newPrisma(max: number): PrismaClient {
  const client = new PrismaClient({ adapter: new PrismaPg(newPool(max), { disposeExternalPool: false }) });
  clients.push(client);
  return client;
}

describe('the embedded PostgreSQL', () => {
  it('is a real PostgreSQL 18 server with a UTF-8 cluster', async () => {
    const pool = newPool(1);
    const { rows } = await pool.query<{ version: string; encoding: string }>(
      `SELECT current_setting('server_version_num')::int / 10000 AS version, pg_encoding_to_char(encoding) AS encoding
       FROM pg_database WHERE datname = current_database()`,
    );
    expect(Number(rows[0]!.version)).toBe(18);
    expect(rows[0]!.encoding).toBe('UTF8');
    const { rows: text } = await pool.query<{ name: string }>('SELECT $1::text AS name', ['Fərizə Çoban qızı — Фариза']);
    expect(text[0]!.name).toBe('Fərizə Çoban qızı — Фариза');
  });

  it('takes every migration as prisma migrate deploy would, with the search extensions', async () => {
    const pool = newPool(1);
    const { rows } = await pool.query<{ migration_name: string; finished_at: Date | null }>(
      'SELECT migration_name, finished_at FROM _prisma_migrations ORDER BY migration_name',
    );
    expect(rows.map((row) => row.migration_name)).toEqual(listMigrations().map((migration) => migration.name));
    expect(rows.every((row) => row.finished_at instanceof Date)).toBe(true);
    const { rows: extensions } = await pool.query<{ extname: string }>('SELECT extname FROM pg_extension');
    expect(extensions.map((row) => row.extname)).toEqual(expect.arrayContaining(['pg_trgm', 'unaccent']));
  });

  it('gives every query its own answer under concurrent load from many connections and pools', async () => {
    // As `next build` (several workers, each with its own pool) and `next start` do at once.
    const rawPools = [newPool(8), newPool(8), newPool(4)];
    const prismas = [newPrisma(6), newPrisma(6)];
    await prismas[0]!.victim.createMany({
      data: Array.from({ length: 40 }, (_, index) => ({ slug: `hammer-${index}`, nameLatin: `Hammer Person ${index}` })),
    });

    type Check = () => Promise<void>;
    const shapes: ((i: number) => Check)[] = [
      // Two parameters, one row.
      (i) => async () => {
        const { rows } = await rawPools[i % 3]!.query('SELECT $1::int AS id, $2::text AS label', [i, `label-${i}`]);
        expect(rows).toEqual([{ id: i, label: `label-${i}` }]);
      },
      // Three parameters, many rows of another type.
      (i) => async () => {
        const count = (i % 7) + 1;
        const { rows } = await rawPools[(i + 1) % 3]!.query(
          'SELECT $1::int AS id, n, $3::text AS tag FROM generate_series(1, $2::int) AS n',
          [i, count, `t${i}`],
        );
        expect(rows).toEqual(Array.from({ length: count }, (_, index) => ({ id: i, n: index + 1, tag: `t${i}` })));
      },
      // Four parameters and an error in between on the same connection.
      (i) => async () => {
        const pool = rawPools[(i + 2) % 3]!;
        if (i % 5 === 0) await expect(pool.query('SELECT 1 / $1::int AS boom', [0])).rejects.toThrow(/division by zero/);
        const { rows } = await pool.query('SELECT $1::int AS id, $2::text || $3::text AS joined, $4::int * 2 AS doubled', [i, 'a', `${i}`, i]);
        expect(rows).toEqual([{ id: i, joined: `a${i}`, doubled: i * 2 }]);
      },
      // Prisma model reads with different numbers of parameters.
      (i) => async () => {
        const slug = `hammer-${i % 40}`;
        const found = await prismas[i % 2]!.victim.findFirst({ where: { slug }, select: { slug: true, nameLatin: true } });
        expect(found).toEqual({ slug, nameLatin: `Hammer Person ${i % 40}` });
      },
      (i) => async () => {
        const below = i % 40;
        const count = await prismas[(i + 1) % 2]!.victim.count({ where: { slug: { in: Array.from({ length: below }, (_, index) => `hammer-${index}`) } } });
        expect(count).toBe(below);
      },
      // A raw Prisma query and an interactive transaction.
      (i) => async () => {
        const rows = await prismas[i % 2]!.$queryRaw<{ id: number; text: string }[]>`SELECT ${i}::int AS id, repeat('x', ${i % 50}::int) AS text`;
        expect(rows).toEqual([{ id: i, text: 'x'.repeat(i % 50) }]);
      },
      (i) => async () => {
        const result = await prismas[(i + 1) % 2]!.$transaction(async (tx) => {
          const first = await tx.$queryRaw<{ id: number }[]>`SELECT ${i}::int AS id`;
          const second = await tx.victim.findFirst({ where: { slug: `hammer-${(i + 3) % 40}` }, select: { slug: true } });
          return { id: first[0]!.id, slug: second?.slug };
          // 1 400 operations queue for a few pooled connections: waiting for one is expected here.
        }, { maxWait: 60_000, timeout: 60_000 });
        expect(result).toEqual({ id: i, slug: `hammer-${(i + 3) % 40}` });
      },
    ];

    const checks = Array.from({ length: 1400 }, (_, i) => shapes[i % shapes.length]!(i));
    const outcomes = await Promise.allSettled(checks.map((check) => check()));
    const failures = outcomes.filter((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
    expect(failures.map((failure) => String(failure.reason)).slice(0, 5)).toEqual([]);
  }, 120_000);

  it('refuses a second server on a cluster that is in use, naming the process that holds it', async () => {
    const parent = mkdtempSync(path.join(tmpdir(), 'memorial-cluster-'));
    // As a project folder is: others may enter it (the server runs as "postgres" when we are root).
    chmodSync(parent, 0o755);
    const dataDir = path.join(parent, 'postgres');
    const first = await startEmbeddedPostgres({ dataDir });
    try {
      await expect(startEmbeddedPostgres({ dataDir })).rejects.toThrow(new RegExp(`in use by process ${process.pid}`));
      // The first server is untouched by the refused start.
      const client = new pg.Client({ connectionString: first.url });
      await client.connect();
      const { rows } = await client.query<{ answer: number }>('SELECT 41 + 1 AS answer');
      await client.end();
      expect(rows).toEqual([{ answer: 42 }]);
    } finally {
      await first.stop();
      rmSync(path.dirname(dataDir), { recursive: true, force: true });
    }
  }, 60_000);

  it('says what to do when the server cannot start', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'memorial-broken-'));
    try {
      // A cluster of a PostgreSQL version these binaries cannot read.
      writeFileSync(path.join(dataDir, 'PG_VERSION'), '9\n');
      await expect(startEmbeddedPostgres({ dataDir, startTimeoutMs: 10_000 })).rejects.toThrow(
        /The embedded PostgreSQL could not start[\s\S]*set DATABASE_URL/,
      );
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});
