import 'server-only';
import { recordAudit } from '@/lib/audit/mutations';
import { MutationRefusedError, RecordNotFoundError } from '@/lib/records/errors';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { isUniqueViolation } from '@/lib/records/change';
import { hashPassword, verifyPassword } from '@/lib/users/password';
import { beginLoginAttempt, markLoginAttemptSucceeded } from '@/lib/users/rate-limit';
import { passwordSchema, type ChangePasswordInput, type CreateUserInput } from '@/lib/users/schema';

/** Who makes a change: a signed-in administrator, or null for the command line (scripts/user-create.ts). */
export type Actor = { id: string };

const ENTITY = 'User';

/** An account as the audit log records it: everything but the password hash. */
export const userAuditSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  active: true,
  sessionsValidFrom: true,
  totpEnabledAt: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.UserSelect;

export type UserSnapshot = Prisma.UserGetPayload<{ select: typeof userAuditSelect }>;

// Serialises changes to who may sign in, so that two administrators deactivating each other at the
// same moment cannot leave the memorial without an active administrator.
const ACCOUNTS_LOCK = 7003;

function snapshotOf(user: UserSnapshot & { passwordHash?: string }): UserSnapshot {
  const { passwordHash: _passwordHash, ...snapshot } = user;
  return snapshot;
}

/** Checks a new password (the actions parse it already; the command line and tests may not). */
function assertAcceptablePassword(password: string, field: string): void {
  const parsed = passwordSchema.safeParse(password);
  if (!parsed.success) {
    throw new MutationRefusedError('The new password is not acceptable. Nothing was changed.', {
      [field]: parsed.error.issues.map((issue) => issue.message),
    });
  }
}

/**
 * The current-password check of the account page, throttled like signing in: a stolen session
 * cannot guess the password (to take the account over for good) faster than the sign-in form could.
 * Throws a refusal naming the field when the password is wrong or attempts must wait.
 */
export async function checkCurrentPassword(user: { email: string; passwordHash: string }, currentPassword: string): Promise<void> {
  const gate = await beginLoginAttempt({ email: user.email, ip: null, purpose: 'password-check' });
  if (!gate.allowed) {
    const seconds = Math.max(1, Math.ceil((gate.retryAt.getTime() - Date.now()) / 1000));
    throw new MutationRefusedError(`The current password was wrong several times. Wait ${seconds} seconds, then try again. Nothing was changed.`, {
      currentPassword: ['Wait a moment before trying again.'],
    });
  }
  if (!(await verifyPassword(currentPassword, user.passwordHash))) {
    throw new MutationRefusedError('Your current password was not right. Nothing was changed.', {
      currentPassword: ['This is not your current password.'],
    });
  }
  await markLoginAttemptSucceeded(gate.attemptId);
}

/**
 * Creates an account, with its audit entry, in one transaction. The password is hashed first
 * (slowly, on purpose) so the transaction stays short. An e-mail already in use is refused.
 */
export async function createUser(actor: Actor | null, input: CreateUserInput): Promise<UserSnapshot> {
  assertAcceptablePassword(input.password, 'password');
  const passwordHash = await hashPassword(input.password);
  const taken = new MutationRefusedError('An account with this e-mail address already exists. Nothing was created.', {
    email: ['An account with this e-mail address already exists.'],
  });
  try {
    return await db.$transaction(async (tx) => {
      const existing = await tx.user.findFirst({ where: { email: { equals: input.email, mode: 'insensitive' } }, select: { id: true } });
      if (existing) throw taken;
      const user = await tx.user.create({
        data: { email: input.email, name: input.name, role: input.role, passwordHash, active: true },
        select: userAuditSelect,
      });
      await recordAudit(tx, { userId: actor?.id ?? null, action: 'user.create', entityType: ENTITY, entityId: user.id, before: null, after: user });
      return user;
    });
  } catch (error) {
    if (isUniqueViolation(error, 'email')) throw taken;
    throw error;
  }
}

