/**
 * The sign-in rate limit as pure functions of the recorded attempts and the time, so that the rules
 * are tested without a database or a real clock. lib/users/rate-limit.ts reads and writes the
 * attempts in PostgreSQL (so that the limit holds across app instances) and applies these rules.
 */

export const RATE_LIMIT = {
  /** How far back failures count. */
  windowMs: 15 * 60 * 1000,
  /** Failures for one e-mail (since its last successful sign-in) after which it is refused. */
  maxAccountFailures: 5,
  /** Failures from one address, for any e-mails, after which it is refused. */
  maxIpFailures: 20,
} as const;

export type RateLimitRules = { windowMs: number; maxAccountFailures: number; maxIpFailures: number };

/** One recorded sign-in attempt, as far as the rules need it. */
export type LoginAttemptRecord = { createdAt: Date; succeeded: boolean };

export type LoginDecision =
  | { allowed: true }
  | {
      allowed: false;
      /** When the refusal ends: the moment enough of the counted failures have left the window. */
      retryAt: Date;
      /** Which limit was reached; both may be. */
      reason: 'account' | 'ip' | 'account-and-ip';
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

/**
 * When a limit reached by `failures` (oldest first) lifts: once fewer than `limit` remain in the
 * window, i.e. when the failure at index `length - limit` leaves it. With exactly `limit` failures
 * that is the oldest one. Null when the limit is not reached.
 */
export function limitLiftsAt(failures: readonly Date[], limit: number, windowMs: number): Date | null {
  if (failures.length < limit) return null;
  const deciding = failures[failures.length - limit];
  return deciding ? new Date(deciding.getTime() + windowMs) : null;
}

/**
 * Whether a sign-in attempt may go ahead. `accountAttempts` are the recent attempts for the e-mail
 * typed (whether or not such a user exists, so that the answer reveals nothing), `ipAttempts` those
 * from the client's address.
 */
export function decideLoginAttempt({
  accountAttempts,
  ipAttempts,
  now,
  rules = RATE_LIMIT,
}: {
  accountAttempts: readonly LoginAttemptRecord[];
  ipAttempts: readonly LoginAttemptRecord[];
  now: Date;
  rules?: RateLimitRules;
}): LoginDecision {
  const accountLifts = limitLiftsAt(
    countedFailures(accountAttempts, now, rules.windowMs, { sinceLastSuccess: true }),
    rules.maxAccountFailures,
    rules.windowMs,
  );
  const ipLifts = limitLiftsAt(countedFailures(ipAttempts, now, rules.windowMs, { sinceLastSuccess: false }), rules.maxIpFailures, rules.windowMs);
  if (accountLifts && ipLifts) {
    return { allowed: false, retryAt: new Date(Math.max(accountLifts.getTime(), ipLifts.getTime())), reason: 'account-and-ip' };
  }
  if (accountLifts) return { allowed: false, retryAt: accountLifts, reason: 'account' };
  if (ipLifts) return { allowed: false, retryAt: ipLifts, reason: 'ip' };
  return { allowed: true };
}

/** The e-mail as the limit counts it: trimmed and lower-cased, so `A@b.org ` and `a@b.org` are one account. */
export function normalizeLoginEmail(email: string): string {
  return email.trim().toLowerCase();
}

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function header(headers: HeaderSource, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name] ?? headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

/** An IPv4 or IPv6 address as text (with an optional IPv4 tail); anything else is not trusted as one. */
const ADDRESS = /^[0-9A-Fa-f:.]{2,45}$/;

/**
 * The client's address: the first entry of X-Forwarded-For (the client as the outermost proxy saw
 * it), else X-Real-IP, else 'unknown'. These headers are only as trustworthy as the reverse proxy in
 * front of the app, which must overwrite them; Next's own server sets X-Forwarded-For when absent.
 */
export function clientIp(headers: HeaderSource): string {
  const forwarded = header(headers, 'x-forwarded-for')?.split(',')[0]?.trim();
  if (forwarded && ADDRESS.test(forwarded)) return forwarded;
  const real = header(headers, 'x-real-ip')?.trim();
  if (real && ADDRESS.test(real)) return real;
  return 'unknown';
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
