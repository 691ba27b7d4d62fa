import Link from 'next/link';
import { redirect } from 'next/navigation';
import { LoginForm } from '@/components/admin/login-form';
import { getSessionUser } from '@/lib/auth';
import { env } from '@/lib/env';
import { DEFAULT_CALLBACK_PATH, safeCallbackUrl } from '@/lib/users/callback-url';
import { getCsrfToken } from '@/lib/users/csrf-token';
import { COOKIES_REQUIRED_ERROR, loginErrorMessage } from '@/lib/users/login-errors';

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** Where to go after signing in: a path inside the site, never back to the login or next-auth itself. */
function callbackPathFrom(value: string | undefined): string {
  const path = safeCallbackUrl(value, env.NEXTAUTH_URL) ?? safeCallbackUrl(value, env.SITE_URL);
  if (!path || /^\/(login|api\/auth)(\/|\?|#|$)/.test(path)) return DEFAULT_CALLBACK_PATH;
  return path;
}

/**
 * The curators' sign-in. A plain HTML form that posts to next-auth's credentials callback, so it
 * works without JavaScript; next-auth sends failures back here with `?error=`.
 */
export default async function LoginPage({ searchParams }: PageProps<'/login'>) {
  const params = await searchParams;
  const callbackPath = callbackPathFrom(single(params.callbackUrl));
  const error = single(params.error);

  if (!error && (await getSessionUser())) redirect(callbackPath);

  // next-auth's CSRF check needs its cookie. A page cannot set cookies, so a browser without one
  // goes once through next-auth's /api/auth/signin, which sets it and sends the browser back here.
  // The marker in `error` stops a browser that refuses cookies from going round for ever.
  const csrfToken = await getCsrfToken();
  if (!csrfToken && error !== COOKIES_REQUIRED_ERROR) {
    redirect(`/api/auth/signin?${new URLSearchParams({ callbackUrl: callbackPath, error: COOKIES_REQUIRED_ERROR })}`);
  }
  // Back from that detour with the cookie: tidy the address (next-auth made the callback absolute).
  if (csrfToken && error === COOKIES_REQUIRED_ERROR) redirect(`/login?${new URLSearchParams({ callbackUrl: callbackPath })}`);

  const errorMessage = csrfToken
    ? loginErrorMessage(error)
    : 'Signing in needs cookies, and this browser did not keep the one just sent. Allow cookies for this site and reload the page.';
  const notice = errorMessage
    ? null
    : single(params.passwordChanged) === '1'
      ? 'Your password has been changed, and every session with the old one has ended. Sign in with the new password.'
      : single(params.signedOut) === '1'
        ? 'You have signed out.'
        : null;

  return (
    <>
      <h1 className="mb-2 text-3xl font-bold">Sign in</h1>
      <p className="mb-8 font-sans text-muted">
        For the memorial&rsquo;s curators. Reading the memorial needs no account: <Link href="/en">return to the memorial</Link>.
      </p>
      <LoginForm csrfToken={csrfToken ?? ''} callbackUrl={callbackPath} errorMessage={errorMessage} notice={notice} />
    </>
  );
}
