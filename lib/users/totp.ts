import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { generate, generateSecret, generateURI, verify } from 'otplib';
import { env } from '@/lib/env';

/**
 * The second factor: TOTP codes from an authenticator app (RFC 6238: SHA-1, six digits, 30-second
 * steps, through otplib) and one-time recovery codes. Secrets are stored encrypted with AES-256-GCM
 * under a key derived from MEMORIAL_TOTP_KEY, so a copy of the database alone does not give them.
 */

const ISSUER = 'Black January memorial';
const PERIOD_SECONDS = 30;
/** One step either side: an authenticator whose clock is up to 30 s off still works. */
const TOLERANCE_SECONDS = PERIOD_SECONDS;

/**
 * The key for the embedded demo database and test runs, whose only secret is the demo admin's, itself
 * printed in the README. The server refuses to start without MEMORIAL_TOTP_KEY anywhere else
 * (lib/users/startup-checks.ts).
 */
const DEMO_TOTP_KEY = 'black-january-memorial-demo-database-only';

/** Why MEMORIAL_TOTP_KEY cannot be used, or null when it can (or is not needed here). */
export function totpKeyProblem(config: Pick<typeof env, 'MEMORIAL_TOTP_KEY' | 'MEMORIAL_EMBEDDED_DATABASE' | 'MEMORIAL_ALLOW_DEMO_ACCOUNTS'>): string | null {
  const key = config.MEMORIAL_TOTP_KEY;
  if (!key) {
    if (config.MEMORIAL_EMBEDDED_DATABASE || config.MEMORIAL_ALLOW_DEMO_ACCOUNTS) return null;
    return 'MEMORIAL_TOTP_KEY is not set: it encrypts the curators\u2019 second-factor secrets. Generate one with `openssl rand -base64 32`.';
  }
  if (key.length < 32) return `MEMORIAL_TOTP_KEY is too short (${key.length} characters; at least 32 are needed).`;
  return null;
}

function encryptionKey(demo = false): Buffer {
  const key = env.MEMORIAL_TOTP_KEY ?? (demo || env.MEMORIAL_EMBEDDED_DATABASE || env.MEMORIAL_ALLOW_DEMO_ACCOUNTS ? DEMO_TOTP_KEY : undefined);
  if (!key) throw new Error('MEMORIAL_TOTP_KEY is not set, so second-factor secrets cannot be read or stored.');
  return createHash('sha256').update(`memorial totp\u0000${key}`).digest();
}

/**
 * `v1:` + base64url(iv ‖ tag ‖ ciphertext). `forDemoAccount`: the seed's demo administrator, on a
 * database where the server will run with the demo key unless MEMORIAL_TOTP_KEY is set.
 */
export function encryptTotpSecret(secret: string, { forDemoAccount = false } = {}): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', encryptionKey(forDemoAccount), iv);
  const ciphertext = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return `v1:${Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString('base64url')}`;
}

/** The secret in a stored value; throws when it was encrypted with another key or altered. */
export function decryptTotpSecret(stored: string): string {
  if (!stored.startsWith('v1:')) throw new Error('Unknown format of a stored second-factor secret.');
  const data = Buffer.from(stored.slice(3), 'base64url');
  const decipher = createDecipheriv('aes-256-gcm', encryptionKey(), data.subarray(0, 12));
  decipher.setAuthTag(data.subarray(12, 28));
  return Buffer.concat([decipher.update(data.subarray(28)), decipher.final()]).toString('utf8');
}

/** A fresh secret (160 bits, base32) for enrolment. */
export function newTotpSecret(): string {
  return generateSecret();
}

/** The otpauth:// address an authenticator app reads from the QR code. */
export function totpUri(secret: string, email: string): string {
  return generateURI({ issuer: ISSUER, label: email, secret, period: PERIOD_SECONDS });
}

/** The code an authenticator shows now (for the tests and the demo; the server never needs it). */
export function currentTotpCode(secret: string, now: Date = new Date()): Promise<string> {
  return generate({ secret, epoch: Math.floor(now.getTime() / 1000), period: PERIOD_SECONDS });
}

/** The 30-second step a time falls in. */
export function totpStep(now: Date = new Date()): number {
  return Math.floor(now.getTime() / 1000 / PERIOD_SECONDS);
}

/**
 * The step of a code that is right for `secret` now (one step of clock drift allowed either way),
 * and later than `lastUsedStep`, so a code seen once (over a shoulder, in a log) cannot be used again.
 * Null otherwise.
 */
export async function acceptedTotpStep(secret: string, code: string, lastUsedStep: number | null, now: Date = new Date()): Promise<number | null> {
  const token = code.replace(/\s+/g, '');
  if (!/^\d{6}$/.test(token)) return null;
  const result = await verify({
    secret,
    token,
    epoch: Math.floor(now.getTime() / 1000),
    period: PERIOD_SECONDS,
    epochTolerance: TOLERANCE_SECONDS,
    ...(lastUsedStep !== null ? { afterTimeStep: lastUsedStep } : {}),
  });
  return result.valid && 'timeStep' in result ? result.timeStep : null;
}

/** How many recovery codes an account gets at enrolment (each works once). */
export const RECOVERY_CODE_COUNT = 10;

const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** Ten codes like `k7wq-3m9d-x2pe` (about 70 bits each), to write down or print. */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const bytes = randomBytes(12);
    const characters = Array.from(bytes, (byte) => RECOVERY_ALPHABET[byte % RECOVERY_ALPHABET.length]).join('');
    return `${characters.slice(0, 4)}-${characters.slice(4, 8)}-${characters.slice(8, 12)}`;
  });
}

/** Whether what was typed has the shape of a recovery code rather than a six-digit TOTP code. */
export function looksLikeRecoveryCode(code: string): boolean {
  return /^[a-z0-9]{4}-?[a-z0-9]{4}-?[a-z0-9]{4}$/i.test(code.trim());
}

/** The stored form of a recovery code: SHA-256 of it without dashes, in lower case (codes are random, so no salt is needed). */
export function recoveryCodeHash(code: string): string {
  return createHash('sha256').update(code.trim().toLowerCase().replace(/-/g, '')).digest('hex');
}
