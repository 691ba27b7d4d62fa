/**
 * npm test — everything CI checks, in order, stopping at the first failure:
 *   typecheck → lint → unit tests → integration tests → seed → next build → end-to-end tests.
 *
 * The database: with TEST_DATABASE_URL (else DATABASE_URL) a fresh database is created on that server
 * for this run and dropped at the end; with neither, a throwaway embedded PostgreSQL server (its cluster
 * in the system's temporary folder, on a free port), deleted at the end.
 * The end-to-end tests run against `next start` on port 3100 with the seeded demo curator.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createScratchDatabase, redactUrl, resetPublicSchema } from './lib/database-url';
import { startEmbeddedPostgres } from './lib/embedded-postgres';
import { applyMigrations } from './lib/migrations';
import { PROJECT_ROOT } from './lib/paths';
import { runSeed } from './lib/seed';

const E2E_URL = `http://localhost:${process.env.E2E_PORT ?? 3100}`;
const BIN = path.join(PROJECT_ROOT, 'node_modules', '.bin');
const reportsDir = mkdtempSync(path.join(tmpdir(), 'memorial-test-'));

type StepResult = { name: string; ok: boolean; seconds: number };
const results: StepResult[] = [];
const counts = { passed: 0, failed: 0, reports: 0 };
let currentChild: ChildProcess | undefined;
let cleanup: (() => Promise<void>) | undefined;

function header(title: string): void {
  console.log(`\n━━━ ${title} ${'━'.repeat(Math.max(3, 72 - title.length))}`);
}

/** Runs a command from node_modules/.bin with inherited output; resolves to its exit code. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: PROJECT_ROOT,
      stdio: 'inherit',
      env: { ...env, PATH: `${BIN}${path.delimiter}${env.PATH ?? ''}` },
    });
    currentChild = child;
    child.once('error', (error) => {
      console.error(`Could not run ${command}: ${error.message}`);
      resolve(127);
    });
    child.once('exit', (code, signal) => {
      currentChild = undefined;
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

async function step(name: string, action: () => Promise<number | void>): Promise<void> {
  header(name);
  const started = Date.now();
  let ok: boolean;
  try {
    ok = ((await action()) ?? 0) === 0;
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    ok = false;
  }
  results.push({ name, ok, seconds: (Date.now() - started) / 1000 });
  if (!ok) {
    // Set at once: if anything later (cleanup of the embedded server) leaves Node with nothing to
    // wait for, the process still ends as a failure, never as a silent success.
    process.exitCode = 1;
    throw new StepFailed(name);
  }
}

class StepFailed extends Error {}

/** Adds the counts from a Vitest or Playwright JSON report, if the run wrote one. */
function readCounts(file: string): void {
  try {
    const report = JSON.parse(readFileSync(file, 'utf8')) as {
      numPassedTests?: number;
      numFailedTests?: number;
      stats?: { expected: number; unexpected: number; flaky: number };
    };
    if (report.stats) {
      counts.passed += report.stats.expected + report.stats.flaky;
      counts.failed += report.stats.unexpected;
    } else {
      counts.passed += report.numPassedTests ?? 0;
      counts.failed += report.numFailedTests ?? 0;
    }
    counts.reports += 1;
  } catch {
    // No report (the runner did not start): the summary line leaves this run out.
  }
}

