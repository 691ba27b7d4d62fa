/**
 * npm run bench:soak — the topology under load for ten minutes, with a curator publishing and the
 * database cut off in the middle (not part of npm test; a benchmark, not a test).
 *
 * Needs a production build (`npm run build`) made against a migrated and seeded DATABASE_URL (with the
 * demo curator: MEMORIAL_ALLOW_DEMO_ACCOUNTS=1), the SITE_URL it was built with, and Redis (REDIS_URL,
 * default redis://127.0.0.1:6379). Starts, on loopback from SOAK_PORT (default 3901):
 *   - the caching proxy: varnishd with deploy/varnish/memorial.vcl on SOAK_PORT;
 *   - two production servers (server/index.mjs, what `npm start` runs) on the next two ports, sharing
 *     Redis under a key prefix of this run's own (its keys are deleted at the end; never FLUSH);
 *   - for each instance, a TCP relay to PostgreSQL on the two ports after (tests/helpers/tcp-relay.ts).
 * Then, for SOAK_SECONDS (default 600):
 *   - visitors: wrk with SOAK_CONNECTIONS (default 64) over the mix of public routes through the
 *     caching proxy, one run a minute, counting non-2xx/3xx answers and socket errors as errors;
 *   - a curator, signed in through the real form in Debian's Chromium, every SOAK_PUBLISH_SECONDS
 *     (default 30) creates a figure and publishes it through the proxy;
 *   - "PostgreSQL stopped" for SOAK_OUTAGE_SECONDS (default 60) in the middle: both relays are
 *     severed (the machine's shared PostgreSQL itself is never stopped), then restored.
 * Prints the visitors' requests, errors, p50/p99 and requests/s per minute, the publishes that
 * succeeded and were refused, and each instance's resident memory (VmRSS of its process tree) at the
 * start and the end. Exits 1 when a visitor saw an error. Ends every process it started.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { DEMO_EMAIL, DEMO_PASSWORD, signInThroughForm } from '../tests/e2e/helpers/login';
import { databaseUrlThrough, startAppInstance, type AppInstance } from '../tests/helpers/app-instance';
import { CHROMIUM_LAUNCH_OPTIONS } from '../tests/helpers/chromium';
import { startTcpRelay, type TcpRelay } from '../tests/helpers/tcp-relay';
import { deleteRedisPrefix, startVarnish, type Managed } from '../tests/helpers/topology';
import { mixPaths, warm, wrkArguments, writeMixScript } from './lib/load';

const PROXY_PORT = Number(process.env.SOAK_PORT ?? 3901);
const INSTANCE_PORTS = [PROXY_PORT + 1, PROXY_PORT + 2] as const;
const RELAY_PORTS = [PROXY_PORT + 3, PROXY_PORT + 4] as const;
const SECONDS = Number(process.env.SOAK_SECONDS ?? 600);
const OUTAGE_SECONDS = Number(process.env.SOAK_OUTAGE_SECONDS ?? 60);
const PUBLISH_SECONDS = Number(process.env.SOAK_PUBLISH_SECONDS ?? 30);
const CONNECTIONS = Number(process.env.SOAK_CONNECTIONS ?? 64);
const SITE_URL = process.env.SITE_URL?.trim() ?? '';
const DATABASE_URL = process.env.DATABASE_URL?.trim() ?? '';
const REDIS_URL = process.env.REDIS_URL?.trim() || 'redis://127.0.0.1:6379';
const REDIS_PREFIX = `memorial-soak-${process.pid}-${Date.now()}`;
const PROXY_URL = `http://127.0.0.1:${PROXY_PORT}`;

if (!DATABASE_URL || !SITE_URL) {
  console.error('bench:soak needs DATABASE_URL (migrated and seeded with the demo curator) and the SITE_URL the build was made with.');
  process.exit(1);
}
if (!(OUTAGE_SECONDS < SECONDS)) {
  console.error('SOAK_OUTAGE_SECONDS must be shorter than SOAK_SECONDS.');
  process.exit(1);
}

/** A sentence of the seeded 2009 release, word for word, that gives no number (as tests/e2e/curators/topology.spec.ts uses). */
const QUOTE = 'In the aftermath of the events mass arrests were conducted in Baku and other parts of the country.';
const RELEASE_SOURCE = 'Release: [Nineteen years since 20 January] (2009-01-19)';

