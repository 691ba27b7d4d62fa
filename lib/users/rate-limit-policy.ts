/**
 * The sign-in throttle as pure functions of the recorded attempts and the time, so that the rules
 * are tested without a database or a real clock. lib/users/rate-limit.ts reads and writes the
 * attempts in PostgreSQL (so that the limits hold across app instances) and applies these rules.
 *
 * Nothing here locks an account: a stranger who fails again and again only makes guessing slower.
 *
 * | who is trying                                  | rule                                                           |
 * | ---------------------------------------------- | -------------------------------------------------------------- |
 * | a browser with a valid device cookie (it signed in as this account before) | only its own failures count: after 5 in the window the cookie no longer vouches for it |
 * | anyone else, per account                       | 3 failures since the last success are free, then a wait after each of 2 s, 4 s, 8 s … at most 1 minute |
 * | anyone else, per client address (when known)   | 10 free, then 2 s, 4 s … at most 5 minutes                      |
 * | anyone else, all accounts together             | at most 60 failures a minute, so strangers cannot make the server hash passwords without end |
 *
 * Failures count for 15 minutes. Refused attempts are not recorded: nothing was tried against the password.
 */

export type DelayRule = { free: number; baseDelayMs: number; maxDelayMs: number };

export const RATE_LIMIT = {
  /** How far back failures count (and how long attempts are kept). */
  windowMs: 15 * 60 * 1000,
  account: { free: 3, baseDelayMs: 2000, maxDelayMs: 60 * 1000 },
  address: { free: 10, baseDelayMs: 2000, maxDelayMs: 5 * 60 * 1000 },
  /** Failures with one device cookie after which it is treated like any other browser. */
  maxDeviceFailures: 5,
  /** Failures per minute from browsers without a device cookie, over all accounts. */
  globalFailuresPerMinute: 60,
} as const;

export type RateLimitRules = {
  windowMs: number;
  account: DelayRule;
  address: DelayRule;
  maxDeviceFailures: number;
  globalFailuresPerMinute: number;
};

/** One recorded sign-in attempt, as far as the rules need it. */
export type LoginAttemptRecord = { createdAt: Date; succeeded: boolean };

export type LoginDecision =
  | { allowed: true; trustedDevice: boolean }
  | {
      allowed: false;
      /** When the next attempt will be let through. */
      retryAt: Date;
      reason: 'account' | 'address' | 'global';
    };

/**
 * The failures that still count at `now`, oldest first: those inside the window and, with
 * `sinceLastSuccess`, only those after the most recent successful attempt (a curator who got in has
 * proved who they are; earlier typos no longer count against the account).
 */
export function countedFailures(
  attempts: readonly LoginAttemptRecord[],
  now: Date,
  windowMs: number,
  options: { sinceLastSuccess: boolean },
): Date[] {
  const windowStart = now.getTime() - windowMs;
  const inWindow = attempts.filter((attempt) => attempt.createdAt.getTime() > windowStart);
  let after = -Infinity;
  if (options.sinceLastSuccess) {
    for (const attempt of inWindow) if (attempt.succeeded) after = Math.max(after, attempt.createdAt.getTime());
  }
  return inWindow
    .filter((attempt) => !attempt.succeeded && attempt.createdAt.getTime() > after)
    .map((attempt) => attempt.createdAt)
    .sort((a, b) => a.getTime() - b.getTime());
}

/** The wait after the latest of `failureCount` failures: none while they are free, then doubling up to the cap. */
export function delayAfter(failureCount: number, rule: DelayRule): number {
  if (failureCount <= rule.free) return 0;
  return Math.min(rule.baseDelayMs * 2 ** Math.min(failureCount - rule.free - 1, 30), rule.maxDelayMs);
}

