'use client';

import { useEffect, useState } from 'react';

const INPUT = 'mt-1 w-full border border-muted bg-white px-2 py-1.5 font-sans aria-[invalid=true]:border-2 aria-[invalid=true]:border-mourning-dark';
const ERROR_ID = 'login-error';

/**
 * The sign-in form: plain HTML posted to next-auth's credentials callback, which answers with a
 * redirect (to the page asked for, or back to /login?error=…), so it works without JavaScript.
 * Script only adds the pending state: the button is disabled while the browser waits.
 */
export function LoginForm({
  csrfToken,
  callbackUrl,
  errorMessage,
  notice,
}: {
  csrfToken: string;
  callbackUrl: string;
  errorMessage: string | null;
  notice: string | null;
}) {
  const [pending, setPending] = useState(false);

  // Coming back with the browser's Back button restores the page as it was, pending included.
  useEffect(() => {
    const reset = (event: PageTransitionEvent) => {
      if (event.persisted) setPending(false);
    };
    window.addEventListener('pageshow', reset);
    return () => window.removeEventListener('pageshow', reset);
  }, []);

  const describedBy = errorMessage ? ERROR_ID : undefined;
  return (
    <form action="/api/auth/callback/credentials" method="post" className="space-y-5" onSubmit={() => setPending(true)}>
      <input type="hidden" name="csrfToken" value={csrfToken} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <div aria-live="polite" role="status">
        {errorMessage ? (
          <p id={ERROR_ID} className="border-l-4 border-mourning-dark bg-white p-3 font-sans text-mourning-dark">
            {errorMessage}
          </p>
        ) : notice ? (
          <p className="border-l-4 border-ink bg-white p-3 font-sans">{notice}</p>
        ) : null}
      </div>
      <div>
        <label htmlFor="login-email" className="block font-sans text-sm font-semibold">
          E-mail address
        </label>
        <input
          id="login-email"
          name="email"
          type="email"
          autoComplete="username"
          required
          autoFocus
          aria-invalid={errorMessage ? true : undefined}
          aria-describedby={describedBy}
          className={INPUT}
        />
      </div>
      <div>
        <label htmlFor="login-password" className="block font-sans text-sm font-semibold">
          Password
        </label>
        <input
          id="login-password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={errorMessage ? true : undefined}
          aria-describedby={describedBy}
          className={INPUT}
        />
      </div>
      <div>
        <label htmlFor="login-code" className="block font-sans text-sm font-semibold">
          Code from your authenticator app
        </label>
        <p id="login-code-hint" className="font-sans text-sm text-muted">
          Only if your account uses a second factor (every administrator&rsquo;s does): the six digits the app shows now, or one of your recovery codes.
        </p>
        <input
          id="login-code"
          name="code"
          type="text"
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={40}
          aria-describedby={describedBy ? `login-code-hint ${describedBy}` : 'login-code-hint'}
          className={INPUT}
        />
      </div>
      <button
        type="submit"
        disabled={pending}
        aria-disabled={pending}
        className="border border-ink bg-ink px-4 py-2 font-sans text-paper hover:bg-mourning-dark disabled:opacity-60"
      >
        {pending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
