/**
 * npm run bench:load — what the topology serves under load, on this machine (not part of npm test).
 *
 * Needs a production build (`npm run build`) made against a migrated and seeded DATABASE_URL, with
 * the SITE_URL it was built with. Starts, each on its own loopback port (BENCH_PORT, default 3420, and
 * the next three):
 *   - the origin: one `next start` of the build, as the topology runs it behind the caching proxy
 *     (ORIGIN_COMPRESSION=off: the proxy gzips each version once, the origin sends it plain);
 *   - the caching proxy: varnishd with deploy/varnish/memorial.vcl in front of it;
 *   - the static peer, the physical limit: nginx serving the very same bytes as static files;
 *   - the framework's ceiling: a bare Next app built with this project's Next, one static page as large
 *     as each of the memorial's pages measured (scripts/lib/bare-next.ts).
 * Then, per route, `wrk` with 64 connections for BENCH_SECONDS (default 10) against each of them,
 * printing requests/s, p50 and p99 and the ratios; then 200 connections for BENCH_MIX_SECONDS (default
 * 60) over a mix of public routes through the caching proxy, with the error count. Ends every process
 * it started.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startNextInstance, startVarnish, type Managed } from '../tests/helpers/topology';
import { buildBareNext, nextVersion, pageForBare, startBareNext } from './lib/bare-next';
import { benchRoutes, mixPaths, warm, wrk, writeMixScript, type WrkResult } from './lib/load';

const BASE_PORT = Number(process.env.BENCH_PORT ?? 3420);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const MIX_SECONDS = Number(process.env.BENCH_MIX_SECONDS ?? 60);
const SITE_URL = process.env.SITE_URL?.trim() ?? '';

if (!process.env.DATABASE_URL || !SITE_URL) {
  console.error('bench:load needs DATABASE_URL (migrated and seeded) and the SITE_URL the build was made with.');
  process.exit(1);
}

const ROUTES = benchRoutes(SITE_URL);
const MIX = mixPaths(SITE_URL);

/** nginx serving files from a folder on a port, in a prefix folder of its own. */
function startNginx(port: number, root: string, prefix: string): Promise<{ stop(): Promise<void> }> {
  mkdirSync(path.join(prefix, 'logs'), { recursive: true });
  writeFileSync(
    path.join(prefix, 'nginx.conf'),
    `worker_processes 2;
pid ${prefix}/nginx.pid;
error_log ${prefix}/logs/error.log;
events { worker_connections 4096; }
http {
  access_log off;
  sendfile on;
  keepalive_requests 100000;
  default_type text/html;
  client_body_temp_path ${prefix}/body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  server {
    listen 127.0.0.1:${port};
    root ${root};
    gzip_static on;
    location / { try_files $uri/index.body =404; }
  }
}
`,
  );
  const child: ChildProcess = spawn('nginx', ['-p', prefix, '-c', path.join(prefix, 'nginx.conf'), '-g', 'daemon off;'], { detached: true, stdio: 'inherit' });
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = async () => {
      try {
        await fetch(`http://127.0.0.1:${port}/`);
        resolve({
          stop: () =>
            new Promise<void>((done) => {
              child.once('exit', () => done());
              process.kill(-child.pid!, 'SIGTERM');
            }),
        });
      } catch {
        if (child.exitCode !== null || Date.now() - started > 10_000) {
          // Nothing is left running after a failed start.
          if (child.exitCode === null) process.kill(-child.pid!, 'SIGKILL');
          reject(new Error('nginx did not start (is it installed? apt-get install nginx)'));
        } else setTimeout(poll, 200);
      }
    };
    void poll();
  });
}

function format(result: WrkResult): string {
  return `${result.requestsPerSecond.toFixed(0).padStart(7)} req/s  p50 ${result.p50.toFixed(2).padStart(7)} ms  p99 ${result.p99.toFixed(2).padStart(8)} ms`;
}

