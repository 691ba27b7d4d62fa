import path from 'node:path';
import pg from 'pg';
import { backfillVictimSearchKeys } from '../../lib/victims/search/search-key-backfill';
import { applyMigrations } from './migrations';

/**
 * What a production start does to the database before it serves (called from instrumentation.ts,
 * inside Next's bundle, so `npm start` needs no tsx): applies the pending migrations under their
 * advisory lock — instances starting together wait for each other, and the second finds nothing to
 * do — and gives victims written before the name search key existed theirs. Never seeds: seeding is
 * a deployment step (`npm run db:seed`).
 */
export async function migrateAtStart(databaseUrl: string, log: (message: string) => void): Promise<void> {
  const migrationsDir = path.join(process.cwd(), 'prisma', 'migrations');
  const { applied, alreadyApplied } = await applyMigrations({ databaseUrl, migrationsDir, log });
  log(applied.length > 0 ? `Applied ${applied.length} migration(s) at start.` : `Migrations are up to date (${alreadyApplied.length}).`);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const keys = await backfillVictimSearchKeys(async (sql, parameters) => (await client.query(sql, parameters)).rows);
    if (keys > 0) log(`Computed the name search key of ${keys} victim(s).`);
  } finally {
    await client.end();
  }
}
