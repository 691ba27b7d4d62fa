import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy } from '@/lib/content-security-policy';

/**
 * What proxy.ts decides about the curators' area before any page or action runs, from the request
 * line and headers alone (no body is read, no database is asked):
 *
 * - a server action, or any POST to /admin, from a browser with no session cookie is refused before
 *   its body is parsed: no stranger can make the server buffer and parse 12 MB;
 * - a body larger than the server-action limit is refused with the app's own words, not a bare 500;
 * - /admin and /login get a Content-Security-Policy with a fresh nonce.
 *
 * Whether a session stands is still decided by requireCurator() in every page and action.
 */

/** The largest body an action accepts (next.config.ts: serverActions.bodySizeLimit, 12 MB). */
export const MAX_ACTION_BODY_BYTES = 12 * 1024 * 1024;

/** A server action call (Next marks them with this header) or a form post to the admin area. */
export function isGuardedPost(request: NextRequest): boolean {
  if (request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS') return false;
  const { pathname } = request.nextUrl;
  return request.headers.has('next-action') || pathname === '/admin' || pathname.startsWith('/admin/');
}

/** Whether the declared body is larger than any action accepts. */
export function isTooLarge(request: NextRequest): boolean {
  const length = Number(request.headers.get('content-length') ?? '0');
  return Number.isFinite(length) && length > MAX_ACTION_BODY_BYTES;
}

/** The answer to an oversized post: the app's own sentence, as a page a browser without script shows too. */
export function tooLargeResponse(): NextResponse {
  const limit = MAX_ACTION_BODY_BYTES / 1024 / 1024;
  return new NextResponse(
    `<!doctype html><html lang="en"><meta charset="utf-8"><title>Too large · Black January memorial</title>` +
      `<main><h1>That was too large to send</h1><p>A form can send at most ${limit} MB at once (a photograph at most 5 MB, a CSV file at most 10 MB). ` +
      `Nothing was saved. Go back, choose a smaller file or split it, and send it again.</p></main></html>`,
    { status: 413, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' } },
  );
}

/** Where a post without a session is sent: the login page (for an action, Next follows the redirect). */
export function signInRedirect(request: NextRequest): NextResponse {
  const { pathname, search } = request.nextUrl;
  const login = new URL('/login', request.url);
  login.searchParams.set('callbackUrl', pathname.startsWith('/admin') ? `${pathname}${search}` : '/admin');
  return NextResponse.redirect(login, 303);
}

function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * Passes the request on with a per-request nonce: Next reads it from the request's
 * Content-Security-Policy header and puts it on its own scripts; the browser gets the same policy.
 */
export function withNoncePolicy(requestHeaders: Headers, development: boolean): NextResponse {
  const policy = contentSecurityPolicy({ frameAncestors: "'none'", scripts: { kind: 'nonce', nonce: newNonce() }, development });
  requestHeaders.set('Content-Security-Policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}
