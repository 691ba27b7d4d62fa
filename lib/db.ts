import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { watchDatabaseHealth } from '@/lib/database-health';
import { env } from '@/lib/env';

/**
 * The one Prisma client, kept on globalThis so that hot reload in development
 * does not open a new connection pool on every edit. Every database — a server named by
 * DATABASE_URL or the embedded PostgreSQL — is a real PostgreSQL server and gets the same pool.
 */
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

/**
 * The pool fails fast: a connection not made within the connect timeout, or a statement with no
 * answer within the statement timeout (enforced by the server, and by the client for a server
 * that never answers), fails the query instead of holding the request. The pool reports to
 * lib/database-health.ts, which tells an outage from a bug.
 */
function poolTimeouts(): pg.PoolConfig {
  return {
    connectionTimeoutMillis: env.DATABASE_CONNECT_TIMEOUT_MS,
    statement_timeout: env.DATABASE_STATEMENT_TIMEOUT_MS,
    query_timeout: env.DATABASE_STATEMENT_TIMEOUT_MS + 2000,
    idle_in_transaction_session_timeout: env.DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS,
    keepAlive: true,
  };
}

const SHUTDOWN_KEY = Symbol.for('memorial.shutdown');
const shutdown = globalThis as unknown as { [SHUTDOWN_KEY]?: Array<() => Promise<void>> };

function createPrismaClient(): PrismaClient {
  const pool = watchDatabaseHealth(new pg.Pool({ connectionString: env.DATABASE_URL, max: 10, ...poolTimeouts() }));
  const client = new PrismaClient({ adapter: new PrismaPg(pool) });
  // The production server (server/index.mjs) runs these once the last request of a graceful stop
  // has finished, so the connections close cleanly. Prisma leaves a pool it was given open.
  (shutdown[SHUTDOWN_KEY] ??= []).push(async () => {
    await client.$disconnect();
    await pool.end();
  });
  return client;
}

export const db: PrismaClient = globalForPrisma.prisma ?? createPrismaClient();

if (env.NODE_ENV !== 'production') globalForPrisma.prisma = db;

