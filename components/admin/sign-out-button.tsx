import { getCsrfToken } from '@/lib/users/csrf-token';

const BUTTON = 'border border-ink bg-white px-3 py-1 font-sans text-sm text-ink hover:bg-paper';

/**
 * Signs the curator out: a POST to next-auth's sign-out with its CSRF token, then back to the login
 * page. Works without JavaScript. A browser that has lost the CSRF cookie (it lasts only as long as
 * the browser session, the session cookie longer) gets next-auth's own confirmation page instead.
 */
export async function SignOutButton() {
  const csrfToken = await getCsrfToken();
  if (!csrfToken) {
    return (
      <form action="/api/auth/signout" method="get">
        <button type="submit" className={BUTTON}>
          Sign out
        </button>
      </form>
    );
  }
  return (
    <form action="/api/auth/signout" method="post">
      <input type="hidden" name="csrfToken" value={csrfToken} />
      <input type="hidden" name="callbackUrl" value="/login?signedOut=1" />
      <button type="submit" className={BUTTON}>
        Sign out
      </button>
    </form>
  );
}
