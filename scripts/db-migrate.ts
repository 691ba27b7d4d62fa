/**
 * npm run db:migrate — applies prisma/migrations to DATABASE_URL, recording them in _prisma_migrations
 * as `prisma migrate deploy` does. Without DATABASE_URL it migrates the embedded database in .data/postgres.
 */
import { applyMigrations } from './lib/migrations';
import pg from 'pg';
import { backfillVictimSearchKeys } from '../lib/victims/search/search-key-backfill';
import { loadEnvFiles, openDatabase, redactUrl } from './lib/database-url';

/** Rows written before the name search key existed get it (see lib/victims/search/search-key-backfill.ts). */
async function backfillSearchKeys(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await backfillVictimSearchKeys(async (sql, parameters) => (await client.query(sql, parameters)).rows);
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  loadEnvFiles();
  const database = await openDatabase();
  try {
    console.log(`Migrating ${database.embedded ? 'the embedded database (.data/postgres)' : redactUrl(database.url)}`);
    const { applied, alreadyApplied } = await applyMigrations({ databaseUrl: database.url, log: console.log });
    console.log(
      applied.length > 0
        ? `Applied ${applied.length} migration(s); ${alreadyApplied.length} were already applied.`
        : `Database is up to date (${alreadyApplied.length} migration(s) applied).`,
    );
    const keys = await backfillSearchKeys(database.url);
    if (keys > 0) console.log(`Computed the name search key of ${keys} victim(s).`);
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
