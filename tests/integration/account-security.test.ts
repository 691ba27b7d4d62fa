import { beforeEach, describe, expect, it } from 'vitest';
import { listAuditEntries, listRecentChanges } from '@/lib/audit/queries';
import { recordAudit } from '@/lib/audit/mutations';
import { MutationRefusedError } from '@/lib/records/errors';
import { changePassword, setUserActive } from '@/lib/users/mutations';
import { configuredCost, hashPassword, needsRehash, verifyPassword } from '@/lib/users/password';
import { sessionRecordSelect, validateSession } from '@/lib/users/session';
import { createSession, endSession, endSessions, listActiveSessions } from '@/lib/users/sessions';
import { currentTotpCode, decryptTotpSecret } from '@/lib/users/totp';
import { checkSecondFactor, confirmTwoFactorEnrolment, pendingTwoFactorSecret, removeTwoFactor, startTwoFactorEnrolment } from '@/lib/users/two-factor';
import { db, resetDatabase } from '@/tests/helpers/database';

const PASSWORD = 'the old long password';

let admin: { id: string; email: string };
let curator: { id: string; email: string };

/** What requireCurator decides for a cookie naming this session, with the database as it is now. */
async function signedInAs(userId: string, sessionId: string, issuedAt = Date.now()) {
  const record = await db.session.findUnique({ where: { id: sessionId }, select: sessionRecordSelect });
  return validateSession({ userId, sessionId, issuedAt }, record);
}

