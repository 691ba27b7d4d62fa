import { retryAtFromErrorCode } from '@/lib/users/rate-limit-policy';

/** Marks the login page's own detour through next-auth to obtain a CSRF cookie (see app/login/page.tsx). */
export const COOKIES_REQUIRED_ERROR = 'CookiesRequired';

/** A time as curators read it: Baku time, with the date, e.g. "14:32 on 22 November 2026 (Baku time)". */
function bakuTime(date: Date): string {
  const time = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: 'Asia/Baku' }).format(date);
  const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Asia/Baku' }).format(date);
  return `${time} on ${day} (Baku time)`;
}

function minutesFromNow(date: Date, now: Date): string {
  const minutes = Math.max(1, Math.ceil((date.getTime() - now.getTime()) / 60000));
  return minutes === 1 ? 'about a minute' : `${minutes} minutes`;
}

/**
 * The sentence the login page shows for next-auth's `?error=` code, or null for none. Codes come
 * from the address bar, so anything unknown gets a general sentence, never the code itself.
 */
export function loginErrorMessage(code: string | null | undefined, now: Date = new Date()): string | null {
  if (!code || code === COOKIES_REQUIRED_ERROR) return null;
  if (code === 'CredentialsSignin') return 'The e-mail address or the password is not right. Check both and try again.';
  const retryAt = retryAtFromErrorCode(code);
  if (retryAt) {
    if (retryAt.getTime() <= now.getTime()) return 'There were too many failed attempts to sign in. You can try again now.';
    return `There were too many failed attempts to sign in. For your account's safety, signing in is paused: try again after ${bakuTime(retryAt)}, in ${minutesFromNow(retryAt, now)}.`;
  }
  if (code === 'SessionRequired') return 'Please sign in to continue.';
  return 'Signing in did not work because of a problem on the server. Please try again in a few minutes; if it keeps happening, tell an administrator.';
}