/**
 * wrk's own summary of one run, as JSON on the last line: requests, errors by kind, and the latency
 * at every tenth of a percent (microseconds), so that the runs' latencies can be merged afterwards.
 */
const DONE_LUA = `
done = function(summary, latency, requests)
  local quantiles = {}
  for i = 1, 1000 do quantiles[i] = latency:percentile(i / 10) end
  local e = summary.errors
  io.write(string.format('\\nSOAK {"requests":%d,"durationUs":%d,"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d,"quantiles":[%s]}\\n',
    summary.requests, summary.duration, e.connect, e.read, e.write, e.status, e.timeout, table.concat(quantiles, ",")))
end
`;

type Minute = { startedAt: number; loadAverage?: number; seconds: number; requests: number; errors: { connect: number; read: number; write: number; status: number; timeout: number }; quantilesUs: number[] };

function runWrk(url: string, seconds: number, script: string): Promise<Minute> {
  const startedAt = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn('wrk', wrkArguments(url, CONNECTIONS, seconds, script), { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.once('error', (error) => reject(new Error(`wrk could not run (apt-get install wrk): ${error.message}`)));
    child.once('exit', () => {
      const line = /^SOAK (\{.*\})$/m.exec(out)?.[1];
      if (!line) return reject(new Error(`wrk gave no summary:\n${out.slice(-2000)}`));
      const parsed = JSON.parse(line) as { requests: number; durationUs: number; quantiles: number[] } & Minute['errors'];
      resolve({
        startedAt,
        seconds: parsed.durationUs / 1e6,
        requests: parsed.requests,
        errors: { connect: parsed.connect, read: parsed.read, write: parsed.write, status: parsed.status, timeout: parsed.timeout },
        quantilesUs: parsed.quantiles,
      });
    });
  });
}

const errorCount = (minute: Minute) => Object.values(minute.errors).reduce((sum, value) => sum + value, 0);

/** A percentile over several runs: each run's thousand quantiles stand for a thousandth of its requests each. */
function mergedPercentile(minutes: Minute[], percent: number): number {
  const samples = minutes.flatMap((minute) => minute.quantilesUs.map((value) => ({ value, weight: minute.requests / minute.quantilesUs.length }))).sort((a, b) => a.value - b.value);
  const total = samples.reduce((sum, sample) => sum + sample.weight, 0);
  let seen = 0;
  for (const sample of samples) {
    seen += sample.weight;
    if (seen >= (total * percent) / 100) return sample.value / 1000;
  }
  return NaN;
}

/** The process and every process below it, from /proc. */
function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // ended meanwhile
    }
  }
  const tree = [root];
  for (let index = 0; index < tree.length; index += 1) tree.push(...(children.get(tree[index]!) ?? []));
  return tree;
}

