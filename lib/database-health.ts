import type pg from 'pg';
import { DATABASE_UNREACHABLE_DIGEST } from '@/lib/database-outage';

/**
 * Whether this process can reach PostgreSQL right now, as its own queries saw it: the pool records
 * every connection failure and every answer. Kept on globalThis under a registered symbol, because
 * the production server (server/index.mjs) reads it from outside Next's bundle to tell a database
 * outage (503 with Retry-After) from a bug (500).
 */
export type DatabaseHealth = {
  /** Epoch milliseconds of the last query that reached the server (its answer may still be an error). */
  lastAnswerAt: number;
  /** Epoch milliseconds of the last connection failure or timeout; 0 when none. */
  lastFailureAt: number;
  /** What failed last, for the log (no URL, no credentials). */
  lastFailure: string | null;
};

const HEALTH_KEY = Symbol.for('memorial.database-health');
const store = globalThis as unknown as { [HEALTH_KEY]?: DatabaseHealth };

export function databaseHealth(): DatabaseHealth {
  store[HEALTH_KEY] ??= { lastAnswerAt: 0, lastFailureAt: 0, lastFailure: null };
  return store[HEALTH_KEY];
}

/** True when the last thing the database did was fail to answer. */
export function isDatabaseUnreachable(): boolean {
  const health = databaseHealth();
  return health.lastFailureAt > 0 && health.lastFailureAt >= health.lastAnswerAt;
}

/** pg's and Node's words for a connection that failed, timed out or was cut. */
const CONNECTION_ERROR_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);
const CONNECTION_ERROR_MESSAGES = [
  /timeout exceeded when trying to connect/i,
  /Connection terminated/i,
  /Query read timeout/i,
  /not queryable/i,
  /Can't reach database server/i,
  /server closed the connection/i,
  /Timed out fetching a new connection/i,
];
/**
 * SQLSTATEs that mean the server cannot serve at all: connection exceptions (08…), shutdown and
 * start-up (57P01–57P03), too many connections, and a statement cancelled by our statement timeout.
 */
const UNAVAILABLE_SQLSTATES = /^(08...|57P0[123]|53300|57014)$/;
/** Prisma's codes for the same: cannot reach, timed out, connection closed, pool timeout. */
const UNAVAILABLE_PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024']);
const UNAVAILABLE_ADAPTER_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections']);

/**
 * True when an error (or any of its causes) says the database could not be reached or did not
 * answer in time — as opposed to a refused query (a constraint, a syntax error), which is a bug or
 * a conflict and must not be reported as an outage.
 */
export function isConnectionFailure(error: unknown): boolean {
  for (let current = error, depth = 0; current && typeof current === 'object' && depth < 8; depth += 1) {
    const candidate = current as { code?: unknown; message?: unknown; kind?: unknown; originalCode?: unknown; cause?: unknown; digest?: unknown; name?: unknown };
    if (candidate.digest === DATABASE_UNREACHABLE_DIGEST) return true;
    if (candidate.name === 'PrismaClientInitializationError') return true;
    for (const code of [candidate.code, candidate.originalCode]) {
      if (typeof code !== 'string') continue;
      if (CONNECTION_ERROR_CODES.has(code) || UNAVAILABLE_PRISMA_CODES.has(code) || UNAVAILABLE_SQLSTATES.test(code)) return true;
    }
    if (typeof candidate.kind === 'string' && UNAVAILABLE_ADAPTER_KINDS.has(candidate.kind)) return true;
    if (typeof candidate.message === 'string' && CONNECTION_ERROR_MESSAGES.some((pattern) => pattern.test(candidate.message as string))) return true;
    current = candidate.cause;
  }
  return false;
}

function recordAnswer(): void {
  databaseHealth().lastAnswerAt = Date.now();
}

function recordOutcome(error: unknown): void {
  if (!isConnectionFailure(error)) {
    // The server answered, if only to refuse: it is reachable.
    recordAnswer();
    return;
  }
  const health = databaseHealth();
  health.lastFailureAt = Date.now();
  health.lastFailure = error instanceof Error ? error.message : String(error);
}

/**
 * Makes the pool report to databaseHealth(): every query and every checkout of a connection (a
 * transaction) records whether the server answered. The pool's behaviour is otherwise unchanged.
 */
export function watchDatabaseHealth(pool: pg.Pool): pg.Pool {
  const query = pool.query.bind(pool) as (...args: unknown[]) => Promise<unknown>;
  const connect = pool.connect.bind(pool) as (...args: unknown[]) => Promise<unknown>;
  Object.assign(pool, {
    query: (...args: unknown[]) =>
      query(...args).then(
        (result) => {
          recordAnswer();
          return result;
        },
        (error: unknown) => {
          recordOutcome(error);
          throw error;
        },
      ),
    connect: (...args: unknown[]) => {
      // The pool's callback form is not used by Prisma's adapter; leave it untouched.
      if (typeof args[0] === 'function') return connect(...args);
      return connect().then(
        (client) => {
          recordAnswer();
          return client;
        },
        (error: unknown) => {
          recordOutcome(error);
          throw error;
        },
      );
    },
  });
  // An idle connection that breaks (the server went away) is a failure too.
  pool.on('error', recordOutcome);
  return pool;
}

/** The error every caller gets when the database is unreachable: its digest reaches the browser. */
export class DatabaseUnreachableError extends Error {
  readonly digest = DATABASE_UNREACHABLE_DIGEST;
  constructor(cause: unknown) {
    super('The database cannot be reached.', { cause });
    this.name = 'DatabaseUnreachableError';
  }
}

/** Rethrows a connection failure as DatabaseUnreachableError; any other error unchanged. */
export function rethrowIfUnreachable(error: unknown): never {
  if (isConnectionFailure(error) && !(error instanceof DatabaseUnreachableError)) throw new DatabaseUnreachableError(error);
  throw error;
}
