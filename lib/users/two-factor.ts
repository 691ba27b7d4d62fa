import 'server-only';
import { recordAudit } from '@/lib/audit/mutations';
import { MutationRefusedError, RecordNotFoundError } from '@/lib/records/errors';
import { checkCurrentPassword } from '@/lib/users/mutations';
import { db } from '@/lib/db';
import {
  acceptedTotpStep,
  decryptTotpSecret,
  encryptTotpSecret,
  looksLikeRecoveryCode,
  newRecoveryCodes,
  newTotpSecret,
  recoveryCodeHash,
} from '@/lib/users/totp';

/**
 * Checks a second-factor code at sign-in: a six-digit code from the authenticator app (each step
 * accepted once), or one of the recovery codes (each used once, with an audit entry). False for
 * anything else, and for an account without a second factor.
 */
export async function checkSecondFactor(userId: string, code: string, now: Date = new Date()): Promise<boolean> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { totpSecret: true, totpLastUsedStep: true } });
  if (!user?.totpSecret) return false;
  const trimmed = code.trim();
  if (looksLikeRecoveryCode(trimmed)) {
    return db.$transaction(async (tx) => {
      const { count } = await tx.recoveryCode.updateMany({ where: { userId, codeHash: recoveryCodeHash(trimmed), usedAt: null }, data: { usedAt: now } });
      if (count !== 1) return false;
      const left = await tx.recoveryCode.count({ where: { userId, usedAt: null } });
      await recordAudit(tx, { userId, action: 'user.recovery-code-use', entityType: 'User', entityId: userId, before: null, after: { recoveryCodesLeft: left } });
      return true;
    });
  }
  const step = await acceptedTotpStep(decryptTotpSecret(user.totpSecret), trimmed, user.totpLastUsedStep, now);
  if (step === null) return false;
  // Only if no other request used this step (or a later one) meanwhile: a code works once.
  const { count } = await db.user.updateMany({
    where: { id: userId, OR: [{ totpLastUsedStep: null }, { totpLastUsedStep: { lt: step } }] },
    data: { totpLastUsedStep: step },
  });
  return count === 1;
}

/**
 * Starts setting up an authenticator: a new secret is kept (encrypted) as pending until a code from
 * it is confirmed. Returns the secret to show as a QR code and as text. Starting again replaces it.
 */
export async function startTwoFactorEnrolment(userId: string): Promise<string> {
  const secret = newTotpSecret();
  await db.user.update({ where: { id: userId }, data: { totpPendingSecret: encryptTotpSecret(secret) } });
  return secret;
}

/** The pending secret of an enrolment under way, or null. */
export async function pendingTwoFactorSecret(userId: string): Promise<string | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { totpPendingSecret: true } });
  return user?.totpPendingSecret ? decryptTotpSecret(user.totpPendingSecret) : null;
}

/**
 * Finishes enrolment with a code from the new authenticator: the second factor is on, this session
 * counts as having passed it, every other session ends (they never did), and ten new recovery codes
 * replace any old ones. Returns the recovery codes, shown once. One transaction, with its audit entry.
 */
export async function confirmTwoFactorEnrolment(userId: string, sessionId: string, code: string, now: Date = new Date()): Promise<string[]> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { totpPendingSecret: true, totpEnabledAt: true } });
  if (!user) throw new RecordNotFoundError('User');
  if (!user.totpPendingSecret) throw new MutationRefusedError('Start the set-up again: no authenticator is being set up.');
  const step = await acceptedTotpStep(decryptTotpSecret(user.totpPendingSecret), code, null, now);
  if (step === null) {
    throw new MutationRefusedError('That code is not right. Check the time on your phone and type the code the app shows now.', {
      code: ['The code is not right.'],
    });
  }
  const codes = newRecoveryCodes();
  await db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: userId, totpPendingSecret: user.totpPendingSecret },
      data: { totpSecret: user.totpPendingSecret, totpPendingSecret: null, totpEnabledAt: now, totpLastUsedStep: step },
    });
    if (count !== 1) throw new MutationRefusedError('The set-up was started again elsewhere. Nothing was changed.');
    await tx.recoveryCode.deleteMany({ where: { userId } });
    await tx.recoveryCode.createMany({ data: codes.map((recovery) => ({ userId, codeHash: recoveryCodeHash(recovery), createdAt: now })) });
    await tx.session.updateMany({ where: { userId, id: sessionId }, data: { secondFactor: true } });
    await tx.session.updateMany({ where: { userId, endedAt: null, id: { not: sessionId } }, data: { endedAt: now } });
    await recordAudit(tx, {
      userId,
      action: 'user.two-factor-enable',
      entityType: 'User',
      entityId: userId,
      before: { twoFactor: user.totpEnabledAt ? 'on' : 'off' },
      after: { twoFactor: 'on', recoveryCodes: codes.length },
    });
  });
  return codes;
}

/** How many unused recovery codes an account has. */
export async function countRecoveryCodes(userId: string): Promise<number> {
  return db.recoveryCode.count({ where: { userId, usedAt: null } });
}

/**
 * Removes an account's second factor: by its owner (a curator; administrators must keep one), or by an
 * administrator for someone who lost both phone and recovery codes. Every session of the account ends.
 */
export async function removeTwoFactor(actor: { id: string }, userId: string, now: Date = new Date()): Promise<void> {
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { role: true, totpEnabledAt: true } });
    if (!user) throw new RecordNotFoundError('User');
    if (!user.totpEnabledAt) return;
    if (actor.id === userId && user.role === 'ADMIN') {
      throw new MutationRefusedError('Administrators must keep a second factor. Another administrator can reset it if your phone is lost.');
    }
    await tx.user.update({
      where: { id: userId },
      data: { totpSecret: null, totpPendingSecret: null, totpEnabledAt: null, totpLastUsedStep: null, sessionsValidFrom: now },
    });
    await tx.recoveryCode.deleteMany({ where: { userId } });
    await tx.session.updateMany({ where: { userId, endedAt: null }, data: { endedAt: now } });
    await recordAudit(tx, { userId: actor.id, action: 'user.two-factor-remove', entityType: 'User', entityId: userId, before: { twoFactor: 'on' }, after: { twoFactor: 'off' } });
  });
}

/** A curator turns off their own second factor, confirming with their current password (throttled). */
export async function removeOwnTwoFactor(userId: string, currentPassword: string): Promise<void> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true, passwordHash: true, active: true } });
  if (!user || !user.active) throw new RecordNotFoundError('User');
  await checkCurrentPassword(user, currentPassword);
  await removeTwoFactor({ id: userId }, userId);
}
