/**
 * The two local accounts the README gives for trying the curators' area. The seed creates them only
 * on the embedded demo database (and for test runs); the server refuses to start on any other
 * database that holds them, and refuses to sign them in there (lib/auth.ts, instrumentation.ts).
 */
export const DEMO_PASSWORD = 'memorial-demo';

export const DEMO_USERS = [
  { email: 'curator@example.org', name: 'Demo curator', role: 'CURATOR' },
  { email: 'admin@example.org', name: 'Demo admin', role: 'ADMIN' },
] as const;

export const DEMO_EMAILS: readonly string[] = DEMO_USERS.map((user) => user.email);

/** Whether an e-mail (as typed: any case, surrounding spaces) is one of the demo accounts'. */
export function isDemoEmail(email: string): boolean {
  return DEMO_EMAILS.includes(email.trim().toLowerCase());
}

/**
 * The demo administrator's authenticator secret (base32), printed in the README for local use:
 * administrators must use a second factor, the demo one too. Add it to an authenticator app, or
 * compute the code with `npx tsx scripts/demo-totp-code.ts`.
 */
export const DEMO_ADMIN_TOTP_SECRET = 'BLACKJANUARYMEMORIALDEMOADMINKEY';
