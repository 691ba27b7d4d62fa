import 'server-only';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { createClient } from '@redis/client';
import pg from 'pg';
import { env } from '@/lib/env';

/** How long a dependency may take to answer before the instance counts as not ready. */
export const READINESS_TIMEOUT_MS = 2000;

export type CheckResult = { ok: true; ms: number } | { ok: false; ms: number; error: string };
export type Readiness = {
  ready: boolean;
  checks: { database: CheckResult; migrations: CheckResult & { pending?: string[] }; redis?: CheckResult };
};

/** A migration folder's name (Prisma's format: a 14-digit timestamp, then the name). */
const MIGRATION_FOLDER = /^\d{14}_[A-Za-z0-9_]+$/;

/** The migrations this build ships, read from prisma/migrations next to the build. */
export function shippedMigrations(root: string = process.cwd()): string[] {
  return readdirSync(path.join(root, 'prisma', 'migrations'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && MIGRATION_FOLDER.test(entry.name))
    .map((entry) => entry.name)
    .sort();
}

function withTimeout<T>(work: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${READINESS_TIMEOUT_MS} ms`)), READINESS_TIMEOUT_MS);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** A plain sentence for the JSON answer: never a connection string or a stack. */
function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/[a-z]+:\/\/[^\s]*/gi, '<url>').slice(0, 200);
}

/**
 * PostgreSQL and the migrations, through a connection of its own (not the app's pool), so that a pool
 * exhausted or stuck cannot make the probe hang, and the probe cannot take a connection readers need.
 */
async function checkDatabase(databaseUrl: string): Promise<{ database: CheckResult; migrations: Readiness['checks']['migrations'] }> {
  const started = Date.now();
  const client = new pg.Client({
    connectionString: databaseUrl,
    connectionTimeoutMillis: READINESS_TIMEOUT_MS,
    query_timeout: READINESS_TIMEOUT_MS,
    statement_timeout: READINESS_TIMEOUT_MS,
  });
  // An error event after the probe gave up (the server went away) must not crash the process.
  client.on('error', () => {});
  try {
    const applied = await withTimeout(
      (async () => {
        await client.connect();
        const result = await client.query<{ migration_name: string }>(
          'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
        );
        return new Set(result.rows.map((row) => row.migration_name));
      })(),
      'PostgreSQL',
    );
    const database: CheckResult = { ok: true, ms: Date.now() - started };
    const pending = shippedMigrations().filter((name) => !applied.has(name));
    const migrations = pending.length === 0 ? { ok: true as const, ms: 0 } : { ok: false as const, ms: 0, error: `${pending.length} migration(s) not applied`, pending };
    return { database, migrations };
  } catch (error) {
    const failed: CheckResult = { ok: false, ms: Date.now() - started, error: describe(error) };
    return { database: failed, migrations: { ok: false, ms: 0, error: 'unknown: PostgreSQL did not answer' } };
  } finally {
    void client.end().catch(() => {});
  }
}

async function checkRedis(url: string): Promise<CheckResult> {
  const started = Date.now();
  const client = createClient({ url, socket: { connectTimeout: READINESS_TIMEOUT_MS, reconnectStrategy: false } });
  client.on('error', () => {});
  try {
    await withTimeout(
      (async () => {
        await client.connect();
        await client.ping();
      })(),
      'Redis',
    );
    return { ok: true, ms: Date.now() - started };
  } catch (error) {
    return { ok: false, ms: Date.now() - started, error: describe(error) };
  } finally {
    if (client.isOpen) client.destroy();
  }
}

/**
 * Whether this instance can serve: PostgreSQL answers, every shipped migration is applied, and Redis
 * answers when configured. The targets default to this instance's configuration (tests pass others).
 */
export async function checkReadiness(
  targets: { databaseUrl: string; redisUrl?: string } = { databaseUrl: env.DATABASE_URL, redisUrl: env.REDIS_URL },
): Promise<Readiness> {
  const [{ database, migrations }, redis] = await Promise.all([
    checkDatabase(targets.databaseUrl),
    targets.redisUrl ? checkRedis(targets.redisUrl) : Promise.resolve(undefined),
  ]);
  const checks: Readiness['checks'] = redis ? { database, migrations, redis } : { database, migrations };
  return { ready: database.ok && migrations.ok && (redis?.ok ?? true), checks };
}
