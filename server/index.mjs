/**
 * npm start — the production server: Next's request handler inside a small Node HTTP server.
 *
 * Why a custom server rather than `next start`: Next gives app code no access log and no socket
 * address, answers a database outage with a 500 page that is blank without JavaScript, and `npm start`
 * used to need tsx (a development dependency). This file is plain JavaScript and needs only `next`
 * and `pino`. It adds, and only adds:
 *   - a JSON line per request (request id, method, route, status, duration, client address), and
 *     Next's own console output as JSON lines (server/logger.mjs);
 *   - a 503 page with Retry-After, readable without JavaScript and in the address's language, in
 *     place of Next's 5xx while the database is unreachable (server/outage-page.mjs);
 *   - a graceful stop on SIGTERM/SIGINT: no new connections, in-flight requests finish, then the
 *     database pools close.
 * The cost: no `output: 'standalone'` (it ships its own server.js), and this file follows Next's
 * programmatic API (`next({ dev: false })`, getRequestHandler) across upgrades.
 *
 * Start-up refuses to run without DATABASE_URL — there is no silent fallback to an embedded database
 * in production (`npm run start:embedded` asks for that explicitly) — and applies the migrations
 * under their advisory lock before it listens (instrumentation.ts), so several instances may start
 * together. Seeding is a deployment step (`npm run db:seed`), never part of a start.
 *
 * Options: --port/-p (else PORT, else 3000), --hostname/-H (else HOSTNAME, else 0.0.0.0).
 * Environment: LOG_LEVEL (info), MEMORIAL_SHUTDOWN_TIMEOUT_MS (25000), and everything lib/env.ts reads.
 */
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createLogger, forwardConsole, requestContext } from './logger.mjs';
import { createOutagePages } from './outage-page.mjs';
import { answerOutageInstead } from './outage-response.mjs';

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const { values: options } = parseArgs({
  options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } },
  allowPositionals: false,
});
const port = Number(options.port ?? process.env.PORT ?? 3000);
const hostname = options.hostname ?? process.env.HOSTNAME ?? '0.0.0.0';
const shutdownTimeoutMs = Number(process.env.MEMORIAL_SHUTDOWN_TIMEOUT_MS ?? 25_000);

let logger;
try {
  logger = createLogger(process.env.LOG_LEVEL?.trim() || 'info');
} catch (error) {
  console.error(error.message);
  process.exit(1);
}

if (!process.env.DATABASE_URL?.trim()) {
  logger.fatal(
    'DATABASE_URL is not set. `npm start` serves a production build from a PostgreSQL server: set DATABASE_URL to a postgresql:// URL of it ' +
      '(migrate and seed it with `npm run db:migrate` and `npm run db:seed`, then `npm run build`). To serve the embedded demo database instead, ask for it: `npm run start:embedded`.',
  );
  process.exit(1);
}
if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  logger.fatal(`The port must be a number from 1 to 65535 (got "${options.port ?? process.env.PORT}").`);
  process.exit(1);
}

process.chdir(PROJECT_ROOT);
process.env.NODE_ENV = 'production';
// instrumentation.ts applies the migrations (under their advisory lock) before Next answers anything.
process.env.MEMORIAL_MIGRATE_ON_START = '1';
forwardConsole(logger);

const { default: next } = await import('next');
const app = next({ dev: false, dir: PROJECT_ROOT, hostname, port });
try {
  await app.prepare();
} catch (error) {
  logger.fatal({ err: error }, 'The server could not start.');
  process.exit(1);
}
// Next runs instrumentation.ts (migrations, start-up checks) in the background of prepare(); listen
// only once it has succeeded, and stop when it failed, rather than answer every request with a 500.
const startup = await waitForStartup();
if (!startup.ok) {
  logger.fatal({ err: startup.error }, 'Start-up failed; not serving.');
  process.exit(1);
}
const handle = app.getRequestHandler();
const outageAnswer = createOutagePages(PROJECT_ROOT);

async function waitForStartup() {
  const key = Symbol.for('memorial.startup');
  for (let waited = 0; !globalThis[key]; waited += 50) {
    if (waited > 600_000) return { ok: false, error: new Error('instrumentation.ts did not finish within 10 minutes') };
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return globalThis[key];
}

/** A request id from the caching proxy is kept when it looks like one; otherwise a new one. */
function requestIdOf(request) {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && /^[A-Za-z0-9._:-]{8,128}$/.test(given) ? given : randomUUID();
}

/**
 * The route for the log: the path without its query (which may hold a name searched for or a
 * token), with any segment that looks like a token (long, letters and digits mixed) masked.
 */
function routeOf(url) {
  const pathname = (url ?? '/').split('?')[0];
  return pathname.replace(/\/(?=[A-Za-z0-9_-]{24,})(?=[^/]*\d)(?=[^/]*[A-Za-z])[A-Za-z0-9_-]+/g, '/:token');
}

let stopping = false;

const server = createServer((request, response) => {
  const requestId = requestIdOf(request);
  const started = process.hrtime.bigint();
  request.headers['x-request-id'] = requestId;
  response.setHeader('X-Request-Id', requestId);
  // While stopping, a kept-alive connection is closed after this answer.
  if (stopping) response.setHeader('Connection', 'close');
  answerOutageInstead(request, response, outageAnswer);

  response.once('close', () => {
    const status = response.statusCode;
    const line = {
      requestId,
      method: request.method,
      route: routeOf(request.url),
      status,
      durationMs: Number((Number(process.hrtime.bigint() - started) / 1e6).toFixed(1)),
      clientAddress: request.socket.remoteAddress,
      ...(response.writableFinished ? {} : { aborted: true }),
    };
    const level = status >= 500 && status !== 503 ? 'error' : status === 503 ? 'warn' : 'info';
    logger[level](line, 'request');
    // A kept-alive connection that has just become idle must not hold a graceful stop back.
    if (stopping) setImmediate(() => server.closeIdleConnections());
  });

  requestContext.run({ requestId }, () => {
    handle(request, response).catch((error) => {
      logger.error({ err: error }, 'The request handler failed.');
      if (!response.headersSent) response.statusCode = 500;
      response.end();
    });
  });
});
server.keepAliveTimeout = 65_000;

server.listen(port, hostname, () => {
  logger.info({ port, hostname }, `Serving on http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port}`);
});

/** Closes the database pools the app registered (lib/db.ts), then Next. */
async function closeResources() {
  const closers = globalThis[Symbol.for('memorial.shutdown')] ?? [];
  await Promise.allSettled(closers.map((close) => close()));
  await app.close?.();
}

function stop(signal) {
  if (stopping) return;
  stopping = true;
  globalThis[Symbol.for('memorial.draining')] = true;
  logger.info({ signal }, 'Stopping: no new connections; in-flight requests are finishing.');
  const forced = setTimeout(() => {
    logger.error({ timeoutMs: shutdownTimeoutMs }, 'Requests still running at the shutdown timeout; closing them.');
    server.closeAllConnections();
    process.exit(1);
  }, shutdownTimeoutMs);
  forced.unref();
  server.close(async () => {
    await closeResources().catch((error) => logger.error({ err: error }, 'Closing the database pools failed.'));
    logger.info('Stopped.');
    logger.flush?.();
    process.exit(0);
  });
  server.closeIdleConnections();
}

process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));
