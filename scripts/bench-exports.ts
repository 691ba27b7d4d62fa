/**
 * Benchmark of the answers that grow with the victims — the sitemap's files and the two exports —
 * at 100 000 victims: `npm run bench:exports` (after `next build`, with the SITE_URL of the build).
 *
 * Creates its own scratch database `<BENCH_DATABASE_PREFIX>_<timestamp>_<pid>` (prefix default
 * `memorial_bench_exports`) on the PostgreSQL server of BENCH_DATABASE_URL, else 127.0.0.1:5432 (it
 * only ever drops the database it created), migrates it, seeds the public record, and adds
 * BENCH_VICTIMS (default 100 000) clearly synthetic victims (slugs `synthetic-…`, a description saying
 * so), each citing a seeded source, written set-based. Then it starts the production server of this
 * build (server/index.mjs) on BENCH_PORT (default 3430) against that database, its Next cache in Redis
 * under a key prefix of its own (removed at the end; never FLUSHALL), and asks for `/sitemap.xml`,
 * every sitemap file it names and both exports, twice each (first rendered, then cached), measuring
 * the time to the first byte, the total time, the bytes and the growth of the server's resident
 * memory during the request (its peak, sampled every 20 ms, minus what it held before). Drops the
 * database at the end. Not part of `npm test`.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { deleteRedisPrefix } from '../tests/helpers/topology';
import { createScratchDatabase, redactUrl } from './lib/database-url';
import { applyMigrations } from './lib/migrations';
import { runSeed } from './lib/seed';

const SERVER_URL = process.env.BENCH_DATABASE_URL?.trim() || 'postgresql://postgres@127.0.0.1:5432/postgres';
const PREFIX = process.env.BENCH_DATABASE_PREFIX?.trim() || 'memorial_bench_exports';
const VICTIMS = Number(process.env.BENCH_VICTIMS ?? 100_000);
const PORT = Number(process.env.BENCH_PORT ?? 3430);
const REDIS_URL = process.env.REDIS_URL?.trim() || 'redis://127.0.0.1:6379';
const SITE_URL = process.env.SITE_URL?.trim();
const ROOT = path.resolve(import.meta.dirname, '..');

if (!SITE_URL) {
  console.error('bench:exports needs the SITE_URL the build was made with (the server refuses another), after `next build`.');
  process.exit(2);
}

/** Synthetic victims, set-based; each cites the first seeded source, as a real record cites one. */
async function fill(url: string, count: number): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO "Victim" (id, slug, "nameLatin", "otherNames", description, sex, age, fate, "deathDate", "deathDatePrecision",
         "deathPlace", language, "searchKey", status, version, "createdAt", "updatedAt")
       SELECT 'csynthetic' || lpad(g::text, 15, '0'), 'synthetic-' || lpad(g::text, 7, '0'), 'Synthetic Victim ' || g, '{}',
         'Synthetic benchmark record ' || g || ', not a real person.', 'NOT_STATED', (g % 90)::int, 'KILLED'::"Fate",
         date '1990-01-15' + (g % 15)::int, 'DAY'::"DatePrecision", 'Baku', 'en', 'synthetic victim ' || g, 'PUBLISHED', 1, now(), now()
       FROM generate_series(1, $1::int) AS g`,
      [count],
    );
    await client.query(
      `INSERT INTO "Citation" (id, "sourceId", "victimId", quote, "quoteIsVerbatim", position, "createdAt")
       SELECT 'csyntheticcite' || lpad(g::text, 11, '0'), (SELECT id FROM "Source" ORDER BY key LIMIT 1),
         'csynthetic' || lpad(g::text, 15, '0'), 'Synthetic quoted words ' || g || '.', true, 0, now()
       FROM generate_series(1, $1::int) AS g`,
      [count],
    );
    await client.query('VACUUM ANALYZE "Victim"');
    await client.query('VACUUM ANALYZE "Citation"');
  } finally {
    await client.end();
  }
}

async function residentKiB(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0);
}

type Measure = { path: string; pass: string; status: number; firstByteMs: number; totalMs: number; bytes: number; rssGrowthMiB: number };

/** One request, read to its end chunk by chunk, with the server's resident memory sampled meanwhile. */
async function measure(pid: number, url: string, pass: string): Promise<Measure & { body?: string }> {
  const before = await residentKiB(pid);
  let peak = before;
  const sampler = setInterval(() => {
    void residentKiB(pid).then((value) => (peak = Math.max(peak, value)), () => undefined);
  }, 20);
  const started = performance.now();
  const response = await fetch(url, { signal: AbortSignal.timeout(600_000) });
  const reader = response.body!.getReader();
  let firstByteMs = -1;
  let bytes = 0;
  const keep = url.endsWith('/sitemap.xml');
  const kept: Uint8Array[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (firstByteMs < 0) firstByteMs = performance.now() - started;
    bytes += value.byteLength;
    if (keep) kept.push(value);
  }
  const totalMs = performance.now() - started;
  clearInterval(sampler);
  peak = Math.max(peak, await residentKiB(pid));
  return {
    path: new URL(url).pathname,
    pass,
    status: response.status,
    firstByteMs,
    totalMs,
    bytes,
    rssGrowthMiB: (peak - before) / 1024,
    body: keep ? Buffer.concat(kept).toString('utf8') : undefined,
  };
}

async function waitForServer(url: string, child: ReturnType<typeof spawn>): Promise<void> {
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    const ok = await fetch(`${url}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    if (Date.now() - started > 120_000) throw new Error('the server did not answer /api/health within 2 minutes');
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

