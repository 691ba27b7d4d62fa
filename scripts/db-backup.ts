/**
 * npm run db:backup [-- <file>] — writes a pg_dump archive (custom format) of DATABASE_URL, by default
 * to backups/memorial-<database>-<UTC time>.dump. Needs the pg_dump of the server's major version
 * or newer, and says what to install when the one found is older. See README, "Backups".
 */
import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { backupDatabase } from './lib/backup';
import { databaseNameOf, loadEnvFiles, redactUrl } from './lib/database-url';
import { PROJECT_ROOT } from './lib/paths';

async function main(): Promise<void> {
  loadEnvFiles();
  const databaseUrl = process.env.DATABASE_URL?.trim();
  if (!databaseUrl) {
    throw new Error('DATABASE_URL is not set: it names the database to back up. (The embedded database is backed up by copying its data folder while it is stopped; see README.)');
  }
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  const file = path.resolve(process.argv[2] ?? path.join(PROJECT_ROOT, 'backups', `memorial-${databaseNameOf(databaseUrl)}-${stamp}.dump`));
  mkdirSync(path.dirname(file), { recursive: true });
  console.log(`Backing up ${redactUrl(databaseUrl)} to ${file}`);
  await backupDatabase(databaseUrl, file);
  console.log(`Done: ${(statSync(file).size / 1024).toFixed(0)} KiB. Rehearse its restore into a scratch database (README, "Backups").`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
