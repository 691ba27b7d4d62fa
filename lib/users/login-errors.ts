import { BAKU_TIME_ZONE } from '@/lib/baku-time';
import { retryAtFromErrorCode } from '@/lib/users/rate-limit-policy';

/** Marks the login page's own detour through next-auth to obtain a CSRF cookie (see app/login/page.tsx). */
export const COOKIES_REQUIRED_ERROR = 'CookiesRequired';

/** The password was right, but the account has a second factor and no code was given. */
export const SECOND_FACTOR_REQUIRED = 'SecondFactorRequired';
/** The password was right, but the code was not (or was used already). */
export const SECOND_FACTOR_INVALID = 'SecondFactorInvalid';

/** A time as curators read it: Baku time, with the date, e.g. "14:32 on 22 November 2026 (Baku time)". */
function bakuTime(date: Date): string {
  const time = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: BAKU_TIME_ZONE }).format(date);
  const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: BAKU_TIME_ZONE }).format(date);
  return `${time} on ${day} (Baku time)`;
}

function timeFromNow(date: Date, now: Date): string {
  const seconds = Math.max(1, Math.ceil((date.getTime() - now.getTime()) / 1000));
  if (seconds < 60) return seconds === 1 ? '1 second' : `${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
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
    return `There were many failed attempts to sign in, so each new attempt must wait a little. Try again after ${bakuTime(retryAt)}, in ${timeFromNow(retryAt, now)}. A browser you have signed in with before is not held up.`;
  }
  if (code === SECOND_FACTOR_REQUIRED) return 'This account uses a second factor: type the six-digit code from your authenticator app (or a recovery code) with your password.';
  if (code === SECOND_FACTOR_INVALID) return 'The e-mail address and password were right, but the code was not, or it was used already. Type the code your authenticator app shows now, with your password.';
  if (code === 'SessionRequired') return 'Please sign in to continue.';
  return 'Signing in did not work because of a problem on the server. Please try again in a few minutes; if it keeps happening, tell an administrator.';
}
