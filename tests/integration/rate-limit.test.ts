import { beforeEach, describe, expect, it } from 'vitest';
import { clientAddress } from '@/lib/users/client-address';
import { beginLoginAttempt, listThrottledAccounts, markLoginAttemptSucceeded, pruneLoginAttempts, RATE_LIMIT } from '@/lib/users/rate-limit';
import { db, resetDatabase } from '@/tests/helpers/database';

const START = new Date('2026-11-22T10:00:00.000Z');
const at = (seconds: number) => new Date(START.getTime() + seconds * 1000);

async function fail(email: string, ip: string | null, now: Date, device: string | null = null) {
  const gate = await beginLoginAttempt({ email, ip, device }, now);
  if (!gate.allowed) throw new Error(`expected the attempt at ${now.toISOString()} to be allowed`);
  return gate;
}

beforeEach(async () => {
  await resetDatabase();
});

describe('beginLoginAttempt', () => {
  it('records every allowed attempt as a failure, with the e-mail normalised and the address, until it succeeds', async () => {
    const gate = await fail('  Curator@Example.ORG ', '203.0.113.7', START);
    expect(await db.loginAttempt.findMany({ select: { email: true, ip: true, succeeded: true, createdAt: true, purpose: true } })).toEqual([
      { email: 'curator@example.org', ip: '203.0.113.7', succeeded: false, createdAt: START, purpose: 'sign-in' },
    ]);
    await markLoginAttemptSucceeded(gate.attemptId);
    expect(await db.loginAttempt.findUniqueOrThrow({ where: { id: gate.attemptId }, select: { succeeded: true } })).toEqual({ succeeded: true });
  });

  it('slows a guesser down after three failures, with waits that double, and a refusal is not recorded', async () => {
    for (const second of [0, 1, 2, 3]) await fail('curator@example.org', null, at(second));
    // Four failures: the next attempt waits 2 s after the latest.
    expect(await beginLoginAttempt({ email: 'CURATOR@example.org', ip: null }, at(4))).toEqual({ allowed: false, reason: 'account', retryAt: at(5) });
    expect(await db.loginAttempt.count()).toBe(4);
    await fail('curator@example.org', null, at(5));
    // Five failures: 4 s.
    expect((await beginLoginAttempt({ email: 'curator@example.org', ip: null }, at(8.9))).allowed).toBe(false);
    expect((await beginLoginAttempt({ email: 'curator@example.org', ip: null }, at(9))).allowed).toBe(true);
    // Another account is not affected.
    expect((await beginLoginAttempt({ email: 'admin@example.org', ip: null }, at(9))).allowed).toBe(true);
  });

  it('the stranger’s lockout attempt: failures from many addresses never keep the owner out', async () => {
    // A stranger fails 40 times in ten minutes from 40 addresses.
    let second = 0;
    for (let index = 0; index < 40; index++) {
      const gate = await beginLoginAttempt({ email: 'curator@example.org', ip: `198.51.100.${index}` }, at(second));
      if (gate.allowed) second += 1;
      else second = (gate.retryAt.getTime() - START.getTime()) / 1000;
    }
    // The owner's browser, which signed in before, has a device cookie: it goes straight through.
    const owner = await beginLoginAttempt({ email: 'curator@example.org', ip: '203.0.113.7', device: 'a'.repeat(32) }, at(second));
    expect(owner).toMatchObject({ allowed: true, trustedDevice: true });
    await markLoginAttemptSucceeded((owner as { attemptId: string }).attemptId);
    // A new browser of the owner's waits at most a minute, never 15 minutes: the stranger's
    // failures before the owner's success no longer count, and the stranger is slowed anew.
    expect((await beginLoginAttempt({ email: 'curator@example.org', ip: '203.0.113.8' }, at(second + 1))).allowed).toBe(true);
  });

  it('a device cookie that keeps failing stops vouching for its browser', async () => {
    const device = 'b'.repeat(32);
    for (const s of [0, 1, 2, 3, 4]) await fail('curator@example.org', null, at(s), device);
    // The five failures count against the device only: the account is not slowed for others.
    expect((await beginLoginAttempt({ email: 'curator@example.org', ip: null }, at(5))).allowed).toBe(true);
    await fail('curator@example.org', null, at(6));
    const fromDevice = await beginLoginAttempt({ email: 'curator@example.org', ip: null, device }, at(6));
    expect(fromDevice).toMatchObject({ allowed: true, trustedDevice: false });
  });

  it('the spoofed header: behind one trusted proxy, a client-written X-Forwarded-For does not give a fresh address', async () => {
    // Twenty failures from 10.1.1.1 (as the proxy appended it), for twenty e-mails.
    for (let index = 0; index < 20; index++) {
      const ip = clientAddress({ 'x-forwarded-for': '10.1.1.1' }, 1);
      await beginLoginAttempt({ email: `guess-${index}@example.org`, ip }, at(index * 60));
    }
    // The attacker now writes "X-Forwarded-For: 10.1.1.2"; the proxy appends the real address.
    const spoofed = clientAddress({ 'x-forwarded-for': '10.1.1.2, 10.1.1.1' }, 1);
    expect(spoofed).toBe('10.1.1.1');
    expect(await beginLoginAttempt({ email: 'someone-new@example.org', ip: spoofed }, at(19 * 60 + 1))).toMatchObject({ allowed: false, reason: 'address' });
    // Another client behind the proxy is not affected.
    expect((await beginLoginAttempt({ email: 'someone-new@example.org', ip: clientAddress({ 'x-forwarded-for': '10.1.1.3' }, 1) }, at(19 * 60 + 1))).allowed).toBe(true);
    // And with no trusted proxy configured, the header gives no address at all.
    expect(clientAddress({ 'x-forwarded-for': '10.1.1.2' }, 0)).toBeNull();
  });

  it('refuses everyone without a device cookie when the failures of the last minute exhaust the global budget', async () => {
    for (let index = 0; index < RATE_LIMIT.globalFailuresPerMinute; index++) await fail(`guess-${index}@example.org`, null, at(index * 0.5));
    expect(await beginLoginAttempt({ email: 'curator@example.org', ip: null }, at(31))).toMatchObject({ allowed: false, reason: 'global', retryAt: at(60) });
    expect((await beginLoginAttempt({ email: 'curator@example.org', ip: null, device: 'c'.repeat(32) }, at(31))).allowed).toBe(true);
    expect((await beginLoginAttempt({ email: 'curator@example.org', ip: null }, at(60))).allowed).toBe(true);
  });

  it('lets only the free attempts and one more through when many arrive at once', async () => {
    const gates = await Promise.all(Array.from({ length: 12 }, () => beginLoginAttempt({ email: 'curator@example.org', ip: null }, START)));
    expect(gates.filter((gate) => gate.allowed)).toHaveLength(RATE_LIMIT.account.free + 1);
    expect(await db.loginAttempt.count({ where: { email: 'curator@example.org' } })).toBe(RATE_LIMIT.account.free + 1);
  });

  it('counts the current-password check of the account page apart from signing in', async () => {
    for (const s of [0, 1, 2, 3]) await beginLoginAttempt({ email: 'curator@example.org', ip: null, purpose: 'password-check' }, at(s));
    expect((await beginLoginAttempt({ email: 'curator@example.org', ip: null, purpose: 'password-check' }, at(4))).allowed).toBe(false);
    expect((await beginLoginAttempt({ email: 'curator@example.org', ip: null }, at(4))).allowed).toBe(true);
  });
});

describe('pruning and the dashboard', () => {
  it('deletes attempts once they are out of the window', async () => {
    await fail('curator@example.org', null, START);
    await fail('curator@example.org', null, at(60));
    expect(await pruneLoginAttempts(new Date(START.getTime() + RATE_LIMIT.windowMs + 30_000))).toBe(1);
    expect(await db.loginAttempt.count()).toBe(1);
  });

  it('lists the e-mails being slowed down for administrators', async () => {
    for (const s of [0, 10, 20, 30, 40]) await fail('target@example.org', null, at(s));
    await fail('typo@example.org', null, at(5));
    const throttled = await listThrottledAccounts(at(41));
    expect(throttled).toEqual([{ email: 'target@example.org', failures: 5, nextAttemptAt: at(44), lastFailureAt: at(40) }]);
  });
});
