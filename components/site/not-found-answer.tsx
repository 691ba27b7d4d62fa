import { notFound } from 'next/navigation';
import { Suspense, type ReactNode } from 'react';
import { NotFoundContent } from '@/components/site/not-found-content';
import type { Locale } from '@/lib/i18n/config';

/** Raises the 404 beneath the content that says so (see NotFoundAnswer). */
function RaiseNotFound(): never {
  notFound();
}

/**
 * What a cached page answers when its address is well formed but names nothing: an unknown or
 * deleted victim, release or issuer, a year still to come, a notice not yet written. `children` is
 * the 404 page's content (the language's own by default; a folder with a not-found.tsx of its own
 * passes that), rendered on the server, with notFound() raised inside a Suspense boundary beneath it.
 *
 * A page that calls notFound() itself gets status 404 with an empty `__next_error__` shell that
 * only script fills in (Next 16.4, vercel/next.js#62228): blank for a reader without JavaScript and
 * for a crawler that runs none. Raised inside a boundary, the error still makes the answer a 404
 * (noindex, and not stored by cache-handler.mjs), while React renders everything outside the boundary
 * into the HTML. In the browser the boundary's error reaches the segment's not-found file, which shows
 * the same content.
 *
 * Only for pages rendered whole before they are sent (the ISR pages, `revalidate`). A page rendered
 * per request streams its first part with status 200 before the boundary's error arrives, so those
 * (the answers after a carnation or a remembrance, a testimony's status page) still call notFound().
 * tests/e2e/public/no-javascript.spec.ts reads these answers with script off and checks their status.
 */
export function NotFoundAnswer({ locale, children }: { locale: Locale; children?: ReactNode }) {
  // `next dev` renders every page per request, so the boundary below would come with status 200
  // there; a developer's 404 keeps its status (and dev's blank shell) instead.
  if (process.env.NODE_ENV === 'development') notFound();
  return (
    <>
      {children ?? <NotFoundContent locale={locale} />}
      <Suspense fallback={null}>
        <RaiseNotFound />
      </Suspense>
    </>
  );
}
