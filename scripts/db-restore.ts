/**
 * npm run db:restore -- <file> [--replace] — restores a pg_dump archive into DATABASE_URL in one
 * transaction. The target must be empty unless --replace is given (then what the archive holds is
 * dropped and replaced). Stop the app (or point it elsewhere) first. See README, "Backups".
 */
import { loadEnvFiles, redactUrl } from './lib/database-url';
import { restoreDatabase } from './lib/backup';

async function main(): Promise<void> {
  loadEnvFiles();
  const args = process.argv.slice(2);
  const replace = args.includes('--replace');
  const files = args.filter((arg) => arg !== '--replace');
  const databaseUrl = process.env.DATABASE_URL?.trim();
  if (files.length !== 1 || !databaseUrl) {
    throw new Error('Usage: DATABASE_URL=postgresql://… npm run db:restore -- <backup file> [--replace]');
  }
  console.log(`Restoring ${files[0]} into ${redactUrl(databaseUrl)}${replace ? ' (replacing what it holds)' : ''}`);
  await restoreDatabase(databaseUrl, files[0]!, { replace });
  console.log('Restored. Start the app: it applies any migrations newer than the backup.');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