async function main(): Promise<number> {
  const scratch = await createScratchDatabase(SERVER_URL, PREFIX);
  const redisPrefix = `memorial_bench_exports_${process.pid}_${Date.now()}`;
  const exportDir = await mkdtemp(path.join(tmpdir(), 'memorial-bench-exports-'));
  let child: ReturnType<typeof spawn> | null = null;
  try {
    console.log(`Scratch database ${redactUrl(scratch.url)}; ${VICTIMS.toLocaleString('en')} synthetic victims.`);
    await applyMigrations({ databaseUrl: scratch.url });
    await runSeed(scratch.url);
    const started = performance.now();
    await fill(scratch.url, VICTIMS);
    console.log(`Filled in ${((performance.now() - started) / 1000).toFixed(1)} s.`);

    const origin = `http://127.0.0.1:${PORT}`;
    child = spawn(process.execPath, [path.join(ROOT, 'server', 'index.mjs'), '--port', String(PORT), '--hostname', '127.0.0.1'], {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        DATABASE_URL: scratch.url,
        SITE_URL,
        NEXTAUTH_URL: SITE_URL,
        NEXTAUTH_SECRET: randomBytes(32).toString('base64url'),
        MEMORIAL_TOTP_KEY: randomBytes(32).toString('base64url'),
        REDIS_URL,
        REDIS_KEY_PREFIX: redisPrefix,
        MEMORIAL_EXPORT_DIR: exportDir,
        DATABASE_STATEMENT_TIMEOUT_MS: '120000',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    await waitForServer(origin, child);
    const pid = child.pid!;
    console.log(`Server ${origin} (pid ${pid}) resident ${((await residentKiB(pid)) / 1024).toFixed(0)} MiB before the first request.`);

    const results: Measure[] = [];
    const index = await measure(pid, `${origin}/sitemap.xml`, 'first');
    results.push(index);
    const files = [...(index.body ?? '').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
    const paths = [...files, '/export/memorial.json', '/export/memorial.csv'];
    for (const pass of ['first', 'cached']) {
      if (pass === 'cached') results.push(await measure(pid, `${origin}/sitemap.xml`, pass));
      for (const route of paths) results.push(await measure(pid, `${origin}${route}`, pass));
    }
    console.log('');
    console.log('| answer | pass | status | first byte | total | bytes | peak RSS growth |');
    console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: |');
    for (const result of results) {
      console.log(
        `| \`${result.path}\` | ${result.pass} | ${result.status} | ${(result.firstByteMs / 1000).toFixed(2)} s | ${(result.totalMs / 1000).toFixed(2)} s | ${(result.bytes / 1024 / 1024).toFixed(1)} MiB | ${result.rssGrowthMiB.toFixed(0)} MiB |`,
      );
    }
    console.log(`\nSitemap files: ${files.length}. Server resident at the end: ${((await residentKiB(pid)) / 1024).toFixed(0)} MiB.`);
    return results.every((result) => result.status === 200) ? 0 : 1;
  } finally {
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child!.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    await deleteRedisPrefix(REDIS_URL, redisPrefix).catch((error: unknown) => console.error('Could not remove the Redis keys:', error));
    await rm(exportDir, { recursive: true, force: true });
    await scratch.drop();
    console.log(`Dropped ${scratch.name}.`);
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
