/**
 * npm run db:reset [-- --force]
 *
 * Empties the database (drops and recreates schema public), applies every migration and seeds it.
 * Without DATABASE_URL this is the embedded database in .data/postgres, seeded with the demo curator.
 * A DATABASE_URL on another machine than this one needs --force, because everything in it is lost.
 */
import { loadEnvFiles, openDatabase, redactUrl, resetPublicSchema } from './lib/database-url';
import { applyMigrations } from './lib/migrations';
import { runSeed } from './lib/seed';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

async function main(): Promise<void> {
  loadEnvFiles();
  const force = process.argv.includes('--force');
  const database = await openDatabase();
  try {
    const where = database.embedded ? 'the embedded database (.data/postgres)' : redactUrl(database.url);
    if (!database.embedded && !LOCAL_HOSTS.has(new URL(database.url).hostname) && !force) {
      throw new Error(`Refusing to reset ${where}: it is not on this machine. Run again with --force if you mean it.`);
    }
    console.log(`Resetting ${where}`);
    await resetPublicSchema(database.url);
    const { applied } = await applyMigrations({ databaseUrl: database.url, log: console.log });
    console.log(`Applied ${applied.length} migration(s).`);
    const outcome = await runSeed(database.url, { demoCurator: database.embedded });
    console.log(`Seeded${outcome.summary ? `: ${outcome.summary}` : ''}.`);
    if (outcome.demoLogins) console.log(`Demo logins: ${outcome.demoLogins}`);
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
