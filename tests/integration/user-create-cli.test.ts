import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeEach, describe, expect, it } from 'vitest';
import { verifyPassword } from '@/lib/users/password';
import { db, resetDatabase } from '@/tests/helpers/database';

const run = promisify(execFile);
const TSX = path.join(process.cwd(), 'node_modules', '.bin', 'tsx');

/** The README's command for the first administrator, run as a newcomer would run it. */
async function userCreate(args: string[], password: string | undefined) {
  const env = { ...process.env, MEMORIAL_USER_PASSWORD: password ?? '' };
  try {
    const { stdout, stderr } = await run(TSX, ['scripts/user-create.ts', ...args], { env, timeout: 60_000 });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failure = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failure.code ?? 1, output: `${failure.stdout ?? ''}${failure.stderr ?? ''}` };
  }
}

beforeEach(async () => {
  await resetDatabase();
});

describe('npm run user:create', () => {
  it('creates an administrator whose password works and is never printed', async () => {
    const password = 'a long passphrase for the first admin';
    const result = await userCreate(['--email', 'First.Admin@Example.org', '--role', 'admin', '--name', 'First Admin'], password);
    expect(result.code).toBe(0);
    expect(result.output).not.toContain(password);
    const user = await db.user.findUniqueOrThrow({ where: { email: 'first.admin@example.org' } });
    expect(user).toMatchObject({ role: 'ADMIN', active: true, name: 'First Admin' });
    expect(await verifyPassword(password, user.passwordHash)).toBe(true);
    expect(await db.auditEntry.count({ where: { entityType: 'User', entityId: user.id } })).toBe(1);
  });

  it('refuses a short password and an existing address, creating nothing', async () => {
    expect((await userCreate(['--email', 'a@example.org', '--role', 'curator'], 'short')).code).not.toBe(0);
    expect(await db.user.count()).toBe(0);
    expect((await userCreate(['--email', 'a@example.org', '--role', 'curator'], 'a sufficiently long one')).code).toBe(0);
    const again = await userCreate(['--email', 'a@example.org', '--role', 'admin'], 'a sufficiently long one');
    expect(again.code).not.toBe(0);
    expect(await db.user.count()).toBe(1);
    // Three runs of the command, each starting tsx and Prisma: slow on a busy machine.
  }, 120_000);
});