/** When the next attempt may go ahead under a delay rule, given the counted failures (oldest first). */
export function nextAttemptAt(failures: readonly Date[], rule: DelayRule): Date | null {
  const latest = failures[failures.length - 1];
  if (!latest) return null;
  const delay = delayAfter(failures.length, rule);
  return delay === 0 ? null : new Date(latest.getTime() + delay);
}

/**
 * Whether a sign-in attempt may check its password. `accountAttempts` are the recent attempts for
 * the e-mail typed by browsers without a device cookie (whether or not such a user exists, so that
 * the answer reveals nothing), `addressAttempts` the failures from the client's address (none when
 * it is unknown), `recentGlobalFailures` the times of failures without a device cookie in the last
 * minute, and `deviceAttempts` those made with the browser's device cookie, or null when it has none
 * for this e-mail.
 */
export function decideLoginAttempt({
  accountAttempts,
  addressAttempts,
  recentGlobalFailures,
  deviceAttempts,
  now,
  rules = RATE_LIMIT,
}: {
  accountAttempts: readonly LoginAttemptRecord[];
  addressAttempts: readonly LoginAttemptRecord[];
  recentGlobalFailures: readonly Date[];
  deviceAttempts: readonly LoginAttemptRecord[] | null;
  now: Date;
  rules?: RateLimitRules;
}): LoginDecision {
  if (deviceAttempts) {
    const deviceFailures = countedFailures(deviceAttempts, now, rules.windowMs, { sinceLastSuccess: true });
    // The owner's own browser is not slowed down by strangers' failures, nor by the global budget.
    if (deviceFailures.length < rules.maxDeviceFailures) return { allowed: true, trustedDevice: true };
  }

  const minuteAgo = now.getTime() - 60 * 1000;
  const lastMinute = recentGlobalFailures.filter((time) => time.getTime() > minuteAgo).sort((a, b) => a.getTime() - b.getTime());
  if (lastMinute.length >= rules.globalFailuresPerMinute) {
    const deciding = lastMinute[lastMinute.length - rules.globalFailuresPerMinute]!;
    return { allowed: false, retryAt: new Date(deciding.getTime() + 60 * 1000), reason: 'global' };
  }

  const accountAt = nextAttemptAt(countedFailures(accountAttempts, now, rules.windowMs, { sinceLastSuccess: true }), rules.account);
  const addressAt = nextAttemptAt(countedFailures(addressAttempts, now, rules.windowMs, { sinceLastSuccess: false }), rules.address);
  const waits = [
    { at: accountAt, reason: 'account' as const },
    { at: addressAt, reason: 'address' as const },
  ].filter((wait): wait is { at: Date; reason: 'account' | 'address' } => wait.at !== null && wait.at.getTime() > now.getTime());
  if (waits.length === 0) return { allowed: true, trustedDevice: false };
  const longest = waits.reduce((a, b) => (b.at.getTime() > a.at.getTime() ? b : a));
  return { allowed: false, retryAt: longest.at, reason: longest.reason };
}

/** The e-mail as the limit counts it: trimmed and lower-cased, so `A@b.org ` and `a@b.org` are one account. */
export function normalizeLoginEmail(email: string): string {
  return email.trim().toLowerCase();
}

const RATE_LIMITED_PREFIX = 'RateLimited:';

/**
 * The error code a refused sign-in carries to the login page. next-auth v4 puts the message of an
 * error thrown in authorize() into `?error=` of its error route, which (with pages.error) redirects
 * to /login?error=…, so the time to try again travels in the code itself.
 */
export function rateLimitErrorCode(retryAt: Date): string {
  return `${RATE_LIMITED_PREFIX}${retryAt.toISOString()}`;
}

/** The time in a rate-limit error code, or null when the code is not one (or is malformed). */
export function retryAtFromErrorCode(code: string | null | undefined): Date | null {
  if (!code?.startsWith(RATE_LIMITED_PREFIX)) return null;
  const iso = code.slice(RATE_LIMITED_PREFIX.length);
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/.test(iso)) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}
