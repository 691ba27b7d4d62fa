import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * next-auth v4 protects its sign-in and sign-out POSTs with a double-submit CSRF token: the cookie
 * holds `token|sha256(token + secret)` and the form must send `token`. Our own login form and
 * sign-out button are rendered on the server, so they read the token from that cookie (next-auth's
 * own /api/auth/signin sets it when it is missing) instead of fetching /api/auth/csrf from script.
 */

/** The CSRF cookie's name: next-auth adds the `__Host-` prefix when the site is served over HTTPS. */
export function csrfCookieName(siteUrl: string): string {
  return `${siteUrl.startsWith('https://') ? '__Host-' : ''}next-auth.csrf-token`;
}

/** The token in a CSRF cookie that this secret signed, or null (no cookie, tampered, other secret). */
export function csrfTokenFromCookie(cookieValue: string | undefined, secret: string | undefined): string | null {
  if (!cookieValue || !secret) return null;
  const [token, hash] = cookieValue.split('|');
  if (!token || !hash || !/^[0-9a-f]{64}$/.test(hash)) return null;
  const expected = createHash('sha256').update(`${token}${secret}`).digest();
  return timingSafeEqual(Buffer.from(hash, 'hex'), expected) ? token : null;
}