/**
 * A curator's own password change: the current password must be right. Every session of the
 * account ends (sessionsValidFrom moves to now), this one included, so the curator signs in again
 * with the new password.
 */
export async function changePassword(userId: string, input: ChangePasswordInput): Promise<UserSnapshot> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { ...userAuditSelect, passwordHash: true } });
  if (!user || !user.active) throw new RecordNotFoundError(ENTITY);
  await checkCurrentPassword(user, input.currentPassword);
  assertAcceptablePassword(input.newPassword, 'newPassword');
  const passwordHash = await hashPassword(input.newPassword);
  return db.$transaction(async (tx) => {
    // Only if the password is still the one just checked: a change made meanwhile is never overwritten.
    const { count } = await tx.user.updateMany({
      where: { id: userId, passwordHash: user.passwordHash, active: true },
      data: { passwordHash, sessionsValidFrom: new Date() },
    });
    if (count !== 1) throw new MutationRefusedError('Your account was changed a moment ago, elsewhere. Nothing was changed here: sign in again and retry.');
    await tx.session.updateMany({ where: { userId, endedAt: null }, data: { endedAt: new Date() } });
    const after = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: userAuditSelect });
    await recordAudit(tx, { userId, action: 'user.password-change', entityType: ENTITY, entityId: userId, before: snapshotOf(user), after });
    return after;
  });
}

/**
 * An administrator sets a new password for an account, for example when its owner has forgotten
 * theirs. Every session of that account ends at once.
 */
export async function resetPassword(actor: Actor, userId: string, newPassword: string): Promise<UserSnapshot> {
  assertAcceptablePassword(newPassword, 'newPassword');
  const passwordHash = await hashPassword(newPassword);
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId }, select: userAuditSelect });
    if (!before) throw new RecordNotFoundError(ENTITY);
    const after = await tx.user.update({
      where: { id: userId },
      data: { passwordHash, sessionsValidFrom: new Date() },
      select: userAuditSelect,
    });
    await tx.session.updateMany({ where: { userId, endedAt: null }, data: { endedAt: new Date() } });
    await recordAudit(tx, { userId: actor.id, action: 'user.password-reset', entityType: ENTITY, entityId: userId, before, after });
    return after;
  });
}

/**
 * Deactivates an account (it can no longer sign in, and its sessions end at once) or reactivates it.
 * Refused for one's own account and for the last active administrator, so that someone can always
 * manage the accounts. Setting the state it already has changes nothing and records nothing.
 */
export async function setUserActive(actor: Actor, userId: string, active: boolean): Promise<UserSnapshot> {
  if (!active && actor.id === userId) {
    throw new MutationRefusedError('You cannot deactivate your own account. Ask another administrator.');
  }
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ACCOUNTS_LOCK}::int)`;
    const before = await tx.user.findUnique({ where: { id: userId }, select: userAuditSelect });
    if (!before) throw new RecordNotFoundError(ENTITY);
    if (before.active === active) return before;
    if (!active && before.role === 'ADMIN') {
      const otherAdmins = await tx.user.count({ where: { role: 'ADMIN', active: true, id: { not: userId } } });
      if (otherAdmins === 0) {
        throw new MutationRefusedError('This is the last active administrator; deactivating it would leave no one to manage the accounts.');
      }
    }
    const after = await tx.user.update({
      where: { id: userId },
      // Deactivation ends every session; on reactivation the sessions from before stay ended.
      data: active ? { active } : { active, sessionsValidFrom: new Date() },
      select: userAuditSelect,
    });
    if (!active) await tx.session.updateMany({ where: { userId, endedAt: null }, data: { endedAt: new Date() } });
    await recordAudit(tx, {
      userId: actor.id,
      action: active ? 'user.reactivate' : 'user.deactivate',
      entityType: ENTITY,
      entityId: userId,
      before,
      after,
    });
    return after;
  });
}
