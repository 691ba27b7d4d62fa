import { beforeEach, describe, expect, it } from 'vitest';
import { beginLoginAttempt, markLoginAttemptSucceeded, RATE_LIMIT } from '@/lib/users/rate-limit';
import { db, resetDatabase } from '@/tests/helpers/database';

const START = new Date('2026-11-22T10:00:00.000Z');
const at = (minutes: number) => new Date(START.getTime() + minutes * 60_000);

async function fail(email: string, ip: string, now: Date) {
  const gate = await beginLoginAttempt({ email, ip }, now);
  if (!gate.allowed) throw new Error(`expected the attempt at ${now.toISOString()} to be allowed`);
  return gate;
}

beforeEach(async () => {
  await resetDatabase();
});

describe('beginLoginAttempt', () => {
  it('records every allowed attempt as a failure, with the e-mail normalised and the address, until it succeeds', async () => {
    const gate = await fail('  Curator@Example.ORG ', '203.0.113.7', START);
    expect(await db.loginAttempt.findMany({ select: { email: true, ip: true, succeeded: true, createdAt: true } })).toEqual([
      { email: 'curator@example.org', ip: '203.0.113.7', succeeded: false, createdAt: START },
    ]);
    await markLoginAttemptSucceeded(gate.attemptId);
    expect(await db.loginAttempt.findUniqueOrThrow({ where: { id: gate.attemptId }, select: { succeeded: true } })).toEqual({ succeeded: true });
  });

  it('refuses the sixth attempt after five failures in 15 minutes, until the oldest leaves the window', async () => {
    for (const minute of [0, 1, 2, 3, 4]) await fail('curator@example.org', `198.51.100.${minute}`, at(minute));
    const refused = await beginLoginAttempt({ email: 'CURATOR@example.org', ip: '198.51.100.99' }, at(5));
    expect(refused).toEqual({ allowed: false, reason: 'account', retryAt: at(15) });
    // A refusal is not recorded, so trying again does not push the time back.
    expect(await db.loginAttempt.count()).toBe(5);
    expect((await beginLoginAttempt({ email: 'curator@example.org', ip: '198.51.100.99' }, at(14.99))).allowed).toBe(false);
    expect((await beginLoginAttempt({ email: 'curator@example.org', ip: '198.51.100.99' }, at(15))).allowed).toBe(true);
    // Another account is not affected.
    expect((await beginLoginAttempt({ email: 'admin@example.org', ip: '198.51.100.1' }, at(5))).allowed).toBe(true);
  });

  it('forgets an account’s failures once it signs in', async () => {
    for (const minute of [0, 1, 2, 3]) await fail('curator@example.org', '203.0.113.7', at(minute));
    await markLoginAttemptSucceeded((await fail('curator@example.org', '203.0.113.7', at(4))).attemptId);
    for (const minute of [5, 6, 7, 8]) await fail('curator@example.org', '203.0.113.7', at(minute));
    expect((await beginLoginAttempt({ email: 'curator@example.org', ip: '203.0.113.7' }, at(9))).allowed).toBe(true);
  });

  it('refuses an address after twenty failures for any e-mails, and other addresses still get in', async () => {
    for (let index = 0; index < 20; index++) await fail(`guess-${index}@example.org`, '192.0.2.66', at(index * 0.5));
    const refused = await beginLoginAttempt({ email: 'someone-new@example.org', ip: '192.0.2.66' }, at(10));
    expect(refused).toEqual({ allowed: false, reason: 'ip', retryAt: at(15) });
    expect((await beginLoginAttempt({ email: 'someone-new@example.org', ip: '192.0.2.67' }, at(10))).allowed).toBe(true);
  });

  it('lets no more than five parallel attempts at one account through', async () => {
    const gates = await Promise.all(
      Array.from({ length: 12 }, (_, index) => beginLoginAttempt({ email: 'curator@example.org', ip: `203.0.113.${index}` }, START)),
    );
    expect(gates.filter((gate) => gate.allowed)).toHaveLength(RATE_LIMIT.maxAccountFailures);
    expect(await db.loginAttempt.count({ where: { email: 'curator@example.org' } })).toBe(RATE_LIMIT.maxAccountFailures);
  });
});
