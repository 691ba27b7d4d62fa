/**
 * What the load benchmarks share (scripts/bench-load.ts, scripts/bench-soak.ts): the public routes they
 * ask for, warming a cache, and running wrk as a browser asks (gzip) and reading its figures.
 */
import { execFile, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { promisify } from 'node:util';

const ANNIVERSARY_YEAR = 2020;

/** The routes the README reports, each as a visitor or a sharing service asks for it; `page`: a page of the App Router. */
export function benchRoutes(siteUrl: string): { name: string; path: string; page?: true }[] {
  return [
    { name: 'anniversary', path: `/en/anniversaries/${ANNIVERSARY_YEAR}`, page: true },
    { name: 'victim', path: '/en/victims/larissa-mammadova', page: true },
    { name: 'figures', path: '/en/figures', page: true },
    { name: 'preview image', path: `/en/anniversaries/${ANNIVERSARY_YEAR}/opengraph-image` },
    { name: 'embed', path: `/embed/anniversaries/${ANNIVERSARY_YEAR}` },
    { name: 'oEmbed', path: `/api/oembed?url=${encodeURIComponent(`${siteUrl}/en/anniversaries/${ANNIVERSARY_YEAR}`)}` },
    { name: 'search', path: '/en/victims?q=mammadova', page: true },
  ];
}

/** The mix of public routes visitors ask for through the caching proxy: the routes above and a few more. */
export function mixPaths(siteUrl: string): string[] {
  return [...benchRoutes(siteUrl).map((route) => route.path), '/en', '/en/timeline', `/az/anniversaries/${ANNIVERSARY_YEAR}`, '/ru/figures', '/en/releases', '/feeds/releases.xml'];
}

/**
 * Writes a wrk script that asks for the paths in turn, with `extra` Lua appended (a `done` function,
 * for instance).
 */
export function writeMixScript(file: string, paths: string[], extra = ''): void {
  writeFileSync(
    file,
    `local paths = { ${paths.map((entry) => JSON.stringify(entry)).join(', ')} }
local index = 0
request = function()
  index = index % #paths + 1
  return wrk.format("GET", paths[index])
end
${extra}`,
  );
}

export type WrkResult = { requestsPerSecond: number; p50: number; p99: number; errors: number; requests: number };

/** Milliseconds from wrk's "1.23ms" / "456.00us" / "1.2s". */
function milliseconds(value: string): number {
  const match = /^([\d.]+)(us|ms|s|m)$/.exec(value.trim());
  if (!match) return NaN;
  const number = Number(match[1]);
  return match[2] === 'us' ? number / 1000 : match[2] === 'ms' ? number : match[2] === 's' ? number * 1000 : number * 60_000;
}

/** wrk's arguments: 2 threads, a 10 s timeout, and gzip (the caching proxy stores the origin's gzipped copy). */
export function wrkArguments(url: string, connections: number, seconds: number, script?: string): string[] {
  return ['-t', '2', '-c', String(connections), '-d', `${seconds}s`, '--latency', '--timeout', '10s', '-H', 'Accept-Encoding: gzip', ...(script ? ['-s', script] : []), url];
}

/** The figures of wrk's report; non-2xx/3xx answers and socket errors both count as errors. */
export function parseWrk(out: string): WrkResult {
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? NaN);
  const p50 = milliseconds(/\s50%\s+(\S+)/.exec(out)?.[1] ?? '');
  const p99 = milliseconds(/\s99%\s+(\S+)/.exec(out)?.[1] ?? '');
  const requests = Number(/(\d+) requests in/.exec(out)?.[1] ?? 0);
  const non2xx = Number(/Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] ?? 0);
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
  const errors = non2xx + (socket ? socket.slice(1).reduce((sum, value) => sum + Number(value), 0) : 0);
  return { requestsPerSecond: rps, p50, p99, errors, requests };
}

/** One wrk run, waited for. */
export function wrk(url: string, connections: number, seconds: number, script?: string): WrkResult {
  const result = spawnSync('wrk', wrkArguments(url, connections, seconds, script), { encoding: 'utf8' });
  if (result.error) throw new Error(`wrk could not run (apt-get install wrk): ${result.error.message}`);
  return parseWrk(result.stdout);
}

/**
 * One request to fill the caches (curl, with a deadline: a server still draining the last run's
 * queue may take a while); a few tries before giving up. Never blocks the event loop: the soak's
 * database relays run in the same process.
 */
export async function warm(url: string): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await promisify(execFile)('curl', ['-sS', '-f', '-o', '/dev/null', '-m', '60', '-H', 'Accept-Encoding: gzip', url], { encoding: 'utf8' });
      return;
    } catch (error) {
      if (attempt === 5) throw new Error(`${url}: ${String((error as { stderr?: string }).stderr ?? error).trim()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 1000 * attempt));
  }
}
