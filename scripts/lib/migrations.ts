import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { PROJECT_ROOT } from './paths';

/**
 * A migration runner that writes the same records as `prisma migrate deploy`, with plain pg.
 * The native schema engine cannot be downloaded on every machine we use; the migration folders stay in
 * Prisma's standard format, so `prisma migrate deploy` keeps working wherever that engine exists.
 */

export const MIGRATIONS_DIR = path.join(PROJECT_ROOT, 'prisma', 'migrations');

/** Prisma's own DDL for its bookkeeping table on PostgreSQL (schema-engine's postgres flavour). */
const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS _prisma_migrations (
    id                      VARCHAR(36) PRIMARY KEY NOT NULL,
    checksum                VARCHAR(64) NOT NULL,
    finished_at             TIMESTAMPTZ,
    migration_name          VARCHAR(255) NOT NULL,
    logs                    TEXT,
    rolled_back_at          TIMESTAMPTZ,
    started_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    applied_steps_count     INTEGER NOT NULL DEFAULT 0
)`;

/** The advisory lock key Prisma takes while migrating, so our runner and Prisma's exclude each other. */
const PRISMA_ADVISORY_LOCK_KEY = 72707369;

export type MigrationFile = {
  /** The folder name, e.g. `20261121120000_init`; also the `migration_name` recorded. */
  name: string;
  /** Absolute path of `migration.sql`. */
  file: string;
  sql: string;
  checksum: string;
};

export type ApplyMigrationsResult = {
  applied: string[];
  alreadyApplied: string[];
};

/** The checksum Prisma records: SHA-256 of the script, as 64 lowercase hex digits. */
export function migrationChecksum(sql: string): string {
  return createHash('sha256').update(sql, 'utf8').digest('hex');
}

/**
 * Whether a script still matches a recorded checksum, with Prisma's tolerance: line endings may have
 * been converted by git, and very old Prisma versions recorded hex digits without zero padding.
 */
export function scriptMatchesChecksum(sql: string, checksum: string): boolean {
  const variants = [sql, sql.replace(/\r\n/g, '\n'), sql.replace(/\n/g, '\r\n')];
  return variants.some((variant) => {
    const digest = createHash('sha256').update(variant, 'utf8').digest();
    if (checksum.length !== 64) {
      return [...digest].map((byte) => byte.toString(16)).join('') === checksum;
    }
    return digest.toString('hex') === checksum;
  });
}

/** Reads `migration_lock.toml` and refuses a migrations folder written for another database. */
export function checkMigrationLock(migrationsDir: string = MIGRATIONS_DIR): void {
  const lockPath = path.join(migrationsDir, 'migration_lock.toml');
  if (!existsSync(lockPath)) return;
  const provider = /^\s*provider\s*=\s*"([^"]*)"/m.exec(readFileSync(lockPath, 'utf8'))?.[1];
  if (provider && provider !== 'postgresql') {
    throw new Error(`${lockPath} says provider = "${provider}", but this project migrates PostgreSQL.`);
  }
}

/** The migration folders in the order Prisma applies them: sorted by folder name. */
export function listMigrations(migrationsDir: string = MIGRATIONS_DIR): MigrationFile[] {
  if (!existsSync(migrationsDir)) return [];
  return readdirSync(migrationsDir)
    .filter((entry) => statSync(path.join(migrationsDir, entry)).isDirectory())
    .sort()
    .map((name) => {
      const file = path.join(migrationsDir, name, 'migration.sql');
      if (!existsSync(file)) throw new Error(`Migration folder ${name} has no migration.sql`);
      const sql = readFileSync(file, 'utf8');
      return { name, file, sql, checksum: migrationChecksum(sql) };
    });
}

type MigrationRecord = {
  id: string;
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  started_at: Date;
  logs: string | null;
};

function describeError(error: unknown): string {
  if (error instanceof Error) {
    const details = error as Error & { position?: string; detail?: string; hint?: string };
    return [
      error.message,
      details.detail && `Detail: ${details.detail}`,
      details.hint && `Hint: ${details.hint}`,
      details.position && `Position: ${details.position}`,
    ]
      .filter(Boolean)
      .join('\n');
  }
  return String(error);
}

/**
 * Applies every migration not yet recorded in `_prisma_migrations`, in folder order, each in its own
 * transaction together with its record, so a failed migration leaves neither changes nor a half-written
 * record behind. Refuses to run when an applied migration's file has changed since, or when Prisma left
 * a failed migration unresolved. Idempotent: a second run applies nothing.
 */
export async function applyMigrations(options: {
  databaseUrl: string;
  migrationsDir?: string;
  log?: (message: string) => void;
}): Promise<ApplyMigrationsResult> {
  const { databaseUrl, migrationsDir = MIGRATIONS_DIR, log = () => {} } = options;
  checkMigrationLock(migrationsDir);
  const migrations = listMigrations(migrationsDir);

  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [PRISMA_ADVISORY_LOCK_KEY]);
    try {
      await client.query(CREATE_MIGRATIONS_TABLE);
      const { rows: records } = await client.query<MigrationRecord>(
        'SELECT id, migration_name, checksum, finished_at, rolled_back_at, started_at, logs FROM _prisma_migrations ORDER BY started_at',
      );

      const failed = records.filter((record) => record.finished_at === null && record.rolled_back_at === null);
      if (failed.length > 0) {
        const names = failed.map((record) => `  - ${record.migration_name}${record.logs ? `: ${record.logs.trim()}` : ''}`);
        throw new Error(
          `These migrations failed earlier and were never resolved:\n${names.join('\n')}\n` +
            'Fix the database by hand, then mark them with `prisma migrate resolve`, or reset the database (npm run db:reset).',
        );
      }

      const applied = new Map<string, MigrationRecord>();
      for (const record of records) if (record.rolled_back_at === null) applied.set(record.migration_name, record);

      const changed = migrations.filter((migration) => {
        const record = applied.get(migration.name);
        return record !== undefined && !scriptMatchesChecksum(migration.sql, record.checksum);
      });
      if (changed.length > 0) {
        throw new Error(
          `These migrations were edited after they were applied to this database:\n` +
            changed.map((migration) => `  - ${migration.name}`).join('\n') +
            '\nA migration is never changed once applied: restore the file and add a new migration ' +
            '(npm run db:migration:new -- <name>), or reset a development database (npm run db:reset).',
        );
      }

      const result: ApplyMigrationsResult = { applied: [], alreadyApplied: [] };
      for (const migration of migrations) {
        if (applied.has(migration.name)) {
          result.alreadyApplied.push(migration.name);
          continue;
        }
        log(`Applying migration ${migration.name}`);
        const id = randomUUID();
        try {
          await client.query('BEGIN');
          await client.query(
            'INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at) VALUES ($1, $2, $3, now())',
            [id, migration.checksum, migration.name],
          );
          // Without parameters pg uses the simple query protocol, which accepts a multi-statement script.
          await client.query(migration.sql);
          await client.query(
            'UPDATE _prisma_migrations SET applied_steps_count = applied_steps_count + 1, finished_at = clock_timestamp() WHERE id = $1',
            [id],
          );
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK').catch(() => {});
          throw new Error(`Migration ${migration.name} failed and was rolled back:\n${describeError(error)}`, {
            cause: error,
          });
        }
        result.applied.push(migration.name);
      }
      return result;
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [PRISMA_ADVISORY_LOCK_KEY]).catch(() => {});
    }
  } finally {
    await client.end();
  }
}
