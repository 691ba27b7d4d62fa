/**
 * The production topology on loopback, without Docker: `next start` instances of the current build and
 * the shipped caching proxy (deploy/varnish/memorial.vcl) in front of them. Used by the end-to-end
 * topology spec and by `npm run bench:load`. Every process is started in its own process group and
 * ended by its id; every Redis key lives under the prefix given.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createClient } from '@redis/client';
import { PROJECT_ROOT } from '../../scripts/lib/paths';

const ROOT = PROJECT_ROOT;
export const NEXT_BIN = path.join(ROOT, 'node_modules', '.bin', 'next');
export const VARNISH_VCL = path.join(ROOT, 'deploy', 'varnish', 'memorial.vcl');
/** How an instance is started, here and in docker-compose.yml (port and host appended). */
export const NEXT_START = ['next', 'start'] as const;
/** The variables that make several instances one site: the same in every instance, here and in docker-compose.yml. */
export const SHARED_INSTANCE_VARIABLES = ['DATABASE_URL', 'SITE_URL', 'NEXTAUTH_SECRET', 'NEXT_SERVER_ACTIONS_ENCRYPTION_KEY', 'REDIS_URL', 'REDIS_KEY_PREFIX', 'CACHE_PURGE_URLS'] as const;

export type Managed = { url: string; port: number; process: ChildProcess; output: () => string; stop(): Promise<void> };

function stopGroup(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return resolve();
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
    }, 5000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      clearTimeout(timer);
      resolve();
    }
  });
}

/**
 * Waits until `url` answers 200. If it never does (the process ended, or the time ran out), the
 * process group is stopped before the error is thrown: a failed start leaves nothing running.
 */
async function waitFor(url: string, timeoutMs: number, child: ChildProcess, output: () => string): Promise<void> {
  try {
    await poll(url, timeoutMs, child, output);
  } catch (error) {
    await stopGroup(child);
    throw error;
  }
}

async function poll(url: string, timeoutMs: number, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${url}: the process ended (${child.exitCode}):\n${output().slice(-3000)}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
    } catch {
      // not yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs} ms:\n${output().slice(-3000)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

function spawnManaged(command: string, args: string[], env: NodeJS.ProcessEnv, cwd = ROOT): { child: ChildProcess; output: () => string } {
  const child = spawn(command, args, { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let buffer = '';
  const keep = (chunk: Buffer) => {
    buffer = (buffer + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return { child, output: () => buffer };
}

/** Refuses a port something already answers on: its answers would be taken for the new process's. */
async function assertPortFree(port: number): Promise<void> {
  const answered = await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(2000) }).then(
    () => true,
    () => false,
  );
  if (answered) throw new Error(`Port ${port} is already in use; stop what runs there first.`);
}

/**
 * What every instance behind the shipped caching proxy is started with, here and in
 * docker-compose.yml: it leaves compression to the proxy, which gzips each version once when it
 * stores it (deploy/varnish/memorial.vcl).
 */
export const BEHIND_PROXY_VARIABLES = { ORIGIN_COMPRESSION: 'off' } as const;

/**
 * `next start` of the current build on a port, as an instance behind the caching proxy, with the
 * environment given on top of this one's.
 */
export async function startNextInstance(port: number, env: Record<string, string>): Promise<Managed> {
  return startNextApp(port, { env: { ...BEHIND_PROXY_VARIABLES, ...env }, readyPath: '/api/health' });
}

/**
 * `next start` of the build in `cwd` (the project's by default) on a loopback port, ready once
 * `readyPath` answers 200; scripts/lib/bare-next.ts starts its bare app with it.
 */
export async function startNextApp(port: number, options: { env?: Record<string, string>; readyPath: string; cwd?: string }): Promise<Managed> {
  await assertPortFree(port);
  const { child, output } = spawnManaged(NEXT_BIN, [NEXT_START[1], '-p', String(port), '-H', '127.0.0.1'], { ...process.env, ...options.env, PORT: String(port) }, options.cwd);
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}${options.readyPath}`, 90_000, child, output);
  return { url, port, process: child, output, stop: () => stopGroup(child) };
}

/**
 * varnishd with the shipped VCL on a port, in front of the given instances (round robin, probed on
 * /api/ready), in a working directory of its own that is removed at stop.
 */
export async function startVarnish(port: number, backends: { host: string; port: number }[], options: { waitForHealthy?: boolean } = {}): Promise<Managed & { workDir: string }> {
  await assertPortFree(port);
  const workDir = mkdtempSync(path.join(tmpdir(), 'memorial-varnish-'));
  const vclDir = path.join(workDir, 'vcl');
  mkdirSync(vclDir);
  const names = backends.map((_, index) => `app${index + 1}`);
  writeFileSync(
    path.join(vclDir, 'origin.vcl'),
    [
      ...backends.map(
        (backend, index) =>
          `backend ${names[index]} {\n  .host = "${backend.host}";\n  .port = "${backend.port}";\n  .probe = memorial_ready;\n  .connect_timeout = 2s;\n  .first_byte_timeout = 30s;\n}\n`,
      ),
      `sub vcl_init {\n  new origin = directors.round_robin();\n${names.map((name) => `  origin.add_backend(${name});\n`).join('')}}\n`,
      'acl purgers {\n  "127.0.0.1";\n  "::1";\n}\n',
    ].join('\n'),
  );
  // varnishd drops root privileges to its own users (its compiler runs as one), which must read these.
  chmodSync(workDir, 0o755);
  chmodSync(vclDir, 0o755);
  chmodSync(path.join(vclDir, 'origin.vcl'), 0o644);
  const args = [
    '-F',
    '-a',
    `127.0.0.1:${port}`,
    '-f',
    VARNISH_VCL,
    '-p',
    `vcl_path=${path.dirname(VARNISH_VCL)}:${vclDir}`,
    '-n',
    path.join(workDir, 'work'),
    '-s',
    'malloc,256m',
    '-T',
    'none',
  ];
  const { child, output } = spawnManaged('varnishd', args, process.env);
  const url = `http://127.0.0.1:${port}`;
  // Until the probes pass, Varnish answers 503; /api/health is passed straight to an instance.
  try {
    await waitFor(`${url}/api/health`, 30_000, child, output);
    if (options.waitForHealthy !== false) await waitFor(`${url}/en/about`, 60_000, child, output);
  } catch (error) {
    rmSync(workDir, { recursive: true, force: true });
    throw error;
  }
  return {
    url,
    port,
    workDir,
    process: child,
    output,
    async stop() {
      await stopGroup(child);
      rmSync(workDir, { recursive: true, force: true });
    },
  };
}

/** Deletes every Redis key under the prefix (SCAN + UNLINK; never FLUSHDB on a shared Redis). */
export async function deleteRedisPrefix(url: string, prefix: string): Promise<number> {
  if (!prefix.includes('memorial')) throw new Error(`Refusing to delete keys under a prefix that is not the memorial's: ${prefix}`);
  const client = createClient({ url });
  await client.connect();
  let deleted = 0;
  try {
    for await (const keys of client.scanIterator({ MATCH: `${prefix}:*`, COUNT: 500 })) {
      if (keys.length > 0) deleted += await client.unlink(keys);
    }
  } finally {
    client.destroy();
  }
  return deleted;
}
