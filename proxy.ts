import { NextResponse, type NextRequest } from 'next/server';
import { isImpossiblePublicPath } from '@/lib/i18n/impossible-path';

/**
 * Answers public addresses that cannot exist with the site's 404 page before any page renders.
 * A 404 raised inside a page (notFound()) reaches the browser as a shell that only script fills
 * in (Next 16.4), so every check that needs no database is made here, where the 404 page is served
 * as plain HTML. Only string checks run here, so cached pages stay cached. Authorisation is never
 * decided here: the admin area checks the session itself.
 */
export function proxy(request: NextRequest) {
  if (!isImpossiblePublicPath(request.nextUrl.pathname, new Date())) return NextResponse.next();
  return NextResponse.rewrite(new URL('/_not-found', request.url), { status: 404 });
}

export const config = {
  // Public pages only: not Next's assets, files with an extension, the admin area or the API.
  matcher: ['/((?!_next/|api/|admin|embed/|login|.*\\.[a-z0-9]+$).*)'],
};
