import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';

/**
 * The testifier's private status address, /[locale]/testimony/status/<token>: the testimony's id and
 * an HMAC of it under the deployment's secret. Nothing of it is stored, so a copy of the database alone
 * opens no status page, and every message to the testifier can carry the link again. Changing
 * NEXTAUTH_SECRET invalidates every status address (the reference stays valid for writing to the operator).
 */
function tokenKey(secret: Buffer | string): Buffer {
  return createHmac('sha256', secret).update('memorial testimony status').digest();
}

function mac(secret: Buffer | string, id: string): string {
  return createHmac('sha256', tokenKey(secret)).update(`testimony-status:${id}`).digest('base64url');
}

export function statusToken(id: string, secret: Buffer | string): string {
  return `${id}.${mac(secret, id)}`;
}

/** The testimony id a token opens, or null for a token this deployment did not make. */
export function verifyStatusToken(token: string, secret: Buffer | string): string | null {
  const match = /^([a-z0-9]{1,40})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return null;
  const [, id, given] = match as unknown as [string, string, string];
  const expected = Buffer.from(mac(secret, id));
  const actual = Buffer.from(given);
  return expected.length === actual.length && timingSafeEqual(expected, actual) ? id : null;
}

/** Crockford's base 32 without I, L, O, U: nothing to misread when a reference is read out or typed. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A new reference, "T-7KQ3-M9XD": what the testifier quotes; not a secret, unique in the database. */
export function newReference(): string {
  const part = () => Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return `T-${part()}-${part()}`;
}
