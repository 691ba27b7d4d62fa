/**
 * Whether a signed-in session still stands, decided from its token and the user's row as it is now.
 * Kept free of Next and next-auth so that it is tested directly; lib/auth.ts applies it per request.
 */

export type Role = 'ADMIN' | 'CURATOR';

/** The signed-in curator as the admin area sees them; the role always comes from the database. */
export type SessionUser = {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  /** The server-side session record this browser's cookie names (lib/users/sessions.ts). */
  sessionId: string;
  /** Whether the account has a second factor (administrators must: requireCurator sends them to set one up). */
  twoFactorEnabled: boolean;
};

/** The columns of User that decide whether a session stands (select exactly these). */
export const sessionUserSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  active: true,
  sessionsValidFrom: true,
  totpEnabledAt: true,
} as const;

export type SessionUserRow = {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  active: boolean;
  sessionsValidFrom: Date;
  totpEnabledAt?: Date | null;
};

/** The columns of Session that decide whether it stands, with its user's (select exactly these). */
export const sessionRecordSelect = {
  userId: true,
  endedAt: true,
  expiresAt: true,
  lastUsedAt: true,
  secondFactor: true,
  user: { select: sessionUserSelect },
} as const;

export type SessionRecord = { userId: string; endedAt: Date | null; expiresAt: Date; lastUsedAt: Date; secondFactor: boolean; user: SessionUserRow };

/** How long a session lasts after signing in: one working day. */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

/** Clock difference tolerated between app instances, for a token issued "in the future". */
const CLOCK_SKEW_MS = 60 * 1000;

/** What a session token carries (lib/auth.ts writes these claims at sign-in). */
export type SessionClaims = { userId?: unknown; issuedAt?: unknown; sessionId?: unknown };

/**
 * The user a session token stands for, or null when it no longer stands: no such user, the user is
 * deactivated, the token was issued before `sessionsValidFrom` (a password change, a reset or a
 * deactivation since — JWTs cannot be revoked, so this check is what ends them at once), or it is
 * older than the session lifetime. The role is the row's, never the token's.
 */
export function validateSessionToken(
  token: SessionClaims | null | undefined,
  user: SessionUserRow | null,
  now: Date = new Date(),
): Omit<SessionUser, 'sessionId' | 'twoFactorEnabled'> | null {
  if (!token || !user) return null;
  if (typeof token.userId !== 'string' || token.userId !== user.id) return null;
  if (typeof token.issuedAt !== 'number' || !Number.isFinite(token.issuedAt)) return null;
  if (!user.active) return null;
  if (token.issuedAt < user.sessionsValidFrom.getTime()) return null;
  if (token.issuedAt > now.getTime() + CLOCK_SKEW_MS) return null;
  if (now.getTime() - token.issuedAt > SESSION_MAX_AGE_SECONDS * 1000) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

/**
 * The user a session cookie stands for, checked against its server-side record: the record must
 * exist, belong to the token's user, not have ended (signing out, "end this session", a password
 * change) or expired, and — when the account has a second factor — have passed it. Then the token
 * rules of validateSessionToken apply. A cookie copied before sign-out therefore opens nothing.
 */
export function validateSession(token: SessionClaims | null | undefined, record: SessionRecord | null, now: Date = new Date()): SessionUser | null {
  if (!token || !record || typeof token.sessionId !== 'string') return null;
  if (record.userId !== token.userId) return null;
  if (record.endedAt || record.expiresAt.getTime() <= now.getTime()) return null;
  const user = validateSessionToken(token, record.user, now);
  if (!user) return null;
  const twoFactorEnabled = Boolean(record.user.totpEnabledAt);
  if (twoFactorEnabled && !record.secondFactor) return null;
  return { ...user, sessionId: token.sessionId, twoFactorEnabled };
}
