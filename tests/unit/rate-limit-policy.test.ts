import { describe, expect, it } from 'vitest';
import {
  clientIp,
  countedFailures,
  decideLoginAttempt,
  normalizeLoginEmail,
  RATE_LIMIT,
  rateLimitErrorCode,
  retryAtFromErrorCode,
  type LoginAttemptRecord,
} from '@/lib/users/rate-limit-policy';

const NOW = new Date('2026-11-22T10:00:00.000Z');
const minutesAgo = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000);
const failure = (minutes: number): LoginAttemptRecord => ({ createdAt: minutesAgo(minutes), succeeded: false });
const success = (minutes: number): LoginAttemptRecord => ({ createdAt: minutesAgo(minutes), succeeded: true });

describe('decideLoginAttempt', () => {
  it('allows an account with fewer than five failures in the last 15 minutes', () => {
    expect(decideLoginAttempt({ accountAttempts: [1, 2, 3, 4].map(failure), ipAttempts: [], now: NOW })).toEqual({ allowed: true });
  });

  it('refuses the fifth-failure account until the oldest counted failure leaves the window', () => {
    const decision = decideLoginAttempt({ accountAttempts: [10, 8, 6, 4, 2].map(failure), ipAttempts: [], now: NOW });
    expect(decision).toEqual({ allowed: false, reason: 'account', retryAt: new Date(minutesAgo(10).getTime() + RATE_LIMIT.windowMs) });
    // At that moment, and not a millisecond before, the account is allowed again.
    const retryAt = (decision as { retryAt: Date }).retryAt;
    const before = new Date(retryAt.getTime() - 1);
    expect(decideLoginAttempt({ accountAttempts: [10, 8, 6, 4, 2].map(failure), ipAttempts: [], now: before }).allowed).toBe(false);
    expect(decideLoginAttempt({ accountAttempts: [10, 8, 6, 4, 2].map(failure), ipAttempts: [], now: retryAt }).allowed).toBe(true);
  });

  it('with more than five failures, waits until enough of them have left the window', () => {
    const decision = decideLoginAttempt({ accountAttempts: [14, 12, 9, 7, 5, 3, 1].map(failure), ipAttempts: [], now: NOW });
    // Seven failures: two must leave before fewer than five remain, so the third oldest (9 minutes ago) decides.
    expect(decision).toMatchObject({ allowed: false, retryAt: new Date(minutesAgo(9).getTime() + RATE_LIMIT.windowMs) });
  });

  it('ignores failures older than 15 minutes', () => {
    expect(decideLoginAttempt({ accountAttempts: [15, 16, 20, 30, 2].map(failure), ipAttempts: [], now: NOW })).toEqual({ allowed: true });
  });

  it('stops counting an account’s failures once it has signed in successfully', () => {
    const attempts = [...[10, 9, 8, 7].map(failure), success(6), failure(5)];
    expect(decideLoginAttempt({ accountAttempts: attempts, ipAttempts: [], now: NOW })).toEqual({ allowed: true });
    expect(countedFailures(attempts, NOW, RATE_LIMIT.windowMs, { sinceLastSuccess: true })).toEqual([minutesAgo(5)]);
  });

  it('refuses an address with twenty failures in the window, for any e-mails', () => {
    const ipAttempts = Array.from({ length: 20 }, (_, index) => failure(14 - index * 0.5));
    const decision = decideLoginAttempt({ accountAttempts: [], ipAttempts, now: NOW });
    expect(decision).toEqual({ allowed: false, reason: 'ip', retryAt: new Date(minutesAgo(14).getTime() + RATE_LIMIT.windowMs) });
    expect(decideLoginAttempt({ accountAttempts: [], ipAttempts: ipAttempts.slice(1), now: NOW })).toEqual({ allowed: true });
  });

  it('when both limits are reached, gives the later of the two times', () => {
    const decision = decideLoginAttempt({
      accountAttempts: [5, 4, 3, 2, 1].map(failure),
      ipAttempts: Array.from({ length: 20 }, (_, index) => failure(14 - index * 0.1)),
      now: NOW,
    });
    expect(decision).toEqual({ allowed: false, reason: 'account-and-ip', retryAt: new Date(minutesAgo(5).getTime() + RATE_LIMIT.windowMs) });
  });

  it('takes other rules when given', () => {
    const rules = { windowMs: 60_000, maxAccountFailures: 2, maxIpFailures: 3 };
    expect(decideLoginAttempt({ accountAttempts: [failure(0.5), failure(0.25)], ipAttempts: [], now: NOW, rules }).allowed).toBe(false);
    expect(decideLoginAttempt({ accountAttempts: [failure(2), failure(0.25)], ipAttempts: [], now: NOW, rules }).allowed).toBe(true);
  });
});

describe('clientIp', () => {
  it('takes the first entry of X-Forwarded-For', () => {
    expect(clientIp(new Headers({ 'x-forwarded-for': '203.0.113.7, 10.0.0.1' }))).toBe('203.0.113.7');
    expect(clientIp({ 'x-forwarded-for': ' 2001:db8::1 ,10.0.0.1', 'x-real-ip': '10.0.0.9' })).toBe('2001:db8::1');
  });

  it('falls back to X-Real-IP, then to unknown', () => {
    expect(clientIp({ 'x-real-ip': '198.51.100.4' })).toBe('198.51.100.4');
    expect(clientIp({})).toBe('unknown');
    expect(clientIp(new Headers())).toBe('unknown');
  });

  it('does not take text that is not an address', () => {
    expect(clientIp({ 'x-forwarded-for': '<script>', 'x-real-ip': '198.51.100.4' })).toBe('198.51.100.4');
    expect(clientIp({ 'x-forwarded-for': 'a'.repeat(100) })).toBe('unknown');
  });
});

describe('the rate-limit error code', () => {
  it('carries the time to try again and reads it back', () => {
    const retryAt = new Date('2026-11-22T10:15:00.000Z');
    expect(rateLimitErrorCode(retryAt)).toBe('RateLimited:2026-11-22T10:15:00.000Z');
    expect(retryAtFromErrorCode(rateLimitErrorCode(retryAt))).toEqual(retryAt);
  });

  it('is null for other codes and malformed times', () => {
    expect(retryAtFromErrorCode('CredentialsSignin')).toBeNull();
    expect(retryAtFromErrorCode('RateLimited:tomorrow')).toBeNull();
    expect(retryAtFromErrorCode('RateLimited:2026-13-45T99:99:99Z')).toBeNull();
    expect(retryAtFromErrorCode(undefined)).toBeNull();
  });
});

describe('normalizeLoginEmail', () => {
  it('trims and lower-cases', () => {
    expect(normalizeLoginEmail('  Curator@Example.ORG ')).toBe('curator@example.org');
  });
});