async function main(): Promise<void> {
  const work = mkdtempSync(path.join(tmpdir(), 'memorial-bench-'));
  chmodSync(work, 0o755);
  const started: { stop(): Promise<void> }[] = [];
  const stopAll = async () => {
    for (const process of started.reverse()) await process.stop().catch(() => {});
    started.length = 0;
    rmSync(work, { recursive: true, force: true });
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void stopAll().finally(() => process.exit(130)));
  try {
    const origin: Managed = await startNextInstance(BASE_PORT, {
      SITE_URL: SITE_URL!,
      CACHE_PURGE_URLS: `http://127.0.0.1:${BASE_PORT + 1}`,
      // The server refuses to start without strong secrets; nobody signs in during the benchmark.
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? randomBytes(32).toString('base64url'),
      MEMORIAL_TOTP_KEY: process.env.MEMORIAL_TOTP_KEY ?? randomBytes(32).toString('base64url'),
    });
    started.push(origin);
    const proxy = await startVarnish(BASE_PORT + 1, [{ host: '127.0.0.1', port: BASE_PORT }]);
    started.push(proxy);

    // The static peer serves exactly what the topology answers, byte for byte: the origin's plain
    // answer, and the caching proxy's gzip of it (the instances leave compression to the proxy,
    // ORIGIN_COMPRESSION=off) for clients that accept gzip, where the proxy compresses that answer.
    const root = path.join(work, 'static');
    for (const route of ROUTES) {
      const folder = path.join(root, new URL(route.path, origin.url).pathname);
      mkdirSync(folder, { recursive: true });
      for (const [file, base, headers] of [
        ['index.body', origin.url, []],
        ['index.body.gz', proxy.url, ['-H', 'Accept-Encoding: gzip']],
      ] as const) {
        const target = path.join(folder, file);
        const curl = spawnSync('curl', ['-sS', '-f', ...headers, '-o', target, '-w', '%header{content-encoding}', `${base}${route.path}`], { encoding: 'utf8' });
        if (curl.status !== 0) throw new Error(`${route.path}: ${curl.stderr}`);
        // An answer that is not gzipped (a PNG) is served plain to every client.
        if (file === 'index.body.gz' && curl.stdout.trim() !== 'gzip') rmSync(target);
      }
    }
    spawnSync('chmod', ['-R', 'a+rX', work]);
    const staticPeer = `http://127.0.0.1:${BASE_PORT + 2}`;
    started.push(await startNginx(BASE_PORT + 2, root, path.join(work, 'nginx')));

    // The bare Next app: one page per page route, as large as the memorial's.
    const pageRoutes = ROUTES.filter((route) => route.page);
    const barePages = await Promise.all(pageRoutes.map((route) => pageForBare(`${origin.url}${route.path}`, route.name.replace(/\W+/g, '-'))));
    console.log(`Building the bare Next ${nextVersion()} app (${barePages.length} pages)…`);
    const bareDir = path.join(work, 'bare-next');
    const bareSizes = buildBareNext(bareDir, barePages);
    const bare = await startBareNext(bareDir, BASE_PORT + 3, barePages[0]!.name);
    started.push(bare);
    const bareOf = new Map(pageRoutes.map((route, index) => [route.name, { path: `/${barePages[index]!.name}`, memorial: barePages[index]!.bytes, bare: bareSizes[index]!.bytes }]));

    console.log(`bench:load on ${new Date().toISOString().slice(0, 10)}: wrk, 2 threads, 64 connections, ${SECONDS} s per route and target\n`);
    const rows: string[] = [];
    const bareRows: string[] = [];
    for (const route of ROUTES) {
      const bareRoute = bareOf.get(route.name);
      // Warm every cache first, so each target is measured serving a cached answer.
      for (const base of [origin.url, proxy.url, staticPeer]) await warm(`${base}${route.path}`);
      if (bareRoute) await warm(`${bare.url}${bareRoute.path}`);
      console.log(`${route.name}: measuring…`);
      const results = {
        origin: wrk(`${origin.url}${route.path}`, 64, SECONDS),
        proxy: wrk(`${proxy.url}${route.path}`, 64, SECONDS),
        static: wrk(`${staticPeer}${route.path}`, 64, SECONDS),
        bare: bareRoute ? wrk(`${bare.url}${bareRoute.path}`, 64, SECONDS) : null,
      };
      console.log(`${route.name}`);
      console.log(`  origin        ${format(results.origin)}  errors ${results.origin.errors}`);
      console.log(`  caching proxy ${format(results.proxy)}  errors ${results.proxy.errors}`);
      console.log(`  static peer   ${format(results.static)}  errors ${results.static.errors}`);
      if (results.bare) console.log(`  bare Next     ${format(results.bare)}  errors ${results.bare.errors}`);
      const proxyRatio = results.proxy.requestsPerSecond / results.static.requestsPerSecond;
      const originRatio = results.origin.requestsPerSecond / results.static.requestsPerSecond;
      const bareRatio = results.bare ? results.origin.requestsPerSecond / results.bare.requestsPerSecond : null;
      console.log(`  proxy/static ${proxyRatio.toFixed(2)}  origin/static ${originRatio.toFixed(3)}${bareRatio === null ? '' : `  origin/bare Next ${bareRatio.toFixed(2)}`}\n`);
      rows.push(
        `| ${route.name} | ${results.origin.requestsPerSecond.toFixed(0)} (p99 ${results.origin.p99.toFixed(1)} ms) | ${results.proxy.requestsPerSecond.toFixed(0)} (p50 ${results.proxy.p50.toFixed(2)}, p99 ${results.proxy.p99.toFixed(2)} ms) | ${results.static.requestsPerSecond.toFixed(0)} (p99 ${results.static.p99.toFixed(2)} ms) | ${proxyRatio.toFixed(2)} | ${originRatio.toFixed(3)} |`,
      );
      if (results.bare && bareRoute) {
        bareRows.push(
          `| ${route.name} | ${(bareRoute.memorial / 1000).toFixed(0)} kB / ${(bareRoute.bare / 1000).toFixed(0)} kB | ${results.origin.requestsPerSecond.toFixed(0)} (p99 ${results.origin.p99.toFixed(1)} ms) | ${results.bare.requestsPerSecond.toFixed(0)} (p99 ${results.bare.p99.toFixed(1)} ms) | ${bareRatio!.toFixed(2)} |`,
        );
      }
    }

    const script = path.join(work, 'mix.lua');
    writeMixScript(script, MIX);
    for (const entry of MIX) await warm(`${proxy.url}${entry}`);
    const mix = wrk(proxy.url, 200, MIX_SECONDS, script);
    console.log(`mix of ${MIX.length} public routes through the caching proxy, 200 connections, ${MIX_SECONDS} s`);
    console.log(`  ${format(mix)}  requests ${mix.requests}  errors ${mix.errors}\n`);

    console.log('README table rows:');
    console.log('| route | origin req/s | caching proxy req/s | static peer req/s | proxy/static | origin/static |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
    for (const row of rows) console.log(row);
    console.log(`| mix, 200 connections × ${MIX_SECONDS} s, caching proxy | | ${mix.requestsPerSecond.toFixed(0)} (p50 ${mix.p50.toFixed(2)}, p99 ${mix.p99.toFixed(2)} ms), ${mix.errors} errors | | | |`);
    console.log(`\n| page | HTML: memorial / bare | origin req/s | bare Next ${nextVersion()} req/s | origin / bare |`);
    console.log('| --- | ---: | ---: | ---: | ---: |');
    for (const row of bareRows) console.log(row);
  } finally {
    await stopAll();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
