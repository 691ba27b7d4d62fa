import { existsSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from './embedded-postgres';
import { EMBEDDED_DATA_DIR, PROJECT_ROOT } from './paths';

/**
 * Reads `.env.local` and `.env` as Next does for the app, so DATABASE_URL kept there reaches the
 * database scripts too. Variables already in the environment win, then `.env.local`, then `.env`.
 */
export function loadEnvFiles(): void {
  for (const name of ['.env.local', '.env']) {
    const file = path.join(PROJECT_ROOT, name);
    if (existsSync(file)) process.loadEnvFile(file);
  }
}

/** A database the scripts can use, and how to let go of it. */
export type DatabaseHandle = {
  url: string;
  /** True when the database is the embedded PostgreSQL started by this process. */
  embedded: boolean;
  /** Stops the embedded server, if one was started; a no-op for a server given by URL. */
  stop(): Promise<void>;
};

/**
 * The database named by DATABASE_URL, or else the embedded PostgreSQL with its cluster in
 * `.data/postgres` (or a throwaway cluster when `dataDir` is null), so that a newcomer needs no database of their own.
 */
export async function openDatabase(options: { dataDir?: string | null } = {}): Promise<DatabaseHandle> {
  const fromEnvironment = process.env.DATABASE_URL?.trim();
  if (fromEnvironment) return { url: fromEnvironment, embedded: false, stop: async () => {} };
  const dataDir = options.dataDir === undefined ? EMBEDDED_DATA_DIR : options.dataDir;
  const server = await startEmbeddedPostgres({ dataDir });
  return { url: server.url, embedded: true, stop: server.stop };
}

/** The URL with its password replaced, for log lines. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '<unparseable database URL>';
  }
}

/** The same server and credentials, another database. */
export function withDatabaseName(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

/** The database name a URL points at (`postgres` when the URL names none, as libpq does with the user). */
export function databaseNameOf(url: string): string {
  const parsed = new URL(url);
  const name = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  return name || decodeURIComponent(parsed.username) || 'postgres';
}

function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/**
 * Creates a new, empty database on the server `serverUrl` points at (connecting through that URL's
 * database as the maintenance database) and returns its URL and a function that drops it again.
 */
export async function createScratchDatabase(
  serverUrl: string,
  prefix: string,
): Promise<{ url: string; name: string; drop(): Promise<void> }> {
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  const name = `${prefix}_${stamp}_${process.pid}`.toLowerCase();
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${quoteIdentifier(name)}`);
  } finally {
    await admin.end();
  }
  return {
    url: withDatabaseName(serverUrl, name),
    name,
    async drop() {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      try {
        // WITH (FORCE) ends connections a crashed test or server may have left open (PostgreSQL 13+).
        await client.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

/**
 * Empties a database the way `prisma migrate reset` does: drops the public schema with everything in
 * it (tables, enum types, extensions) and recreates it, so that migrations start from nothing.
 */
export async function resetPublicSchema(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('DROP SCHEMA IF EXISTS public CASCADE');
    await client.query('CREATE SCHEMA public');
  } finally {
    await client.end();
  }
}
