import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * Password hashing with Node's built-in scrypt (no native module to install). A stored hash is
 * self-describing — `scrypt$N$r$p$saltB64$hashB64` — so the cost can be raised later while old
 * hashes still verify.
 */

const COST = 16384; // N
const BLOCK_SIZE = 8; // r
const PARALLELIZATION = 1; // p
const KEY_LENGTH = 64;
const SALT_LENGTH = 16;

// Bounds for parameters read back from a stored hash, so a tampered row cannot make a login
// request allocate gigabytes or spin for minutes.
const MAX_COST = 1 << 17;
const MAX_BLOCK_SIZE = 16;
const MAX_PARALLELIZATION = 4;

function deriveKey(plain: string, salt: Buffer, keyLength: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // scrypt needs about 128·N·r bytes; Node's default ceiling (32 MiB) is too low for raised costs.
    const maxmem = 128 * (options.N ?? COST) * (options.r ?? BLOCK_SIZE) * 2 + 1024 * 1024;
    // NFKC: the same password typed with different Unicode compositions must match.
    scrypt(plain.normalize('NFKC'), salt, keyLength, { ...options, maxmem }, (error, key) => {
      if (error) reject(error);
      else resolve(key);
    });
  });
}

/** Hashes a password as `scrypt$N$r$p$saltB64$hashB64` with a fresh random salt. */
export async function hashPassword(plain: string): Promise<string> {
  const salt = randomBytes(SALT_LENGTH);
  const key = await deriveKey(plain, salt, KEY_LENGTH, { N: COST, r: BLOCK_SIZE, p: PARALLELIZATION });
  return ['scrypt', COST, BLOCK_SIZE, PARALLELIZATION, salt.toString('base64'), key.toString('base64')].join('$');
}

function parsePositiveInteger(text: string | undefined, max: number): number | null {
  if (!text || !/^\d+$/.test(text)) return null;
  const value = Number(text);
  return value >= 1 && value <= max ? value : null;
}

/**
 * Checks a password against a stored hash in constant time. Returns false, never throws, for a
 * malformed or unsupported stored value.
 */
export async function verifyPassword(plain: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const N = parsePositiveInteger(parts[1], MAX_COST);
  const r = parsePositiveInteger(parts[2], MAX_BLOCK_SIZE);
  const p = parsePositiveInteger(parts[3], MAX_PARALLELIZATION);
  if (N === null || r === null || p === null || (N & (N - 1)) !== 0 || N < 2) return false;

  const salt = Buffer.from(parts[4] ?? '', 'base64');
  const expected = Buffer.from(parts[5] ?? '', 'base64');
  if (salt.length === 0 || expected.length < 16) return false;

  try {
    const actual = await deriveKey(plain, salt, expected.length, { N, r, p });
    return timingSafeEqual(actual, expected);
  } catch {
    return false;
  }
}
