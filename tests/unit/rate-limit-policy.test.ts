import { describe, expect, it } from 'vitest';
import { clientAddress } from '@/lib/users/client-address';
import {
  countedFailures,
  decideLoginAttempt,
  delayAfter,
  normalizeLoginEmail,
  RATE_LIMIT,
  rateLimitErrorCode,
  retryAtFromErrorCode,
  type LoginAttemptRecord,
} from '@/lib/users/rate-limit-policy';

const NOW = new Date('2026-11-22T10:00:00.000Z');
const secondsAgo = (seconds: number) => new Date(NOW.getTime() - seconds * 1000);
const failure = (seconds: number): LoginAttemptRecord => ({ createdAt: secondsAgo(seconds), succeeded: false });
const success = (seconds: number): LoginAttemptRecord => ({ createdAt: secondsAgo(seconds), succeeded: true });
const none = { addressAttempts: [], recentGlobalFailures: [], deviceAttempts: null, now: NOW };

describe('delayAfter', () => {
  it('lets the first failures go free, then doubles the wait up to its cap', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 50].map((count) => delayAfter(count, RATE_LIMIT.account))).toEqual([
      0, 0, 0, 2000, 4000, 8000, 16000, 32000, 60000, 60000,
    ]);
  });
});

describe('decideLoginAttempt', () => {
  it('allows an account with only a few failures', () => {
    expect(decideLoginAttempt({ ...none, accountAttempts: [30, 20, 10].map(failure) })).toEqual({ allowed: true, trustedDevice: false });
  });

  it('makes a stranger wait after more failures, from the latest one, but never locks the account', () => {
    const attempts = [300, 200, 100, 50, 1].map(failure);
    // Five failures: the wait after the fifth is 4 s, from the failure one second ago.
    expect(decideLoginAttempt({ ...none, accountAttempts: attempts })).toEqual({ allowed: false, reason: 'account', retryAt: new Date(secondsAgo(1).getTime() + 4000) });
    expect(decideLoginAttempt({ ...none, accountAttempts: attempts, now: new Date(NOW.getTime() + 3000) }).allowed).toBe(true);
    // Even after a hundred failures the wait is at most a minute.
    const many = Array.from({ length: 100 }, (_, index) => failure(index + 1));
    const decision = decideLoginAttempt({ ...none, accountAttempts: many });
    expect(decision).toMatchObject({ allowed: false, retryAt: new Date(secondsAgo(1).getTime() + 60_000) });
  });

  it('forgets failures older than 15 minutes and those before the last success', () => {
    expect(decideLoginAttempt({ ...none, accountAttempts: [...[1000, 960, 930, 920].map(failure), failure(2)] })).toEqual({ allowed: true, trustedDevice: false });
    expect(decideLoginAttempt({ ...none, accountAttempts: [...[60, 50, 40, 30, 20].map(failure), success(10), failure(2)] }).allowed).toBe(true);
  });

  it("lets the owner's browser with a device cookie through while strangers are being slowed down", () => {
    const strangers = Array.from({ length: 40 }, (_, index) => failure(index + 1));
    const global = Array.from({ length: 200 }, (_, index) => secondsAgo(index * 0.1));
    expect(decideLoginAttempt({ ...none, accountAttempts: strangers, recentGlobalFailures: global, deviceAttempts: [] })).toEqual({ allowed: true, trustedDevice: true });
    // A device cookie whose own browser keeps failing stops vouching for it.
    const deviceFailures = [5, 4, 3, 2, 1].map(failure);
    expect(decideLoginAttempt({ ...none, accountAttempts: strangers, deviceAttempts: deviceFailures }).allowed).toBe(false);
  });

  it('slows down an address that tries many accounts, when the address is known', () => {
    const addressAttempts = Array.from({ length: 11 }, (_, index) => failure(index + 1));
    expect(decideLoginAttempt({ ...none, accountAttempts: [], addressAttempts })).toEqual({ allowed: false, reason: 'address', retryAt: new Date(secondsAgo(1).getTime() + 2000) });
    expect(decideLoginAttempt({ ...none, accountAttempts: [], addressAttempts: addressAttempts.slice(1) }).allowed).toBe(true);
  });

  it('refuses everyone without a device cookie once the failures of the last minute reach the global budget', () => {
    const global = Array.from({ length: RATE_LIMIT.globalFailuresPerMinute }, (_, index) => secondsAgo(index / 2));
    const decision = decideLoginAttempt({ ...none, accountAttempts: [], recentGlobalFailures: global });
    expect(decision).toEqual({ allowed: false, reason: 'global', retryAt: new Date(global[global.length - 1]!.getTime() + 60_000) });
    expect(decideLoginAttempt({ ...none, accountAttempts: [], recentGlobalFailures: global.slice(1) }).allowed).toBe(true);
  });

  it('counts failures oldest first', () => {
    expect(countedFailures([failure(1), failure(3), failure(2)], NOW, RATE_LIMIT.windowMs, { sinceLastSuccess: false })).toEqual([secondsAgo(3), secondsAgo(2), secondsAgo(1)]);
  });
});

describe('clientAddress (the spoofed header)', () => {
  it('with no trusted proxy, believes no X-Forwarded-For at all', () => {
    expect(clientAddress(new Headers({ 'x-forwarded-for': '10.1.1.2' }), 0)).toBeNull();
    expect(clientAddress({ 'x-forwarded-for': '10.1.1.2, 127.0.0.1' }, 0)).toBeNull();
  });

  it('with one trusted proxy, takes the entry it appended, whatever the client wrote before it', () => {
    // The attacker sends "X-Forwarded-For: 10.1.1.2"; the proxy appends the real 10.1.1.1.
    expect(clientAddress(new Headers({ 'x-forwarded-for': '10.1.1.2, 10.1.1.1' }), 1)).toBe('10.1.1.1');
    expect(clientAddress({ 'x-forwarded-for': '10.1.1.1' }, 1)).toBe('10.1.1.1');
    expect(clientAddress({ 'x-forwarded-for': ['10.1.1.2', '2001:db8::1'] }, 1)).toBe('2001:db8::1');
  });

  it('with two trusted proxies, takes the second entry from the right', () => {
    expect(clientAddress({ 'x-forwarded-for': '6.6.6.6, 203.0.113.7, 10.0.0.1' }, 2)).toBe('203.0.113.7');
  });

  it('is null when the header is missing, too short, or not an address', () => {
    expect(clientAddress({}, 1)).toBeNull();
    expect(clientAddress({ 'x-forwarded-for': '10.0.0.1' }, 2)).toBeNull();
    expect(clientAddress({ 'x-forwarded-for': '<script>' }, 1)).toBeNull();
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
