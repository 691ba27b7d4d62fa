import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import path from 'node:path';
import pg from 'pg';

/**
 * An embedded PostgreSQL for machines without one: PGlite (PostgreSQL 17 compiled to WebAssembly)
 * served over the PostgreSQL wire protocol by @electric-sql/pglite-socket, in a child process.
 */
export type EmbeddedPostgres = {
  /** A postgres:// URL for pg, Prisma's pg adapter and psql. */
  url: string;
  /** The TCP port the server listens on. */
  port: number;
  /** Ends the server cleanly (PGlite checkpoints and closes its data directory). Safe to call twice. */
  stop(): Promise<void>;
};

export type EmbeddedPostgresOptions = {
  /** Directory for the data files, created if missing; `null` keeps everything in memory. */
  dataDir: string | null;
  /** A fixed port; by default a free one is chosen. Never 5432, which a real server may hold. */
  port?: number;
  /** Milliseconds to wait for the server to answer `SELECT 1`. */
  startTimeoutMs?: number;
  /** Print the server's own output (connection log lines) instead of discarding it. */
  verbose?: boolean;
};

/** Extensions PGlite loads at start-up, so that a migration's CREATE EXTENSION works as on a real server. */
const EXTENSIONS = ['pg_trgm', 'unaccent', 'fuzzystrmatch'];

/** PGlite serialises all work, but the app, Prisma's pool and a test runner each want a few connections. */
// Enough for a build's workers and the app's pools together; an extra connection is refused outright.
const MAX_CONNECTIONS = 32;

/**
 * Loaded into the server process with --import. The server inherits the read end of a pipe as stdin;
 * when the parent dies for any reason (even SIGKILL) the pipe closes and the server shuts down cleanly
 * through its own SIGTERM handler, so no orphan keeps the data directory open.
 */
const EXIT_WITH_PARENT = [
  "process.stdin.on('close', () => process.kill(process.pid, 'SIGTERM'));",
  "process.stdin.on('end', () => process.kill(process.pid, 'SIGTERM'));",
  'process.stdin.resume();',
].join('');

const running = new Set<ChildProcess>();
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  // Last resort when the parent exits without calling stop(): the server still gets to close its files.
  process.on('exit', () => {
    for (const child of running) child.kill('SIGTERM');
  });
}

function serverScriptPath(): string {
  const require = createRequire(import.meta.url);
  // The package's exports map hides dist/scripts; its main entry sits in dist/, next to scripts/.
  const mainEntry = require.resolve('@electric-sql/pglite-socket');
  return path.join(path.dirname(mainEntry), 'scripts', 'server.js');
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

/**
 * PGlite has no postmaster.pid: two servers on one data directory would corrupt it. A lock file next
 * to the directory names the processes holding it; a lock whose processes are gone is taken over.
 */
function lockDataDir(dataDir: string): { setServerPid(pid: number): void; release(): void } {
  const lockFile = `${dataDir.replace(/\/+$/, '')}.lock`;
  const write = (pids: number[]) => writeFileSync(lockFile, `${pids.join(' ')}\n`, { flag: 'w' });
  try {
    writeFileSync(lockFile, `${process.pid}\n`, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const holders = readFileSync(lockFile, 'utf8').trim().split(/\s+/).map(Number).filter((pid) => pid > 0);
    const alive = holders.filter((pid) => pid !== process.pid && isAlive(pid));
    if (alive.length > 0) {
      throw new Error(
        `The embedded database in ${dataDir} is in use by process ${alive.join(', ')} (for example \`npm run dev\`). ` +
          'Stop that first, or set DATABASE_URL to use another database.',
      );
    }
    write([process.pid]);
  }
  let released = false;
  return {
    setServerPid: (pid) => write([process.pid, pid]),
    release() {
      if (released) return;
      released = true;
      rmSync(lockFile, { force: true });
    },
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts PGlite behind a PostgreSQL socket on 127.0.0.1 and resolves once a pg client can run
 * `SELECT 1`. The server lives in its own process group, so a Ctrl-C meant for the app does not take
 * the database down first; it ends with stop(), with the parent's exit, or when the parent dies.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  if (options.port === 5432) throw new Error('Refusing to start the embedded PostgreSQL on 5432, the port of a real server');
  for (let attempt = 1; ; attempt++) {
    const port = options.port ?? (await findFreePort());
    try {
      return await launch(options, port);
    } catch (error) {
      // Another process may take the free port between our probe and the server's listen().
      const portTaken = error instanceof Error && error.message.includes('EADDRINUSE');
      if (!portTaken || options.port !== undefined || attempt >= 3) throw error;
    }
  }
}

async function launch(options: EmbeddedPostgresOptions, port: number): Promise<EmbeddedPostgres> {
  const { dataDir, startTimeoutMs = 30_000, verbose = false } = options;

  let database = 'memory://';
  let lock: ReturnType<typeof lockDataDir> | undefined;
  if (dataDir !== null) {
    database = path.resolve(dataDir);
    mkdirSync(database, { recursive: true });
    lock = lockDataDir(database);
  }

  const args = [
    '--import',
    `data:text/javascript,${encodeURIComponent(EXIT_WITH_PARENT)}`,
    serverScriptPath(),
    '-d',
    database,
    '-h',
    '127.0.0.1',
    '-p',
    String(port),
    '-m',
    String(MAX_CONNECTIONS),
    '-e',
    EXTENSIONS.join(','),
  ];
  const child = spawn(process.execPath, args, {
    stdio: ['pipe', 'pipe', 'pipe'],
    // Its own process group: a Ctrl-C for the app in the terminal does not reach the database, which the
    // parent stops after the app has exited. NODE_OPTIONS is cleared so loaders meant for the parent
    // (tsx, Vitest) are not loaded into the server.
    detached: true,
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  running.add(child);
  installExitHook();
  if (child.pid) lock?.setServerPid(child.pid);

  // Keep the last lines of output for the error message if start-up fails.
  const recentOutput: string[] = [];
  const collect = (chunk: Buffer) => {
    const text = chunk.toString();
    if (verbose) process.stderr.write(`[pglite] ${text}`);
    recentOutput.push(text);
    if (recentOutput.length > 40) recentOutput.shift();
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  // The stdin pipe must not keep the parent alive, nor its stdout/stderr readers.
  for (const stream of [child.stdin, child.stdout, child.stderr]) {
    (stream as unknown as { unref?: () => void } | null)?.unref?.();
  }
  child.unref();

  let exited = false;
  let exitCode: number | null = null;
  const exitedPromise = new Promise<void>((resolve) => {
    child.once('exit', (code) => {
      exited = true;
      exitCode = code;
      running.delete(child);
      lock?.release();
      resolve();
    });
  });

  const url = `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`;

  async function stop(): Promise<void> {
    if (exited) return;
    child.kill('SIGTERM');
    const killTimer = setTimeout(() => {
      if (!exited) child.kill('SIGKILL');
    }, 15_000);
    await exitedPromise;
    clearTimeout(killTimer);
  }

  const deadline = Date.now() + startTimeoutMs;
  while (Date.now() < deadline) {
    if (exited) break;
    if (await canQuery(url)) return { url, port, stop };
    await sleep(250);
  }

  await stop();
  const output = recentOutput.join('').trim();
  const why = exited ? `it exited with code ${exitCode}` : `it did not answer within ${startTimeoutMs / 1000} s`;
  throw new Error(`The embedded PostgreSQL (PGlite) failed to start: ${why}.${output ? `\n${output}` : ''}`);
}
