/** Where a curator lands after signing in when no (acceptable) address was asked for. */
export const DEFAULT_CALLBACK_PATH = '/admin';

const MAX_LENGTH = 2048;

function hasControlOrSpace(value: string): boolean {
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (code <= 0x20 || code === 0x7f) return true;
  }
  return false;
}

/**
 * The address to return to after signing in, as a path inside the site (`/admin/victims?page=2`),
 * or null when `value` could lead anywhere else. Accepted: a relative path that starts with exactly
 * one `/`, or an absolute URL with the same origin as `siteUrl`. Refused: protocol-relative `//host`,
 * any backslash (browsers read `/\host` as `//host`), control characters and whitespace (browsers
 * drop tabs and newlines inside URLs, so `/\t/host` becomes `//host`), and other schemes.
 */
export function safeCallbackUrl(value: unknown, siteUrl: string): string | null {
  if (typeof value !== 'string' || value === '' || value.length > MAX_LENGTH) return null;
  if (value.includes('\\') || hasControlOrSpace(value)) return null;

  let site: URL;
  try {
    site = new URL(siteUrl);
  } catch {
    return null;
  }

  let target: URL;
  if (value.startsWith('/')) {
    if (value.startsWith('//')) return null;
    try {
      target = new URL(value, site.origin);
    } catch {
      return null;
    }
  } else {
    try {
      target = new URL(value);
    } catch {
      return null;
    }
  }
  // Also guards the relative case: whatever the parser made of the path, it must stay on this site.
  if (target.origin !== site.origin) return null;
  const path = `${target.pathname}${target.search}${target.hash}`;
  return path.startsWith('/') && !path.startsWith('//') ? path : null;
}

/**
 * Request header in which proxy.ts passes an admin page's path and query on, so that a redirect to
 * the login page can come back to it (a server component cannot otherwise know its own address).
 */
export const REQUEST_PATH_HEADER = 'x-memorial-request-path';
