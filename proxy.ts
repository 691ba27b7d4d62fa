import { NextResponse, type NextRequest } from 'next/server';
import { getToken } from 'next-auth/jwt';
import createIntlMiddleware from 'next-intl/middleware';
import { isGuardedPost, isTooLarge, signInRedirect, tooLargeResponse, withNoncePolicy } from '@/lib/admin/request-guard';
import { env } from '@/lib/env';
import { CACHE_POLICY, LIST_PAGE_TAGS, listPageOf, PRIVATE_ANSWER_HEADERS, publicCacheHeaders, TESTIMONY_FORM_TAGS, testimonyAddressOf } from '@/lib/http/cache-policy';
import { isImpossiblePublicPath } from '@/lib/i18n/impossible-path';
import { withPageLocale } from '@/lib/i18n/request-locale';
import { routing } from '@/lib/i18n/routing';
import { isForgedStatusAddress } from '@/lib/testimonies/status-address';
import { REQUEST_PATH_HEADER } from '@/lib/users/callback-url';

/** The root address: next-intl redirects to /az, /en or /ru by Accept-Language (Azerbaijani when none fits). */
const negotiateLanguage = createIntlMiddleware(routing);

function isAdminPath(pathname: string): boolean {
  return pathname === '/admin' || pathname.startsWith('/admin/');
}

/**
 * The admin area, for convenience only: a browser with no session cookie at all is sent to the login
 * page before anything renders. Whether a session stands and what it may do is decided by
 * requireCurator()/requireAdmin() in every admin page and action, never here. The page's path is
 * passed on so that their redirect to the login page can come back to it.
 */
async function adminProxy(request: NextRequest): Promise<NextResponse> {
  const { pathname, search } = request.nextUrl;
  // Server actions (POSTs) were answered by guardPost already.
  if (request.method === 'GET' || request.method === 'HEAD') {
    if (!(await hasSessionCookie(request))) {
      const login = new URL('/login', request.url);
      login.searchParams.set('callbackUrl', `${pathname}${search}`);
      return NextResponse.redirect(login);
    }
  }
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(REQUEST_PATH_HEADER, `${pathname}${search}`);
  return withNoncePolicy(requestHeaders, env.NODE_ENV !== 'production');
}

// ---- Accounts (issue 13): posts without a session, oversized bodies, nonces on /admin and /login ----

/** Whether the browser sent a session cookie that this server signed (not whether it still stands). */
async function hasSessionCookie(request: NextRequest): Promise<boolean> {
  const token = await getToken({ req: request, secret: env.NEXTAUTH_SECRET, secureCookie: env.NEXTAUTH_URL.startsWith('https://') });
  return token !== null;
}

/**
 * Server actions and admin posts: refused before their body is read when too large or when no
 * session cookie came with them (no action is open to strangers). Null lets the request go on.
 */
async function guardPost(request: NextRequest): Promise<NextResponse | null> {
  if (!isGuardedPost(request)) return null;
  if (isTooLarge(request)) return tooLargeResponse();
  if (!(await hasSessionCookie(request))) return signInRedirect(request);
  return null;
}

function isLoginPath(pathname: string): boolean {
  return pathname === '/login' || pathname.startsWith('/login/');
}
// ---- end of the accounts part ----

/**
 * Answers public addresses that cannot exist with the site's 404 page before any page renders.
 * A 404 raised by a page's own notFound() reaches the browser as a shell that only script fills
 * in (Next 16.4), so every check that needs no database is made here, where the 404 page is served
 * as plain HTML; a cached page answers the rest with NotFoundAnswer
 * (components/site/not-found-answer.tsx). Only string checks run here, so cached pages stay cached. Authorisation is never
 * decided here: the admin area checks the session itself. It runs only on the addresses `config`
 * below sends it (not on the hot cached pages whose address it would pass on untouched).
 */
export async function proxy(request: NextRequest) {
  const refused = await guardPost(request);
  if (refused) return refused;
  if (isLoginPath(request.nextUrl.pathname)) return withNoncePolicy(new Headers(request.headers), env.NODE_ENV !== 'production');
  if (request.nextUrl.pathname === '/') {
    // The answer depends on the browser's languages: a shared cache must keep one per Accept-Language.
    const response = negotiateLanguage(request);
    response.headers.set('Vary', 'Accept-Language');
    return response;
  }
  if (isAdminPath(request.nextUrl.pathname)) return adminProxy(request);
  // The global 404 page gets no params: it learns the address's language from this header.
  const headers = withPageLocale(request.headers, request.nextUrl.pathname);
  if (!isImpossiblePublicPath(request.nextUrl.pathname, new Date()) && !isForgedStatusAddress(request.nextUrl.pathname)) {
    const response = NextResponse.next({ request: { headers } });
    // --- public cache policy (topology) ---
    // Lists, searches and filters render per request (they read the query), so Next leaves them
    // `no-store`; they are the same for every visitor, so shared caches keep them briefly, by query.
    const listPage = listPageOf(request.nextUrl.pathname);
    if (listPage) {
      for (const [name, value] of Object.entries(publicCacheHeaders(LIST_PAGE_TAGS[listPage], { sharedMaxAge: CACHE_POLICY.searchSharedMaxAge }))) {
        response.headers.set(name, value);
      }
    }
    const testimony = testimonyAddressOf(request.nextUrl.pathname, request.nextUrl.searchParams);
    const testimonyHeaders =
      testimony === 'private' ? PRIVATE_ANSWER_HEADERS : testimony === 'form' ? publicCacheHeaders(TESTIMONY_FORM_TAGS, { sharedMaxAge: CACHE_POLICY.searchSharedMaxAge }) : {};
    for (const [name, value] of Object.entries(testimonyHeaders)) response.headers.set(name, value);
    // --- end public cache policy ---
    return response;
  }
  return NextResponse.rewrite(new URL('/_not-found', request.url), { status: 404, request: { headers } });
}

/**
 * Where the proxy runs. Every request it runs on pays for it (on a cached anniversary page about a
 * quarter of the origin's work, measured with --cpu-prof: the middleware adapter, and the async
 * context tracking it switches on), so it runs only where it can change the answer:
 *   - public addresses (not Next's assets, files with an extension, the API, embeds or the login
 *     page), except the addresses it would pass on untouched, whose shape already proves their route
 *     exists: a language's home, figures, timeline and about pages, and a record's page or preview
 *     image under a well-formed key (a slug; a year from 1991 in four digits). Whether such a record
 *     exists is the page's own 404 (NotFoundAnswer); a malformed key still gets the proxy's 404 here;
 *   - the admin area for its sign-in redirect, and admin and login for their nonce policy;
 *   - every server action, wherever it posts (guardPost).
 * Next reads this object from the source at build time, so it is written out in full;
 * tests/unit/proxy-matcher.test.ts checks it against isImpossiblePublicPath and the list pages.
 */
export const config = {
  matcher: [
    '/((?!_next/|api/|admin|embed/|login|media/|.*\\.[a-z0-9]+$|(?:az|en|ru)(?:/(?:figures|timeline|about))?$|(?:az|en|ru)/(?:victims|releases)/[a-z0-9]+(?:-[a-z0-9]+)*(?:/opengraph-image)?$|(?:az|en|ru)/issuers/[a-z0-9]+(?:-[a-z0-9]+)*$|(?:az|en|ru)/anniversaries/(?:199[1-9]|2[0-9][0-9][0-9])(?:/opengraph-image)?$).*)',
    '/admin',
    '/admin/:path*',
    '/login',
    '/login/:path*',
    { source: '/:path*', has: [{ type: 'header', key: 'next-action' }] },
  ],
};
