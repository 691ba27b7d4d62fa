import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { env } from '@/lib/env';

/**
 * Password hashing with Node's built-in scrypt (no native module to install). A stored hash is
 * self-describing — `scrypt$N$r$p$saltB64$hashB64` — so the cost can be raised later while old
 * hashes still verify, and sign-in rehashes them (needsRehash).
 *
 * The cost is OWASP's current floor for scrypt, N = 2^17 with r = 8 and p = 1 (128 MiB and a few
 * hundred milliseconds per hash), configurable through PASSWORD_HASH_COST so that tests can run
 * at a low cost. The sign-in throttle's global budget (lib/users/rate-limit-policy.ts) bounds how
 * many such hashes strangers can make the server compute.
 */

const BLOCK_SIZE = 8; // r
const PARALLELIZATION = 1; // p
const KEY_LENGTH = 64;
const SALT_LENGTH = 16;

// Bounds for parameters read back from a stored hash, so a tampered row cannot make a login
// request allocate gigabytes or spin for minutes. Above the target cost, so it can still rise.
const MAX_COST = 1 << 20;
const MAX_BLOCK_SIZE = 16;
const MAX_PARALLELIZATION = 4;

/** N for new hashes: 2^PASSWORD_HASH_COST. */
export function configuredCost(): number {
  return 2 ** env.PASSWORD_HASH_COST;
}

function deriveKey(plain: string, salt: Buffer, keyLength: number, options: ScryptOptions & { N: number; r: number }): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // scrypt needs about 128·N·r bytes; Node's default ceiling (32 MiB) is too low for these costs.
    const maxmem = 128 * options.N * options.r * 2 + 1024 * 1024;
    // NFKC: the same password typed with different Unicode compositions must match.
    scrypt(plain.normalize('NFKC'), salt, keyLength, { ...options, maxmem }, (error, key) => {
      if (error) reject(error);
      else resolve(key);
    });
  });
}

/** Hashes a password as `scrypt$N$r$p$saltB64$hashB64` with a fresh random salt, at `cost` (N). */
export async function hashPassword(plain: string, cost: number = configuredCost()): Promise<string> {
  const salt = randomBytes(SALT_LENGTH);
  const key = await deriveKey(plain, salt, KEY_LENGTH, { N: cost, r: BLOCK_SIZE, p: PARALLELIZATION });
  return ['scrypt', cost, BLOCK_SIZE, PARALLELIZATION, salt.toString('base64'), key.toString('base64')].join('$');
}

function parsePositiveInteger(text: string | undefined, max: number): number | null {
  if (!text || !/^\d+$/.test(text)) return null;
  const value = Number(text);
  return value >= 1 && value <= max ? value : null;
}

type Parameters = { N: number; r: number; p: number; salt: Buffer; expected: Buffer };

function parseStored(stored: string): Parameters | null {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null;
  const N = parsePositiveInteger(parts[1], MAX_COST);
  const r = parsePositiveInteger(parts[2], MAX_BLOCK_SIZE);
  const p = parsePositiveInteger(parts[3], MAX_PARALLELIZATION);
  if (N === null || r === null || p === null || (N & (N - 1)) !== 0 || N < 2) return null;
  const salt = Buffer.from(parts[4] ?? '', 'base64');
  const expected = Buffer.from(parts[5] ?? '', 'base64');
  if (salt.length === 0 || expected.length < 16) return null;
  return { N, r, p, salt, expected };
}

/**
 * Checks a password against a stored hash in constant time. Returns false, never throws, for a
 * malformed or unsupported stored value.
 */
export async function verifyPassword(plain: string, stored: string): Promise<boolean> {
  const parameters = parseStored(stored);
  if (!parameters) return false;
  const { N, r, p, salt, expected } = parameters;
  try {
    const actual = await deriveKey(plain, salt, expected.length, { N, r, p });
    return timingSafeEqual(actual, expected);
  } catch {
    return false;
  }
}

/** Whether a stored hash was made with other parameters than new hashes get (then sign-in rehashes it). */
export function needsRehash(stored: string, cost: number = configuredCost()): boolean {
  const parameters = parseStored(stored);
  return !parameters || parameters.N !== cost || parameters.r !== BLOCK_SIZE || parameters.p !== PARALLELIZATION || parameters.expected.length !== KEY_LENGTH;
}