/** Resident memory of an instance's process tree in MiB (VmRSS summed). */
function residentMiB(instance: AppInstance): number {
  let kib = 0;
  for (const pid of processTree(instance.child.pid!)) {
    try {
      kib += Number(/^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      // ended meanwhile
    }
  }
  return kib / 1024;
}

type PublishOutcome = { at: number; outcome: 'ok' | 'refused' | 'failed'; detail: string };

const UNREACHABLE = /database cannot be reached/i;

/**
 * One publish as a curator makes it: a new figure saved as a draft, then published, through the
 * caching proxy (whose purge the app sends). While the database is cut off the curators' area answers
 * 503 or the save is refused, and that is what is expected of it: a refusal, not a failure.
 */
async function publishFigure(page: Page, number: number): Promise<PublishOutcome> {
  const at = Date.now();
  let step = 'the form';
  try {
    const form = await page.goto('/admin/figures/new', { timeout: 30_000 });
    if (!form || form.status() >= 500) return { at, outcome: 'refused', detail: `the form answered ${form?.status() ?? 'nothing'}` };
    await page.getByLabel('Source', { exact: true }).selectOption({ label: RELEASE_SOURCE }, { timeout: 10_000 });
    await page.getByLabel(/^The source’s words/).fill(QUOTE);
    await page.getByLabel('What it counts').selectOption('DETAINED');
    await page.getByLabel('Note', { exact: true }).fill(`Published by the soak benchmark, number ${number}, at ${new Date().toISOString()}.`);
    for (const [button, done] of [
      // The whole message: the form's own introduction says "The figure is saved as a draft."
      ['Save as draft', 'Saved as a draft. It is not public until you publish it.'],
      ['Publish', 'Published: the record is on the public site now.'],
    ] as const) {
      step = button;
      await page.getByRole('button', { name: button, exact: true }).click({ timeout: 30_000 });
      const answer = page.getByText(done).or(page.getByText(UNREACHABLE)).first();
      await answer.waitFor({ timeout: 30_000 });
      if (UNREACHABLE.test((await answer.textContent()) ?? '')) return { at, outcome: 'refused', detail: `${button}: the database cannot be reached` };
    }
    return { at, outcome: 'ok', detail: 'published' };
  } catch (error) {
    const heading = await page.locator('h1').first().textContent({ timeout: 2000 }).catch(() => null);
    return { at, outcome: 'failed', detail: `${step}: ${error instanceof Error ? error.message.split('\n')[0]! : String(error)}; the page's heading: ${heading ?? 'none'}` };
  }
}

/** The instances' own 5xx answers by route, from their JSON request lines (what a visitor error would trace back to). */
function serverErrors(instances: AppInstance[]): string[] {
  const counts = new Map<string, number>();
  for (const [index, instance] of instances.entries()) {
    for (const line of instance.lines()) {
      try {
        const entry = JSON.parse(line) as { msg?: string; status?: number; route?: string; method?: string };
        if (entry.msg === 'request' && (entry.status ?? 0) >= 500 && entry.route !== '/api/ready') {
          const key = `instance ${index + 1} ${entry.status} ${entry.method} ${entry.route}`;
          counts.set(key, (counts.get(key) ?? 0) + 1);
        }
      } catch {
        // not a JSON line
      }
    }
  }
  return [...counts].map(([key, count]) => `${key} ×${count}`);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function main(): Promise<void> {
  const work = mkdtempSync(path.join(tmpdir(), 'memorial-soak-'));
  chmodSync(work, 0o755);
  const relays: TcpRelay[] = [];
  const instances: AppInstance[] = [];
  let proxy: (Managed & { workDir: string }) | undefined;
  let ncsa: ChildProcess | undefined;
  let browser: Awaited<ReturnType<typeof chromium.launch>> | undefined;
  const stopAll = async () => {
    await browser?.close().catch(() => {});
    if (ncsa && ncsa.exitCode === null) ncsa.kill('SIGTERM');
    await proxy?.stop().catch(() => {});
    await Promise.all(instances.map((instance) => instance.stop().catch(() => {})));
    for (const relay of relays) await relay.close().catch(() => {});
    await deleteRedisPrefix(REDIS_URL, REDIS_PREFIX).catch((error: unknown) => console.error(`Deleting the Redis keys under ${REDIS_PREFIX} failed: ${String(error)}`));
    rmSync(work, { recursive: true, force: true });
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void stopAll().finally(() => process.exit(130)));

  try {
    const target = new URL(DATABASE_URL);
    const env = {
      SITE_URL,
      // Curators sign in through the proxy, as visitors reach the site.
      NEXTAUTH_URL: PROXY_URL,
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? randomBytes(32).toString('base64url'),
      NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
      MEMORIAL_ALLOW_DEMO_ACCOUNTS: '1',
      REDIS_URL,
      REDIS_KEY_PREFIX: REDIS_PREFIX,
      CACHE_PURGE_URLS: PROXY_URL,
      // Behind the caching proxy, as deployed (its X-Forwarded-For is the one trusted hop).
      TRUSTED_PROXY_HOPS: '1',
    };
    for (const port of RELAY_PORTS) relays.push(await startTcpRelay({ port, targetHost: target.hostname, targetPort: Number(target.port || 5432) }));
    instances.push(
      ...(await Promise.all(
        INSTANCE_PORTS.map((port, index) => startAppInstance({ port, env: { ...env, DATABASE_URL: databaseUrlThrough(DATABASE_URL, RELAY_PORTS[index]!) }, readyPath: '/api/ready' })),
      )),
    );
    proxy = await startVarnish(
      PROXY_PORT,
      INSTANCE_PORTS.map((port) => ({ host: '127.0.0.1', port })),
    );
    // What a visitor error or a slow answer traces back to: the proxy's log of every answer that was
    // an error or took over 5 s, with its address and whether it was a hit, a miss or a pass.
    const slowLog = path.join(work, 'slow-or-failed.log');
    ncsa = spawn('varnishncsa', ['-n', path.join(proxy.workDir, 'work'), '-q', 'RespStatus >= 400 or Timestamp:Resp[2] > 5.0', '-F', '%s %D %{Varnish:handling}x %U%q', '-w', slowLog], { stdio: 'ignore' });
    const logger = ncsa;
    const stopNcsa = () => new Promise<void>((resolve) => (logger.exitCode !== null ? resolve() : (logger.once('exit', () => resolve()), logger.kill('SIGTERM'))));

    const paths = mixPaths(SITE_URL);
    for (const entry of paths) await warm(`${PROXY_URL}${entry}`);
    const script = path.join(work, 'mix.lua');
    writeMixScript(script, paths, DONE_LUA);

    browser = await chromium.launch(CHROMIUM_LAUNCH_OPTIONS);
    const page = await (await browser.newContext({ baseURL: PROXY_URL })).newPage();
    await signInThroughForm(page, DEMO_EMAIL.curator, DEMO_PASSWORD);
    await page.waitForURL(/\/admin(\?.*)?$/, { timeout: 30_000 });

    const rssStart = instances.map(residentMiB);
    const start = Date.now();
    const end = start + SECONDS * 1000;
    const outageFrom = start + ((SECONDS - OUTAGE_SECONDS) / 2) * 1000;
    const outageTo = outageFrom + OUTAGE_SECONDS * 1000;
    console.log(
      `bench:soak on ${new Date(start).toISOString()}: ${SECONDS} s, wrk with ${CONNECTIONS} connections over ${paths.length} public routes through the caching proxy; ` +
        `a publish every ${PUBLISH_SECONDS} s; both database relays severed from ${(outageFrom - start) / 1000} s to ${(outageTo - start) / 1000} s. ` +
        `Load average ${loadavg().map((value) => value.toFixed(1)).join(' ')}.`,
    );

    const visitors = (async () => {
      const minutes: Minute[] = [];
      for (let left = end - Date.now(); left >= 1000; left = end - Date.now()) {
        const minute = await runWrk(PROXY_URL, Math.min(60, Math.floor(left / 1000)), script);
        minutes.push({ ...minute, loadAverage: loadavg()[0] });
        console.log(`  visitors ${((minute.startedAt - start) / 1000).toFixed(0).padStart(4)} s: ${minute.requests} requests, ${errorCount(minute)} errors`);
      }
      return minutes;
    })();

    const outage = (async () => {
      await sleep(outageFrom - Date.now());
      for (const relay of relays) relay.sever();
      console.log(`  database cut off at ${((Date.now() - start) / 1000).toFixed(0)} s`);
      await sleep(outageTo - Date.now());
      for (const relay of relays) relay.restore();
      console.log(`  database back at ${((Date.now() - start) / 1000).toFixed(0)} s`);
    })();

    const publishes = (async () => {
      const outcomes: PublishOutcome[] = [];
      for (let next = start; next < end - 5000; next += PUBLISH_SECONDS * 1000) {
        await sleep(next - Date.now());
        const outcome = await publishFigure(page, outcomes.length + 1);
        outcomes.push(outcome);
        console.log(`  publish ${String(outcomes.length).padStart(2)} at ${((outcome.at - start) / 1000).toFixed(0).padStart(4)} s: ${outcome.outcome} (${outcome.detail})`);
      }
      return outcomes;
    })();

    const [minutes, outcomes] = await Promise.all([visitors, publishes, outage]);
    const rssEnd = instances.map(residentMiB);
    // varnishncsa writes its file as it goes; a moment for its last lines.
    await sleep(2000);
    await stopNcsa();
    const slow = new Map<string, { count: number; worstMs: number }>();
    for (const line of (existsSync(slowLog) ? readFileSync(slowLog, 'utf8') : '').split('\n').filter(Boolean)) {
      const [status, microseconds, handling, address] = line.split(' ');
      const key = `${status} ${handling} ${address}`;
      const entry = slow.get(key) ?? { count: 0, worstMs: 0 };
      slow.set(key, { count: entry.count + 1, worstMs: Math.max(entry.worstMs, Number(microseconds) / 1000) });
    }
    const readyAtEnd = await Promise.all(instances.map((instance) => fetch(`${instance.url}/api/ready`).then((response) => response.status, () => 0)));

    const requests = minutes.reduce((sum, minute) => sum + minute.requests, 0);
    const errors = minutes.reduce((sum, minute) => sum + errorCount(minute), 0);
    const seconds = minutes.reduce((sum, minute) => sum + minute.seconds, 0);
    const count = (outcome: PublishOutcome['outcome']) => outcomes.filter((entry) => entry.outcome === outcome).length;
    console.log(`\nbench:soak results (${SECONDS} s, database cut off ${(outageFrom - start) / 1000}–${(outageTo - start) / 1000} s; load average at the end ${loadavg().map((value) => value.toFixed(1)).join(' ')})`);
    console.log(
      `visitors: ${requests} requests, ${errors} errors, ${(requests / seconds).toFixed(0)} requests/s, p50 ${mergedPercentile(minutes, 50).toFixed(2)} ms, p99 ${mergedPercentile(minutes, 99).toFixed(2)} ms`,
    );
    console.log('| minute | requests/s | p50 ms | p99 ms | errors | database | load average |');
    console.log('| ---: | ---: | ---: | ---: | ---: | --- | ---: |');
    for (const [index, minute] of minutes.entries()) {
      const from = minute.startedAt;
      const to = from + minute.seconds * 1000;
      const cut = from < outageTo && to > outageFrom;
      const errorKinds = Object.entries(minute.errors)
        .filter(([, value]) => value > 0)
        .map(([kind, value]) => `${kind} ${value}`)
        .join(', ');
      console.log(
        `| ${index + 1} | ${(minute.requests / minute.seconds).toFixed(0)} | ${mergedPercentile([minute], 50).toFixed(2)} | ${mergedPercentile([minute], 99).toFixed(2)} | ${errorCount(minute)}${errorKinds ? ` (${errorKinds})` : ''} | ${cut ? 'cut off' : 'up'} | ${minute.loadAverage?.toFixed(1) ?? ''} |`,
      );
    }
    console.log(`publishes: ${count('ok')} ok, ${count('refused')} refused (database cut off), ${count('failed')} failed`);
    for (const entry of outcomes.filter((outcome) => outcome.outcome === 'failed')) console.log(`  failed at ${((entry.at - start) / 1000).toFixed(0)} s: ${entry.detail}`);
    for (const [index] of instances.entries()) {
      console.log(`instance ${index + 1}: resident memory ${rssStart[index]!.toFixed(0)} MiB at the start, ${rssEnd[index]!.toFixed(0)} MiB at the end; /api/ready at the end ${readyAtEnd[index]}`);
    }
    if (slow.size > 0) {
      console.log('answers through the proxy that failed or took over 5 s (status, hit/miss/pass, address: count, worst):');
      for (const [key, entry] of [...slow].sort((a, b) => b[1].count - a[1].count).slice(0, 20)) console.log(`  ${key}: ${entry.count}, worst ${(entry.worstMs / 1000).toFixed(1)} s`);
    }
    const answered5xx = serverErrors(instances);
    if (answered5xx.length > 0) console.log(`the instances' own 5xx answers (what the proxy may have passed on):\n  ${answered5xx.join('\n  ')}`);
    if (errors > 0) process.exitCode = 1;
  } catch (error) {
    for (const [index, instance] of instances.entries()) console.error(`instance ${index + 1}, its last lines:\n${instance.lines().slice(-15).join('\n')}`);
    if (proxy) console.error(`caching proxy, its last output:\n${proxy.output().slice(-2000)}`);
    throw error;
  } finally {
    await stopAll();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
