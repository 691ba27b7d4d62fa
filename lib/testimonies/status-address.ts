import { env } from '@/lib/env';
import type { Locale } from '@/lib/i18n/config';
import { statusToken, verifyStatusToken } from '@/lib/testimonies/token';
import { visitorFormKey } from '@/lib/visitor-forms/form-guard';

/** The key status tokens are made with: NEXTAUTH_SECRET's (every instance shares it), as for visitor forms. */
function key(): Buffer {
  return visitorFormKey(env.NEXTAUTH_SECRET);
}

/** The testifier's private status page, as a path. */
export function testimonyStatusPath(locale: Locale, testimonyId: string): string {
  return `/${locale}/testimony/status/${statusToken(testimonyId, key())}`;
}

/** The same, as the absolute address a message carries. */
export function testimonyStatusUrl(locale: Locale, testimonyId: string): string {
  return `${env.SITE_URL}${testimonyStatusPath(locale, testimonyId)}`;
}

/** The testimony a status token opens, or null. */
export function testimonyIdFromToken(token: string): string | null {
  return verifyStatusToken(token, key());
}

/**
 * Whether an address is a status page whose token this deployment did not make (proxy.ts answers it
 * with the site's 404 before anything renders, as it does other impossible addresses).
 */
export function isForgedStatusAddress(pathname: string): boolean {
  const match = /^\/(?:az|en|ru)\/testimony\/status\/([^/]*)\/?$/.exec(pathname);
  return match !== null && testimonyIdFromToken(decodeURIComponent(match[1] ?? '')) === null;
}