async function newSession(userId: string, secondFactor = false) {
  return createSession({ userId, userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/140.0', ip: null, secondFactor });
}

/** Sets up a second factor for `userId` as the set-up page does; returns the secret and recovery codes. */
async function enrol(userId: string, sessionId: string, now = new Date()) {
  const secret = await startTwoFactorEnrolment(userId);
  const codes = await confirmTwoFactorEnrolment(userId, sessionId, await currentTotpCode(secret, now), now);
  return { secret, codes };
}

beforeEach(async () => {
  await resetDatabase();
  const passwordHash = await hashPassword(PASSWORD);
  const past = new Date(Date.now() - 60 * 60 * 1000);
  admin = await db.user.create({ data: { email: 'admin@memorial.example', role: 'ADMIN', passwordHash, sessionsValidFrom: past }, select: { id: true, email: true } });
  curator = await db.user.create({ data: { email: 'curator@memorial.example', role: 'CURATOR', passwordHash, sessionsValidFrom: past }, select: { id: true, email: true } });
});

describe('sessions that end', () => {
  it('the copied cookie after sign-out opens nothing: the session record has ended', async () => {
    const sessionId = await newSession(curator.id);
    expect(await signedInAs(curator.id, sessionId)).toMatchObject({ id: curator.id, sessionId, twoFactorEnabled: false });
    await endSession(sessionId);
    expect(await signedInAs(curator.id, sessionId)).toBeNull();
  });

  it('refuses a cookie naming another user’s session, an unknown session, or one past its expiry', async () => {
    const sessionId = await newSession(curator.id);
    expect(await signedInAs(admin.id, sessionId)).toBeNull();
    expect(await signedInAs(curator.id, 'f'.repeat(64))).toBeNull();
    await db.session.update({ where: { id: sessionId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await signedInAs(curator.id, sessionId)).toBeNull();
  });

  it('a curator ends one other session or all the others; an administrator ends all of anyone’s, with audit entries', async () => {
    const here = await newSession(curator.id);
    const laptop = await newSession(curator.id);
    const phone = await newSession(curator.id);
    expect((await listActiveSessions(curator.id)).map((session) => session.id).sort()).toEqual([here, laptop, phone].sort());

    expect(await endSessions(curator, curator.id, { only: laptop })).toBe(1);
    expect(await signedInAs(curator.id, laptop)).toBeNull();
    expect(await signedInAs(curator.id, phone)).not.toBeNull();
    expect(await endSessions(curator, curator.id, { except: here })).toBe(1);
    expect(await signedInAs(curator.id, phone)).toBeNull();
    expect(await signedInAs(curator.id, here)).not.toBeNull();

    expect(await endSessions(admin, curator.id)).toBe(1);
    expect(await signedInAs(curator.id, here)).toBeNull();
    const entries = await db.auditEntry.findMany({ where: { action: 'user.sessions-end' }, orderBy: { createdAt: 'asc' }, select: { userId: true, entityId: true } });
    expect(entries).toEqual([
      { userId: curator.id, entityId: curator.id },
      { userId: curator.id, entityId: curator.id },
      { userId: admin.id, entityId: curator.id },
    ]);
  });

  it('ends every session row when the password changes or the account is deactivated', async () => {
    const first = await newSession(curator.id);
    await changePassword(curator.id, { currentPassword: PASSWORD, newPassword: 'a brand new passphrase', confirmPassword: 'a brand new passphrase' });
    expect((await db.session.findUniqueOrThrow({ where: { id: first } })).endedAt).not.toBeNull();
    const second = await newSession(curator.id);
    await setUserActive(admin, curator.id, false);
    expect((await db.session.findUniqueOrThrow({ where: { id: second } })).endedAt).not.toBeNull();
  });

  it('throttles the current-password check, so a stolen session cannot guess the password quickly', async () => {
    const wrong = { currentPassword: 'not the password', newPassword: 'a brand new passphrase', confirmPassword: 'a brand new passphrase' };
    for (let attempt = 0; attempt < 4; attempt++) {
      await expect(changePassword(curator.id, wrong)).rejects.toThrow('Your current password was not right');
    }
    const refused = await changePassword(curator.id, { ...wrong, currentPassword: PASSWORD }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(MutationRefusedError);
    expect((refused as MutationRefusedError).message).toMatch(/wrong several times. Wait \d+ seconds/);
    expect(await verifyPassword(PASSWORD, (await db.user.findUniqueOrThrow({ where: { id: curator.id } })).passwordHash)).toBe(true);
  });
});

describe('the second factor', () => {
  it('is enrolled with a code from the new secret, stored encrypted, and gives ten one-time recovery codes', async () => {
    const sessionId = await newSession(curator.id);
    const other = await newSession(curator.id);
    const { secret, codes } = await enrol(curator.id, sessionId);
    expect(codes).toHaveLength(10);
    const row = await db.user.findUniqueOrThrow({ where: { id: curator.id } });
    expect(row.totpEnabledAt).not.toBeNull();
    expect(row.totpPendingSecret).toBeNull();
    expect(row.totpSecret).not.toContain(secret);
    expect(decryptTotpSecret(row.totpSecret!)).toBe(secret);
    expect(await pendingTwoFactorSecret(curator.id)).toBeNull();
    // This session passed the factor; the other one never did, so it ended.
    expect(await signedInAs(curator.id, sessionId)).toMatchObject({ twoFactorEnabled: true });
    expect(await signedInAs(curator.id, other)).toBeNull();
    expect(JSON.stringify(await db.recoveryCode.findMany())).not.toContain(codes[0]!);
  });

  it('refuses a wrong code at enrolment and changes nothing', async () => {
    const sessionId = await newSession(curator.id);
    await startTwoFactorEnrolment(curator.id);
    await expect(confirmTwoFactorEnrolment(curator.id, sessionId, '000000')).rejects.toThrow('That code is not right');
    expect((await db.user.findUniqueOrThrow({ where: { id: curator.id } })).totpEnabledAt).toBeNull();
  });

  it('accepts a code once only (the code seen over a shoulder), and each recovery code once', async () => {
    const sessionId = await newSession(admin.id);
    const enrolledAt = new Date();
    const { secret, codes } = await enrol(admin.id, sessionId, enrolledAt);
    const later = new Date(enrolledAt.getTime() + 60_000);
    const code = await currentTotpCode(secret, later);
    expect(await checkSecondFactor(admin.id, code, later)).toBe(true);
    expect(await checkSecondFactor(admin.id, code, later)).toBe(false);
    expect(await checkSecondFactor(admin.id, '123456', later)).toBe(false);
    expect(await checkSecondFactor(admin.id, codes[3]!.toUpperCase())).toBe(true);
    expect(await checkSecondFactor(admin.id, codes[3]!)).toBe(false);
    expect(await db.auditEntry.count({ where: { action: 'user.recovery-code-use', entityId: admin.id } })).toBe(1);
  });

  it('a session that skipped the factor of an account that has one is refused', async () => {
    const sessionId = await newSession(curator.id);
    await enrol(curator.id, sessionId);
    const withoutFactor = await newSession(curator.id, false);
    const withFactor = await newSession(curator.id, true);
    expect(await signedInAs(curator.id, withoutFactor)).toBeNull();
    expect(await signedInAs(curator.id, withFactor)).toMatchObject({ twoFactorEnabled: true });
  });

  it('the admin without a second factor is signed in but marked, so requireCurator sends them to set it up; they cannot remove their own', async () => {
    const sessionId = await newSession(admin.id);
    expect(await signedInAs(admin.id, sessionId)).toMatchObject({ role: 'ADMIN', twoFactorEnabled: false });
    await enrol(admin.id, sessionId);
    await expect(removeTwoFactor(admin, admin.id)).rejects.toThrow('Administrators must keep a second factor');
    // Another administrator (here the curator stands in as the actor) can reset it for a lost phone.
    await removeTwoFactor(curator, admin.id);
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).totpEnabledAt).toBeNull();
    expect(await signedInAs(admin.id, sessionId)).toBeNull();
  });
});

describe('history', () => {
  it('the attempt to update or delete an audit row fails in the database itself', async () => {
    await db.$transaction((tx) => recordAudit(tx, { userId: admin.id, action: 'update', entityType: 'Victim', entityId: 'v1', before: { name: 'A' }, after: { name: 'B' } }));
    const entry = await db.auditEntry.findFirstOrThrow();
    await expect(db.auditEntry.update({ where: { id: entry.id }, data: { after: { name: 'C' } } })).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe(`UPDATE "AuditEntry" SET "userId" = NULL`)).rejects.toThrow(/append-only/);
    await expect(db.auditEntry.delete({ where: { id: entry.id } })).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe(`DELETE FROM "AuditEntry"`)).rejects.toThrow(/append-only/);
    // Nor can the account whose history it is be deleted from under it.
    await expect(db.user.delete({ where: { id: admin.id } })).rejects.toThrow();
    expect(await db.auditEntry.findUniqueOrThrow({ where: { id: entry.id } })).toMatchObject({ after: { name: 'B' } });
  });

  it('shows entries about accounts to administrators only', async () => {
    await db.$transaction(async (tx) => {
      await recordAudit(tx, { userId: admin.id, action: 'user.create', entityType: 'User', entityId: curator.id, before: null, after: { email: curator.email, role: 'CURATOR' } });
      await recordAudit(tx, { userId: curator.id, action: 'update', entityType: 'Victim', entityId: 'v1', before: null, after: null });
    });
    const asCurator = await listAuditEntries({ page: 1 }, { role: 'CURATOR' });
    expect(asCurator.entries.map((entry) => entry.entityType)).toEqual(['Victim']);
    expect((await listAuditEntries({ entityType: 'User', entityId: curator.id, page: 1 }, { role: 'CURATOR' })).total).toBe(0);
    expect((await listRecentChanges(10, { role: 'CURATOR' })).map((entry) => entry.entityType)).toEqual(['Victim']);
    expect((await listAuditEntries({ page: 1 }, { role: 'ADMIN' })).total).toBe(2);
  });
});

describe('password hashing', () => {
  it('hashes at the production cost, N = 2^17, and verifies', async () => {
    const hash = await hashPassword(PASSWORD, 2 ** 17);
    expect(hash).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(await verifyPassword(PASSWORD, hash)).toBe(true);
    expect(await verifyPassword('not the password', hash)).toBe(false);
    expect(needsRehash(hash, 2 ** 17)).toBe(false);
  }, 60_000);

  it('marks a hash of another cost for rehashing at the next sign-in', async () => {
    const old = await hashPassword(PASSWORD, 2 ** 14);
    expect(needsRehash(old, 2 ** 17)).toBe(true);
    expect(needsRehash(await hashPassword(PASSWORD), configuredCost())).toBe(false);
    expect(needsRehash('not a hash')).toBe(true);
  });
});
