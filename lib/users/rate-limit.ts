import 'server-only';
import { db } from '@/lib/db';
import { decideLoginAttempt, normalizeLoginEmail, RATE_LIMIT, type LoginDecision, type RateLimitRules } from '@/lib/users/rate-limit-policy';

export { clientIp, normalizeLoginEmail, rateLimitErrorCode, retryAtFromErrorCode, RATE_LIMIT } from '@/lib/users/rate-limit-policy';

// Advisory-lock namespaces (the first key of pg_advisory_xact_lock(int, int)).
const ACCOUNT_LOCK = 7001;
const IP_LOCK = 7002;

export type LoginGate = { allowed: true; attemptId: string } | Extract<LoginDecision, { allowed: false }>;

/**
 * Decides whether a sign-in attempt may check its password and, if so, records it at once as a
 * failure (marked a success afterwards by markLoginAttemptSucceeded). Recording before the password
 * is checked, under a transaction-scoped advisory lock per e-mail and per address, means parallel
 * requests cannot all slip past the limit before any of their failures is written. A refused attempt
 * is not recorded: nothing was tried against the password, and counting refusals would keep moving
 * the time the page tells the curator to come back.
 */
export async function beginLoginAttempt(
  input: { email: string; ip: string },
  now: Date = new Date(),
  rules: RateLimitRules = RATE_LIMIT,
): Promise<LoginGate> {
  const email = normalizeLoginEmail(input.email);
  const ip = input.ip;
  const since = new Date(now.getTime() - rules.windowMs);
  return db.$transaction(async (tx) => {
    // Always the account lock first, then the address lock: a fixed order cannot deadlock.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ACCOUNT_LOCK}::int, hashtext(${email}))`;
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${IP_LOCK}::int, hashtext(${ip}))`;
    const accountAttempts = await tx.loginAttempt.findMany({
      where: { email, createdAt: { gt: since } },
      select: { createdAt: true, succeeded: true },
    });
    const ipAttempts = await tx.loginAttempt.findMany({
      where: { ip, succeeded: false, createdAt: { gt: since } },
      select: { createdAt: true, succeeded: true },
    });
    const decision = decideLoginAttempt({ accountAttempts, ipAttempts, now, rules });
    if (!decision.allowed) return decision;
    const attempt = await tx.loginAttempt.create({ data: { email, ip, succeeded: false, createdAt: now }, select: { id: true } });
    return { allowed: true as const, attemptId: attempt.id };
  });
}

/** Marks an attempt recorded by beginLoginAttempt as a successful sign-in. */
export async function markLoginAttemptSucceeded(attemptId: string): Promise<void> {
  await db.loginAttempt.update({ where: { id: attemptId }, data: { succeeded: true } });
}
