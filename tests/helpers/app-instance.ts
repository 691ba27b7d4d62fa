import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

/**
 * A production server (server/index.mjs, what `npm start` runs) of the current build on a port of its
 * own, for tests that need an instance whose database they can cut off or whose process they can stop.
 * Its output (JSON lines) is kept for assertions.
 */
export type AppInstance = {
  url: string;
  child: ChildProcess;
  /** Every line the server wrote so far. */
  lines(): string[];
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
  stop(): Promise<void>;
};

const PROJECT_ROOT = path.resolve(import.meta.dirname, '..', '..');

export async function startAppInstance(options: { port: number; env: Record<string, string>; readyPath?: string }): Promise<AppInstance> {
  const url = `http://localhost:${options.port}`;
  const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'server', 'index.mjs'), '--port', String(options.port)], {
    cwd: PROJECT_ROOT,
    // SITE_URL stays the build's: the server refuses to serve a build under another address
    // (issue 11). Sign-in callbacks come back to this instance's own address.
    env: { ...process.env, SITE_URL: process.env.SITE_URL ?? url, NEXTAUTH_URL: url, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  let partial = '';
  const collect = (chunk: Buffer) => {
    const text = partial + chunk.toString('utf8');
    const lines = text.split('\n');
    partial = lines.pop() ?? '';
    output.push(...lines.filter(Boolean));
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The app instance exited (${child.exitCode}):\n${output.join('\n')}`);
    try {
      const response = await fetch(`${url}${options.readyPath ?? '/robots.txt'}`);
      if (response.ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`The app instance did not answer within 120 s:\n${output.join('\n')}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }

  return {
    url,
    child,
    lines: () => [...output],
    exited,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 30_000))]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
  };
}

/** The same database through another host and port (a relay in front of the server). */
export function databaseUrlThrough(databaseUrl: string, port: number): string {
  const parsed = new URL(databaseUrl);
  parsed.hostname = '127.0.0.1';
  parsed.port = String(port);
  return parsed.toString();
}
