import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * OWASP's device cookies: a browser that has signed in as an account receives a signed cookie
 * naming that account. Later attempts from it are judged by its own failures only, so strangers
 * failing against the account (or flooding the server) do not slow its owner down.
 * Format: `base64url(e-mail).deviceId.issuedAtSeconds.hmac`, HMAC-SHA-256 with a key derived from
 * NEXTAUTH_SECRET.
 */

/** How long a device cookie vouches for its browser. */
export const DEVICE_COOKIE_MAX_AGE_SECONDS = 180 * 24 * 60 * 60;

/** The cookie's name: with the `__Host-` prefix when the site is served over HTTPS. */
export function deviceCookieName(siteUrl: string): string {
  return `${siteUrl.startsWith('https://') ? '__Host-' : ''}memorial-device`;
}

function signature(payload: string, secret: string): Buffer {
  return createHmac('sha256', `memorial device cookie\u0000${secret}`).update(payload).digest();
}

/** A new device cookie value for this e-mail (normalised), signed with `secret`. */
export function createDeviceCookie(email: string, secret: string, now: Date = new Date()): string {
  const payload = [Buffer.from(email).toString('base64url'), randomBytes(16).toString('hex'), Math.floor(now.getTime() / 1000)].join('.');
  return `${payload}.${signature(payload, secret).toString('base64url')}`;
}

/**
 * The device id in a cookie that `secret` signed for this e-mail and that has not expired, else
 * null (no cookie, another account's, tampered, another secret, too old).
 */
export function deviceIdFromCookie(value: string | undefined, email: string, secret: string | undefined, now: Date = new Date()): string | null {
  if (!value || !secret || value.length > 512) return null;
  const parts = value.split('.');
  if (parts.length !== 4) return null;
  const [encodedEmail, deviceId, issuedAt, mac] = parts as [string, string, string, string];
  const expected = signature(`${encodedEmail}.${deviceId}.${issuedAt}`, secret);
  const given = Buffer.from(mac, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  if (Buffer.from(encodedEmail, 'base64url').toString() !== email) return null;
  if (!/^[0-9a-f]{32}$/.test(deviceId) || !/^\d{1,12}$/.test(issuedAt)) return null;
  const age = now.getTime() / 1000 - Number(issuedAt);
  if (age < -60 || age > DEVICE_COOKIE_MAX_AGE_SECONDS) return null;
  return deviceId;
}

/** One cookie's value from a Cookie request header. */
export function cookieFromHeader(header: string | string[] | undefined, name: string): string | undefined {
  const text = Array.isArray(header) ? header.join('; ') : header;
  if (!text) return undefined;
  for (const part of text.split(';')) {
    const index = part.indexOf('=');
    if (index > 0 && part.slice(0, index).trim() === name) return decodeURIComponent(part.slice(index + 1).trim());
  }
  return undefined;
}
