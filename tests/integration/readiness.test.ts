import { createServer, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkReadiness, READINESS_TIMEOUT_MS, shippedMigrations } from '@/lib/health/readiness';
import { db } from '@/tests/helpers/database';

const databaseUrl = process.env.DATABASE_URL!;
const redisUrl = 'redis://127.0.0.1:6379';

/** A TCP server that accepts connections and never says a word: a database that hangs. */
let silent: Server;
const sockets: Socket[] = [];
let silentPort = 0;

beforeAll(async () => {
  silent = createServer((socket) => sockets.push(socket));
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  silentPort = (silent.address() as { port: number }).port;
});

afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise((resolve) => silent.close(resolve));
});

describe('readiness', () => {
  it('is ready when PostgreSQL answers, every shipped migration is applied and Redis answers', async () => {
    const readiness = await checkReadiness({ databaseUrl, redisUrl });
    expect(readiness.checks.database.ok).toBe(true);
    expect(readiness.checks.migrations.ok).toBe(true);
    expect(readiness.checks.redis?.ok).toBe(true);
    expect(readiness.ready).toBe(true);
  });

  it('does not check Redis when none is configured', async () => {
    const readiness = await checkReadiness({ databaseUrl });
    expect(readiness.checks.redis).toBeUndefined();
    expect(readiness.ready).toBe(true);
  });

  it('is not ready while a shipped migration is not applied, and names it', async () => {
    const latest = shippedMigrations().at(-1)!;
    await db.$executeRaw`UPDATE _prisma_migrations SET migration_name = ${`${latest}-hidden`} WHERE migration_name = ${latest}`;
    try {
      const readiness = await checkReadiness({ databaseUrl });
      expect(readiness.ready).toBe(false);
      expect(readiness.checks.database.ok).toBe(true);
      expect(readiness.checks.migrations).toMatchObject({ ok: false, pending: [latest] });
    } finally {
      await db.$executeRaw`UPDATE _prisma_migrations SET migration_name = ${latest} WHERE migration_name = ${`${latest}-hidden`}`;
    }
  });

  it('is not ready when PostgreSQL refuses connections, and says so without the URL', async () => {
    const readiness = await checkReadiness({ databaseUrl: 'postgresql://probe:secret-password@127.0.0.1:1/none' });
    expect(readiness.ready).toBe(false);
    expect(readiness.checks.database.ok).toBe(false);
    expect(JSON.stringify(readiness)).not.toContain('secret-password');
  });

  it('gives up on a database that accepts connections but never answers, within its timeout', async () => {
    const started = Date.now();
    const readiness = await checkReadiness({ databaseUrl: `postgresql://probe@127.0.0.1:${silentPort}/none` });
    const elapsed = Date.now() - started;
    expect(readiness.ready).toBe(false);
    expect(readiness.checks.database.ok).toBe(false);
    expect(elapsed).toBeGreaterThanOrEqual(READINESS_TIMEOUT_MS - 100);
    expect(elapsed).toBeLessThan(READINESS_TIMEOUT_MS + 1500);
  });

  it('is not ready when a configured Redis does not answer, even with PostgreSQL up', async () => {
    const refused = await checkReadiness({ databaseUrl, redisUrl: 'redis://127.0.0.1:1' });
    expect(refused.checks.database.ok).toBe(true);
    expect(refused.checks.redis?.ok).toBe(false);
    expect(refused.ready).toBe(false);
    const hanging = await checkReadiness({ databaseUrl, redisUrl: `redis://127.0.0.1:${silentPort}` });
    expect(hanging.checks.redis?.ok).toBe(false);
    expect(hanging.ready).toBe(false);
  });
});
