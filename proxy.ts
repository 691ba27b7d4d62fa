import { NextResponse, type NextRequest } from 'next/server';
import { getToken } from 'next-auth/jwt';
import createIntlMiddleware from 'next-intl/middleware';
import { env } from '@/lib/env';
import { CACHE_POLICY, LIST_PAGE_TAGS, listPageOf, publicCacheHeaders } from '@/lib/http/cache-policy';
import { isImpossiblePublicPath } from '@/lib/i18n/impossible-path';
import { withPageLocale } from '@/lib/i18n/request-locale';
import { routing } from '@/lib/i18n/routing';
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
  // Server actions are POSTs to the page's path; they answer a missing session themselves (a
  // redirect here would reach the action's fetch, not the page).
  if (request.method === 'GET' || request.method === 'HEAD') {
    const token = await getToken({ req: request, secret: env.NEXTAUTH_SECRET, secureCookie: env.NEXTAUTH_URL.startsWith('https://') });
    if (!token) {
      const login = new URL('/login', request.url);
      login.searchParams.set('callbackUrl', `${pathname}${search}`);
      return NextResponse.redirect(login);
    }
  }
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(REQUEST_PATH_HEADER, `${pathname}${search}`);
  return NextResponse.next({ request: { headers: requestHeaders } });
}

/**
 * Answers public addresses that cannot exist with the site's 404 page before any page renders.
 * A 404 raised inside a page (notFound()) reaches the browser as a shell that only script fills
 * in (Next 16.4), so every check that needs no database is made here, where the 404 page is served
 * as plain HTML. Only string checks run here, so cached pages stay cached. Authorisation is never
 * decided here: the admin area checks the session itself.
 */
export async function proxy(request: NextRequest) {
  if (request.nextUrl.pathname === '/') {
    // The answer depends on the browser's languages: a shared cache must keep one per Accept-Language.
    const response = negotiateLanguage(request);
    response.headers.set('Vary', 'Accept-Language');
    return response;
  }
  if (isAdminPath(request.nextUrl.pathname)) return adminProxy(request);
  // The global 404 page gets no params: it learns the address's language from this header.
  const headers = withPageLocale(request.headers, request.nextUrl.pathname);
  if (!isImpossiblePublicPath(request.nextUrl.pathname, new Date())) {
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
    // --- end public cache policy ---
    return response;
  }
  return NextResponse.rewrite(new URL('/_not-found', request.url), { status: 404, request: { headers } });
}

export const config = {
  // Public pages (not Next's assets, files with an extension, the API, embeds or the login page),
  // and the admin area for its sign-in redirect.
  matcher: ['/((?!_next/|api/|admin|embed/|login|media/|.*\\.[a-z0-9]+$).*)', '/admin', '/admin/:path*'],
};
