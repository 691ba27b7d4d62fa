/**
 * npm run db:backup [-- <file>] — writes a pg_dump archive (custom format) of DATABASE_URL, by default
 * to backups/memorial-<database>-<UTC time>.dump. Needs the pg_dump of the server's major version
 * or newer, and says what to install when the one found is older. Without DATABASE_URL it copies the
 * stopped embedded cluster (.data/postgres) to backups/embedded-<UTC time>/ instead: the embedded
 * server ships no pg_dump. See README, "Backups".
 */
import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { backupDatabase, backupEmbeddedCluster } from './lib/backup';
import { databaseNameOf, loadEnvFiles, redactUrl } from './lib/database-url';
import { EMBEDDED_DATA_DIR, PROJECT_ROOT } from './lib/paths';

async function main(): Promise<void> {
  loadEnvFiles();
  const databaseUrl = process.env.DATABASE_URL?.trim();
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  if (!databaseUrl) {
    const target = path.resolve(process.argv[2] ?? path.join(PROJECT_ROOT, 'backups', `embedded-${stamp}`));
    mkdirSync(path.dirname(target), { recursive: true });
    console.log(`DATABASE_URL is not set: copying the embedded cluster ${EMBEDDED_DATA_DIR} (stopped) to ${target}`);
    backupEmbeddedCluster(EMBEDDED_DATA_DIR, target);
    console.log('Done. Restore it with `npm run db:restore -- <folder>` while the embedded server is stopped.');
    return;
  }
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
