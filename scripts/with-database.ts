/**
 * tsx scripts/with-database.ts [--seed] [--demo] -- <command...>
 *
 * Runs a command with a migrated (and optionally seeded) database:
 *   1. DATABASE_URL if it is set; otherwise the embedded PostgreSQL server with its cluster in
 *      .data/postgres, so the data survives restarts;
 *   2. applies prisma/migrations;
 *   3. with --seed, runs prisma/seed.ts (which must be idempotent: `npm run dev` seeds on every start);
 *      with --demo as well, the seed also creates the demo curator — only on the embedded database,
 *      never on a database named by DATABASE_URL;
 *   4. runs the command with DATABASE_URL set (and, on the embedded database, MEMORIAL_EMBEDDED_DATABASE=1
 *      and a NEXTAUTH_SECRET kept in .data/nextauth-secret unless one is set), passing on
 *      SIGINT/SIGTERM/SIGHUP, and when it ends, stops the embedded server and exits with the
 *      command's exit code.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadEnvFiles, openDatabase, redactUrl, type DatabaseHandle } from './lib/database-url';
import { applyMigrations } from './lib/migrations';
import { EMBEDDED_DATA_DIR } from './lib/paths';
import { runSeed } from './lib/seed';

const FORWARDED_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
const SIGNAL_NUMBERS: Record<string, number> = { SIGHUP: 1, SIGINT: 2, SIGKILL: 9, SIGTERM: 15 };

function parseArguments(argv: string[]): { seed: boolean; demo: boolean; command: string[] } {
  const separator = argv.indexOf('--');
  const flags = separator === -1 ? argv : argv.slice(0, separator);
  const command = separator === -1 ? [] : argv.slice(separator + 1);
  const unknown = flags.filter((flag) => flag !== '--seed' && flag !== '--demo');
  if (unknown.length > 0 || command.length === 0) {
    console.error('Usage: tsx scripts/with-database.ts [--seed] [--demo] -- <command...>');
    if (unknown.length > 0) console.error(`Unknown option(s): ${unknown.join(' ')}`);
    process.exit(2);
  }
  return { seed: flags.includes('--seed'), demo: flags.includes('--demo'), command };
}

function log(message: string): void {
  console.log(`[with-database] ${message}`);
}

/** Where the embedded demo database's session secret is kept, next to its data (git-ignored). */
const DEMO_SECRET_FILE = path.join(path.dirname(EMBEDDED_DATA_DIR), 'nextauth-secret');

/**
 * The NEXTAUTH_SECRET for the embedded demo database: the one set in the environment, else a random
 * one made on the first run and kept in .data/nextauth-secret, so that signed-in sessions survive
 * restarts of `npm run dev`.
 */
function demoAuthSecret(): string {
  const fromEnvironment = process.env.NEXTAUTH_SECRET?.trim();
  if (fromEnvironment) return fromEnvironment;
  if (existsSync(DEMO_SECRET_FILE)) {
    const stored = readFileSync(DEMO_SECRET_FILE, 'utf8').trim();
    if (stored.length >= 32) return stored;
  }
  const secret = randomBytes(32).toString('base64url');
  mkdirSync(path.dirname(DEMO_SECRET_FILE), { recursive: true });
  writeFileSync(DEMO_SECRET_FILE, `${secret}\n`, { mode: 0o600 });
  log(`Made a session secret for the embedded database in ${path.relative(process.cwd(), DEMO_SECRET_FILE) || DEMO_SECRET_FILE}.`);
  return secret;
}

async function main(): Promise<void> {
  const options = parseArguments(process.argv.slice(2));
  loadEnvFiles();
  let database: DatabaseHandle | undefined;
  const running: { child?: ChildProcess } = {};
  let stopping = false;

  // A signal before the command starts (during migrations or the seed) ends everything cleanly.
  const onSignal = (signal: NodeJS.Signals) => {
    const { child } = running;
    if (child && child.exitCode === null && child.signalCode === null) {
      child.kill(signal);
      return;
    }
    if (stopping) return;
    stopping = true;
    void (database?.stop() ?? Promise.resolve()).finally(() => process.exit(128 + (SIGNAL_NUMBERS[signal] ?? 1)));
  };
  for (const signal of FORWARDED_SIGNALS) process.on(signal, onSignal);

  try {
    database = await openDatabase();
    log(
      database.embedded
        ? `Embedded PostgreSQL (data in .data/postgres) at ${redactUrl(database.url)}`
        : `Using DATABASE_URL ${redactUrl(database.url)}`,
    );

    const { applied } = await applyMigrations({ databaseUrl: database.url, log: (line) => log(line) });
    log(applied.length > 0 ? `Applied ${applied.length} migration(s).` : 'Migrations are up to date.');

    if (options.seed) {
      const demoCurator = options.demo && database.embedded;
      if (options.demo && !database.embedded) log('DATABASE_URL is set: not creating the demo curator.');
      log(`Seeding${demoCurator ? ' (with the demo curator)' : ''}…`);
      const outcome = await runSeed(database.url, { demoCurator });
      log(`Seeded${outcome.summary ? `: ${outcome.summary}` : ''}.`);
      if (outcome.demoLogins) log(`Demo logins: ${outcome.demoLogins}`);
    }
  } catch (error) {
    console.error(`[with-database] ${error instanceof Error ? error.message : String(error)}`);
    await database?.stop();
    process.exit(1);
  }
  if (stopping) return;

  // The embedded database is the local demo: the app may then run with its demo accounts and a
  // generated secret (lib/env.ts, lib/users/startup-checks.ts). Never set for a DATABASE_URL.
  const embedded: Record<string, string> = database.embedded
    ? { MEMORIAL_EMBEDDED_DATABASE: '1', NEXTAUTH_SECRET: demoAuthSecret() }
    : { MEMORIAL_EMBEDDED_DATABASE: '0' };
  const [command, ...args] = options.command as [string, ...string[]];
  const child = spawn(command, args, {
    stdio: 'inherit',
    env: { ...process.env, ...embedded, DATABASE_URL: database.url },
  });
  running.child = child;

  const exitCode = await new Promise<number>((resolve) => {
    child.once('error', (error) => {
      console.error(`[with-database] Could not run ${command}: ${error.message}`);
      resolve(127);
    });
    child.once('exit', (code, signal) => resolve(code ?? 128 + (SIGNAL_NUMBERS[signal ?? ''] ?? 1)));
  });

  stopping = true;
  await database.stop();
  process.exit(exitCode);
}

void main();
