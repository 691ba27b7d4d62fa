import 'server-only';
import { db } from '@/lib/db';
import {
  countedFailures,
  decideLoginAttempt,
  nextAttemptAt,
  normalizeLoginEmail,
  RATE_LIMIT,
  type LoginDecision,
  type RateLimitRules,
} from '@/lib/users/rate-limit-policy';

export { normalizeLoginEmail, rateLimitErrorCode, retryAtFromErrorCode, RATE_LIMIT } from '@/lib/users/rate-limit-policy';

// Advisory-lock namespaces (the first key of pg_advisory_xact_lock(int, int)).
const ACCOUNT_LOCK = 7001;
const ADDRESS_LOCK = 7002;

/** What an attempt checks: the sign-in form, or the current password on the account page. */
export type AttemptPurpose = 'sign-in' | 'password-check';

export type LoginGate = { allowed: true; attemptId: string; trustedDevice: boolean } | Extract<LoginDecision, { allowed: false }>;

/**
 * Decides whether an attempt may check its password and, if so, records it at once as a failure
 * (marked a success afterwards by markLoginAttemptSucceeded). Recording before the password is
 * checked, under a transaction-scoped advisory lock per e-mail (and per address when it is known),
 * means parallel requests cannot all slip past a delay before any of their failures is written.
 * `device` is the id from a device cookie already verified for this e-mail (lib/users/device-cookie.ts).
 */
export async function beginLoginAttempt(
  input: { email: string; ip: string | null; device?: string | null; purpose?: AttemptPurpose },
  now: Date = new Date(),
  rules: RateLimitRules = RATE_LIMIT,
): Promise<LoginGate> {
  const email = normalizeLoginEmail(input.email);
  const { ip } = input;
  const device = input.device ?? null;
  const purpose = input.purpose ?? 'sign-in';
  const since = new Date(now.getTime() - rules.windowMs);
  const gate = await db.$transaction(async (tx) => {
    // Always the account lock first, then the address lock: a fixed order cannot deadlock.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ACCOUNT_LOCK}::int, hashtext(${`${purpose}:${email}`}))`;
    if (ip) await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ADDRESS_LOCK}::int, hashtext(${ip}))`;
    const select = { createdAt: true, succeeded: true } as const;
    // A success from any browser counts (the owner got in); failures only from browsers without a device cookie.
    const accountAttempts = await tx.loginAttempt.findMany({
      where: { email, purpose, createdAt: { gt: since }, OR: [{ device: null }, { succeeded: true }] },
      select,
    });
    const deviceAttempts = device ? await tx.loginAttempt.findMany({ where: { email, purpose, device, createdAt: { gt: since } }, select }) : null;
    const addressAttempts = ip
      ? await tx.loginAttempt.findMany({ where: { ip, purpose, device: null, succeeded: false, createdAt: { gt: since } }, select })
      : [];
    const recentGlobal = await tx.loginAttempt.findMany({
      where: { purpose, device: null, succeeded: false, createdAt: { gt: new Date(now.getTime() - 60 * 1000) } },
      select: { createdAt: true },
      orderBy: { createdAt: 'desc' },
      take: rules.globalFailuresPerMinute,
    });
    const decision = decideLoginAttempt({
      accountAttempts,
      addressAttempts,
      deviceAttempts,
      recentGlobalFailures: recentGlobal.map((row) => row.createdAt),
      now,
      rules,
    });
    if (!decision.allowed) return decision;
    const attempt = await tx.loginAttempt.create({
      data: { email, ip, purpose, device: decision.trustedDevice ? device : null, succeeded: false, createdAt: now },
      select: { id: true },
    });
    return { allowed: true as const, attemptId: attempt.id, trustedDevice: decision.trustedDevice };
  });
  await pruneLoginAttempts(now, rules);
  return gate;
}

/** Marks an attempt recorded by beginLoginAttempt as a success. */
export async function markLoginAttemptSucceeded(attemptId: string): Promise<void> {
  await db.loginAttempt.update({ where: { id: attemptId }, data: { succeeded: true } });
}

/** Deletes attempts older than the window: no limit counts them any more, and they hold addresses. */
export async function pruneLoginAttempts(now: Date = new Date(), rules: RateLimitRules = RATE_LIMIT): Promise<number> {
  const { count } = await db.loginAttempt.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - rules.windowMs) } } });
  return count;
}

export type ThrottledAccount = { email: string; failures: number; nextAttemptAt: Date | null; lastFailureAt: Date };

/**
 * E-mails (existing accounts or not) whose sign-in is being slowed down now, for the administrators'
 * dashboard: more failures since the last success than are free, from browsers without a device cookie.
 */
export async function listThrottledAccounts(now: Date = new Date(), rules: RateLimitRules = RATE_LIMIT): Promise<ThrottledAccount[]> {
  const since = new Date(now.getTime() - rules.windowMs);
  const candidates = await db.loginAttempt.groupBy({
    by: ['email'],
    where: { purpose: 'sign-in', succeeded: false, device: null, createdAt: { gt: since } },
    _count: { _all: true },
    having: { email: { _count: { gt: rules.account.free } } },
    orderBy: { email: 'asc' },
    take: 50,
  });
  if (candidates.length === 0) return [];
  const attempts = await db.loginAttempt.findMany({
    where: { purpose: 'sign-in', email: { in: candidates.map((row) => row.email) }, createdAt: { gt: since }, OR: [{ device: null }, { succeeded: true }] },
    select: { email: true, createdAt: true, succeeded: true },
  });
  return candidates.flatMap(({ email }) => {
    const failures = countedFailures(
      attempts.filter((attempt) => attempt.email === email),
      now,
      rules.windowMs,
      { sinceLastSuccess: true },
    );
    if (failures.length <= rules.account.free) return [];
    const next = nextAttemptAt(failures, rules.account);
    return [{ email, failures: failures.length, nextAttemptAt: next && next > now ? next : null, lastFailureAt: failures[failures.length - 1]! }];
  });
}
