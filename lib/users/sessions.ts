import 'server-only';
import { randomBytes } from 'node:crypto';
import { recordAudit } from '@/lib/audit/mutations';
import { db } from '@/lib/db';
import { SESSION_MAX_AGE_SECONDS } from '@/lib/users/session';

/** How often a session's "last used" time is written: at most once a minute, not on every request. */
const TOUCH_INTERVAL_MS = 60 * 1000;

/** Starts a session record at sign-in; its id goes into the session cookie. */
export async function createSession(input: { userId: string; userAgent: string | null; ip: string | null; secondFactor: boolean }, now: Date = new Date()): Promise<string> {
  const id = randomBytes(32).toString('hex');
  await db.session.create({
    data: {
      id,
      userId: input.userId,
      userAgent: input.userAgent?.slice(0, 300) || null,
      ip: input.ip,
      secondFactor: input.secondFactor,
      createdAt: now,
      lastUsedAt: now,
      expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000),
    },
  });
  return id;
}

/** Notes that a session was used, at most once a minute. */
export async function touchSession(id: string, lastUsedAt: Date, now: Date = new Date()): Promise<void> {
  if (now.getTime() - lastUsedAt.getTime() < TOUCH_INTERVAL_MS) return;
  await db.session.updateMany({ where: { id, endedAt: null }, data: { lastUsedAt: now } });
}

/** Ends one session (signing out). Ending one that has already ended changes nothing. */
export async function endSession(id: string, now: Date = new Date()): Promise<void> {
  await db.session.updateMany({ where: { id, endedAt: null }, data: { endedAt: now } });
}

export type ActiveSession = { id: string; createdAt: Date; lastUsedAt: Date; userAgent: string | null; ip: string | null };

/** The sessions of an account that still stand, most recently used first. Callers check the session first. */
export async function listActiveSessions(userId: string, now: Date = new Date()): Promise<ActiveSession[]> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { sessionsValidFrom: true } });
  if (!user) return [];
  return db.session.findMany({
    where: { userId, endedAt: null, expiresAt: { gt: now }, createdAt: { gte: user.sessionsValidFrom } },
    orderBy: { lastUsedAt: 'desc' },
    select: { id: true, createdAt: true, lastUsedAt: true, userAgent: true, ip: true },
    take: 100,
  });
}

/**
 * Ends sessions of an account: one of its own (`only`), all but the current one (`except`), or all.
 * An administrator may end anyone's (`actor` differs from the owner). With its audit entry, in one
 * transaction; returns how many ended.
 */
export async function endSessions(
  actor: { id: string },
  userId: string,
  scope: { only?: string; except?: string } = {},
  now: Date = new Date(),
): Promise<number> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.session.updateMany({
      where: {
        userId,
        endedAt: null,
        ...(scope.only ? { id: scope.only } : {}),
        ...(scope.except ? { id: { not: scope.except } } : {}),
      },
      data: { endedAt: now },
    });
    if (count > 0) {
      await recordAudit(tx, {
        userId: actor.id,
        action: 'user.sessions-end',
        entityType: 'User',
        entityId: userId,
        before: null,
        after: { sessionsEnded: count, scope: scope.only ? 'one' : scope.except ? 'all others' : 'all' },
      });
    }
    return count;
  });
}

/** A short name for a browser from its User-Agent, for the account page ("Firefox on Windows"). */
export function describeUserAgent(userAgent: string | null): string {
  if (!userAgent) return 'An unnamed browser';
  const browser = /Edg\//.test(userAgent)
    ? 'Edge'
    : /Firefox\//.test(userAgent)
      ? 'Firefox'
      : /Chrom(e|ium)\//.test(userAgent)
        ? 'Chrome'
        : /Safari\//.test(userAgent)
          ? 'Safari'
          : 'A browser';
  const system = /Windows/.test(userAgent)
    ? 'Windows'
    : /Android/.test(userAgent)
      ? 'Android'
      : /iPhone|iPad/.test(userAgent)
        ? 'iOS'
        : /Mac OS X/.test(userAgent)
          ? 'macOS'
          : /Linux/.test(userAgent)
            ? 'Linux'
            : null;
  return system ? `${browser} on ${system}` : browser;
}
