import 'server-only';
import { cookies } from 'next/headers';
import { env } from '@/lib/env';
import { csrfCookieName, csrfTokenFromCookie } from '@/lib/users/csrf';

/** next-auth's CSRF token for this browser, from its cookie; null when the browser has none yet. */
export async function getCsrfToken(): Promise<string | null> {
  const cookie = (await cookies()).get(csrfCookieName(env.NEXTAUTH_URL))?.value;
  return csrfTokenFromCookie(cookie, env.NEXTAUTH_SECRET);
}
