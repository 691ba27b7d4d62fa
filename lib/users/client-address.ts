/**
 * The client's address, for per-address limits and the account page's list of sessions.
 *
 * X-Forwarded-For is a list that each proxy appends to: the client may write anything at its left,
 * and only the entries our own proxies appended can be believed. With `trustedHops` proxies in
 * front of the app (TRUSTED_PROXY_HOPS; the shipped caching proxy is one), the client is the entry
 * that many from the right. With none configured the header is not believed at all: Next's server
 * fills it from the socket only when the client sent none, so a spoofed header and a real one look
 * the same. Then the address is unknown (null) and no per-address limit counts it.
 */

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

/** An IPv4 or IPv6 address as text (with an optional IPv4 tail); anything else is not taken as one. */
const ADDRESS = /^[0-9A-Fa-f:.]{2,45}$/;

function forwardedFor(headers: HeaderSource): string | undefined {
  if (headers instanceof Headers) return headers.get('x-forwarded-for') ?? undefined;
  const value = headers['x-forwarded-for'] ?? headers['X-Forwarded-For'];
  // Several X-Forwarded-For headers make one list, in order.
  return Array.isArray(value) ? value.join(',') : value;
}

/** The client's address as the outermost trusted proxy saw it, or null when it cannot be trusted. */
export function clientAddress(headers: HeaderSource, trustedHops: number): string | null {
  if (!Number.isInteger(trustedHops) || trustedHops < 1) return null;
  const entries = (forwardedFor(headers) ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  const entry = entries[entries.length - trustedHops];
  return entry && ADDRESS.test(entry) ? entry : null;
}