function vitest(project: string, env: NodeJS.ProcessEnv): Promise<number> {
  const report = path.join(reportsDir, `vitest-${project}.json`);
  return run('vitest', ['run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], env).finally(
    () => readCounts(report),
  );
}

/** A database for this run only, and how to get rid of it. */
async function openTestDatabase(): Promise<{ url: string; description: string; dispose(): Promise<void> }> {
  const serverUrl = process.env.TEST_DATABASE_URL?.trim() || process.env.DATABASE_URL?.trim();
  if (!serverUrl) {
    const server = await startEmbeddedPostgres({ dataDir: null });
    try {
      const scratch = await createScratchDatabase(server.url, 'memorial_test');
      return { url: scratch.url, description: `throwaway embedded PostgreSQL on port ${server.port}`, dispose: server.stop };
    } catch (error) {
      await server.stop();
      throw error;
    }
  }
  const scratch = await createScratchDatabase(serverUrl, 'memorial_test');
  return { url: scratch.url, description: `fresh database ${scratch.name} on ${redactUrl(serverUrl)}`, dispose: scratch.drop };
}

function printSummary(): void {
  header('Summary');
  for (const result of results) {
    console.log(`${result.ok ? '✔' : '✘'} ${result.name.padEnd(50)} ${result.seconds.toFixed(1).padStart(6)} s`);
  }
  if (counts.reports > 0) console.log(`\n${counts.passed} passed, ${counts.failed} failed`);
}

async function main(): Promise<number> {
  const baseEnv: NodeJS.ProcessEnv = { ...process.env };
  let databaseUrl = '';

  try {
    await step('Database', async () => {
      const database = await openTestDatabase();
      cleanup = database.dispose;
      databaseUrl = database.url;
      console.log(`Using the ${database.description}.`);
      const { applied } = await applyMigrations({ databaseUrl, log: console.log });
      console.log(`Applied ${applied.length} migration(s).`);
    });

    const testEnv: NodeJS.ProcessEnv = { ...baseEnv, DATABASE_URL: databaseUrl, MEMORIAL_TEST_DATABASE: '1' };
    const appEnv: NodeJS.ProcessEnv = {
      ...testEnv,
      SITE_URL: E2E_URL,
      NEXTAUTH_URL: E2E_URL,
      // A fresh random secret per run: the server refuses a weak or placeholder one.
      NEXTAUTH_SECRET: randomBytes(32).toString('base64url'),
      // Test runs only: the end-to-end tests sign in as the seeded demo accounts, which the server
      // otherwise refuses outside the embedded demo database.
      MEMORIAL_ALLOW_DEMO_ACCOUNTS: '1',
    };

    // next typegen writes the route types (PageProps, LayoutProps) that a fresh clone does not have yet.
    await step('Typecheck (next typegen, tsc --noEmit)', async () => (await run('next', ['typegen'], baseEnv)) || run('tsc', ['--noEmit'], baseEnv));
    await step('Lint (eslint .)', () => run('eslint', ['.'], baseEnv));
    await step('Unit tests (vitest, project unit)', () => vitest('unit', baseEnv));
    await step('Integration tests (vitest, project integration)', () => vitest('integration', testEnv));
    await step('Reset and seed for end-to-end tests', async () => {
      await resetPublicSchema(databaseUrl);
      await applyMigrations({ databaseUrl });
      const outcome = await runSeed(databaseUrl, { demoCurator: true });
      console.log(`Seeded${outcome.summary ? `: ${outcome.summary}` : ''}.`);
    });
    await step('Build (next build)', () => {
      // Next keeps its data cache in .next/cache across builds; entries from an earlier run against
      // another database would be served as if they were this one's. Each run starts clean.
      rmSync(path.join(process.cwd(), process.env.NEXT_DIST_DIR || '.next'), { recursive: true, force: true });
      return run('next', ['build'], appEnv);
    });
    await step('End-to-end tests (playwright, Chromium)', async () => {
      const report = path.join(reportsDir, 'playwright.json');
      // CI=1 makes Playwright start its own `next start` instead of reusing whatever holds port 3100.
      const env = { ...appEnv, CI: baseEnv.CI ?? '1', PLAYWRIGHT_JSON_OUTPUT_FILE: report, PLAYWRIGHT_JSON_OUTPUT_NAME: report };
      const code = await run('playwright', ['test', '--reporter=list,json'], env);
      readCounts(report);
      return code;
    });
    return 0;
  } catch (error) {
    if (!(error instanceof StepFailed)) console.error(error);
    return 1;
  } finally {
    // Cleanup gets 15 s at most: a database that will not stop must not hold the verdict back.
    await Promise.race([
      cleanup?.().catch((error: unknown) => console.error(`Could not clean up the test database: ${String(error)}`)),
      new Promise((resolve) => setTimeout(resolve, 15_000).unref()),
    ]);
    rmSync(reportsDir, { recursive: true, force: true });
    printSummary();
  }
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    currentChild?.kill(signal);
    void (cleanup?.() ?? Promise.resolve()).finally(() => process.exit(130));
  });
}

main().then((code) => process.exit(code));
