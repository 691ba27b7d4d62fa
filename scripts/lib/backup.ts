import { execFile } from 'node:child_process';
import { chownSync, cpSync, existsSync, lstatSync, readdirSync, renameSync, statSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

/**
 * Backups of a server database as pg_dump archives in the custom format, and their restore with
 * pg_restore. pg_dump can dump only servers of its own major version or older: Debian 12's
 * postgresql-client is 15, which dumps CI's PostgreSQL 15 but not docker-compose's 16 or the
 * embedded 18. The binaries are taken from PG_BIN_DIR when it is set, else from PATH.
 */
export type ClientTool = 'pg_dump' | 'pg_restore';

export function toolPath(tool: ClientTool): string {
  const directory = process.env.PG_BIN_DIR?.trim();
  return directory ? path.join(directory, tool) : tool;
}

/** The major version of a client tool (`pg_dump (PostgreSQL) 15.20 …` → 15). */
export async function toolMajorVersion(tool: ClientTool): Promise<number> {
  let output: string;
  try {
    output = (await run(toolPath(tool), ['--version'])).stdout;
  } catch (error) {
    throw new Error(
      `${tool} was not found (${toolPath(tool)}). Install the PostgreSQL client tools of your server's major version ` +
        `(Debian: apt-get install postgresql-client), or set PG_BIN_DIR to the folder that holds them.`,
      { cause: error },
    );
  }
  const major = /\(PostgreSQL\)\s+(\d+)/.exec(output)?.[1];
  if (!major) throw new Error(`Could not read the version of ${tool} from "${output.trim()}".`);
  return Number(major);
}

/** The server's major version (server_version_num 150010 → 15). */
export async function serverMajorVersion(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ server_version_num: string }>('SHOW server_version_num');
    return Math.floor(Number(rows[0]!.server_version_num) / 10_000);
  } finally {
    await client.end();
  }
}

/**
 * Why a tool of this major version cannot work on that server, or null when it can: pg_dump refuses
 * a newer server outright ("aborting because of server version mismatch"); this says what to install.
 */
export function versionProblem(tool: ClientTool, toolMajor: number, serverMajor: number): string | null {
  if (toolMajor >= serverMajor) return null;
  return (
    `${tool} ${toolMajor} cannot ${tool === 'pg_dump' ? 'dump' : 'restore into'} a PostgreSQL ${serverMajor} server: it needs ${tool} ${serverMajor} or newer. ` +
    `Install postgresql-client-${serverMajor} (on Debian from apt.postgresql.org) and set PG_BIN_DIR=/usr/lib/postgresql/${serverMajor}/bin, ` +
    'or run the backup on the database server itself.'
  );
}

async function assertToolFits(tool: ClientTool, databaseUrl: string): Promise<void> {
  const problem = versionProblem(tool, await toolMajorVersion(tool), await serverMajorVersion(databaseUrl));
  if (problem) throw new Error(problem);
}

/**
 * Writes a custom-format archive of the whole database (schema, data, migrations' records, photos)
 * to `file`. The archive holds no ownership or grants, so it restores under any role.
 */
export async function backupDatabase(databaseUrl: string, file: string): Promise<void> {
  await assertToolFits('pg_dump', databaseUrl);
  await run(toolPath('pg_dump'), ['--format=custom', '--no-owner', '--no-privileges', `--file=${file}`, `--dbname=${databaseUrl}`], {
    maxBuffer: 16 * 1024 * 1024,
  });
}

/** The number of tables in schema public: a restore goes into an empty database unless told to replace. */
async function countTables(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ count: string }>("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'");
    return Number(rows[0]!.count);
  } finally {
    await client.end();
  }
}

/**
 * Restores an archive into `databaseUrl` in one transaction: all of it or nothing. Into a database
 * that already holds tables only with `replace` (the archive's objects are dropped first).
 */
export async function restoreDatabase(databaseUrl: string, file: string, options: { replace?: boolean } = {}): Promise<void> {
  if (!existsSync(file)) throw new Error(`There is no backup at ${file}.`);
  // An older pg_restore restores into a newer server; what it cannot read is an archive written by a
  // newer pg_dump, which the error below names.
  await toolMajorVersion('pg_restore');
  const tables = await countTables(databaseUrl);
  if (tables > 0 && !options.replace) {
    throw new Error(
      `The target database already holds ${tables} table(s). Restore into a new, empty database (createdb …), ` +
        'or pass --replace to drop and replace what the backup holds.',
    );
  }
  const args = ['--no-owner', '--no-privileges', '--single-transaction', '--exit-on-error', `--dbname=${databaseUrl}`];
  if (options.replace) args.push('--clean', '--if-exists');
  try {
    await run(toolPath('pg_restore'), [...args, file], { maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? '';
    const hint = /unsupported version/i.test(stderr)
      ? ' The backup was written by a newer pg_dump than this pg_restore: use the pg_restore of that version (PG_BIN_DIR).'
      : '';
    throw new Error(`pg_restore failed; nothing was restored.${hint}\n${stderr.trim()}`, { cause: error });
  }
}

/**
 * The embedded database ships no pg_dump: its backup is a copy of the cluster's data folder taken
 * while the server is stopped (a running server's files are not a consistent copy). Refuses a
 * running cluster: PostgreSQL keeps `postmaster.pid` in the folder while it runs.
 */
function assertClusterStopped(dataDir: string): void {
  if (existsSync(path.join(dataDir, 'postmaster.pid'))) {
    throw new Error(`The embedded PostgreSQL in ${dataDir} is running: stop it first (Ctrl-C in \`npm run dev\`), then copy it.`);
  }
}

/** Gives a copied tree the owner of the original (as root, the server runs as the postgres user). */
function chownTree(target: string, uid: number, gid: number): void {
  chownSync(target, uid, gid);
  if (!lstatSync(target).isDirectory()) return;
  for (const entry of readdirSync(target)) chownTree(path.join(target, entry), uid, gid);
}

function copyCluster(from: string, to: string): void {
  if (existsSync(to)) throw new Error(`${to} exists already; choose another place.`);
  cpSync(from, to, { recursive: true, preserveTimestamps: true, verbatimSymlinks: true });
  const owner = statSync(from);
  if (process.getuid?.() === 0) chownTree(to, owner.uid, owner.gid);
}

/** Copies a stopped embedded cluster to `target` (a new folder). */
export function backupEmbeddedCluster(dataDir: string, target: string): void {
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) throw new Error(`There is no embedded PostgreSQL cluster in ${dataDir}.`);
  assertClusterStopped(dataDir);
  copyCluster(dataDir, target);
}

/**
 * Puts a copied cluster back in place of `dataDir`, which must be stopped; the cluster it replaces is
 * kept beside it (`<dataDir>.replaced-<time>`), never deleted.
 */
export function restoreEmbeddedCluster(backup: string, dataDir: string): string | null {
  if (!existsSync(path.join(backup, 'PG_VERSION'))) throw new Error(`${backup} is not a copy of an embedded PostgreSQL cluster.`);
  let keptAside: string | null = null;
  if (existsSync(dataDir)) {
    assertClusterStopped(dataDir);
    keptAside = `${dataDir}.replaced-${new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')}`;
    renameSync(dataDir, keptAside);
  }
  copyCluster(backup, dataDir);
  return keptAside;
}
