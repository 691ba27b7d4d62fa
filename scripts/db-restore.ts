/**
 * npm run db:restore -- <file> [--replace] — restores a pg_dump archive into DATABASE_URL in one
 * transaction. The target must be empty unless --replace is given (then what the archive holds is
 * dropped and replaced). Stop the app (or point it elsewhere) first. Without DATABASE_URL the argument is
 * a copy of the embedded cluster (npm run db:backup), put back in place of .data/postgres while the
 * embedded server is stopped; the cluster it replaces is kept beside it. See README, "Backups".
 */
import { loadEnvFiles, redactUrl } from './lib/database-url';
import { restoreDatabase, restoreEmbeddedCluster } from './lib/backup';
import { EMBEDDED_DATA_DIR } from './lib/paths';

async function main(): Promise<void> {
  loadEnvFiles();
  const args = process.argv.slice(2);
  const replace = args.includes('--replace');
  const files = args.filter((arg) => arg !== '--replace');
  const databaseUrl = process.env.DATABASE_URL?.trim();
  if (files.length !== 1) {
    throw new Error('Usage: DATABASE_URL=postgresql://… npm run db:restore -- <backup file> [--replace], or without DATABASE_URL: npm run db:restore -- <copy of the embedded cluster>');
  }
  if (!databaseUrl) {
    const keptAside = restoreEmbeddedCluster(files[0]!, EMBEDDED_DATA_DIR);
    console.log(`Restored the embedded cluster from ${files[0]}.${keptAside ? ` The cluster it replaced is in ${keptAside}.` : ''}`);
    return;
  }
  console.log(`Restoring ${files[0]} into ${redactUrl(databaseUrl)}${replace ? ' (replacing what it holds)' : ''}`);
  await restoreDatabase(databaseUrl, files[0]!, { replace });
  console.log('Restored. Start the app: it applies any migrations newer than the backup.');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
