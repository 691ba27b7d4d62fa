import { db } from '@/lib/db';
import { authSecretProblem, env, type Env } from '@/lib/env';
import { DEMO_EMAILS } from '@/lib/users/demo-accounts';
import { totpKeyProblem } from '@/lib/users/totp';

// No `import 'server-only'` here: instrumentation.ts loads this outside the react-server bundle,
// where that package throws. Nothing in it is reachable from client code.

type AuthConfiguration = Pick<Env, 'NEXTAUTH_SECRET' | 'MEMORIAL_EMBEDDED_DATABASE' | 'MEMORIAL_ALLOW_DEMO_ACCOUNTS'> &
  Partial<Pick<Env, 'MEMORIAL_TOTP_KEY'>>;

/** The demo accounts may exist and sign in only on the embedded demo database, and in test runs. */
export function demoAccountsAllowed(config: AuthConfiguration = env): boolean {
  return config.MEMORIAL_EMBEDDED_DATABASE || config.MEMORIAL_ALLOW_DEMO_ACCOUNTS;
}

/** What keeps the server from starting, as far as configuration alone can tell (no database). */
export function authConfigurationProblems(config: AuthConfiguration): string[] {
  // On the embedded demo database scripts/with-database.ts supplies a random secret; any other
  // database may hold real curators, whose sessions a weak secret would let anyone forge.
  const totp = totpKeyProblem({ MEMORIAL_TOTP_KEY: config.MEMORIAL_TOTP_KEY, ...config });
  if (config.MEMORIAL_EMBEDDED_DATABASE) return totp ? [totp] : [];
  const problem = authSecretProblem(config.NEXTAUTH_SECRET);
  return [problem, totp].filter((item): item is string => item !== null);
}

/** The start-up notice about client addresses (README, "Deployment"), or null when proxies are trusted. */
export function clientAddressNotice(config: Pick<Env, 'TRUSTED_PROXY_HOPS'>): string | null {
  if (config.TRUSTED_PROXY_HOPS > 0) return null;
  return (
    '[memorial] TRUSTED_PROXY_HOPS is not set, so X-Forwarded-For is not trusted and sign-in attempts are not limited ' +
    'per client address (per-account delays and the global budget still apply). Behind the caching proxy, set TRUSTED_PROXY_HOPS=1.'
  );
}

/**
 * Refuses to start the server (instrumentation.ts calls this once, before the first request) when
 * NEXTAUTH_SECRET is missing or weak, or when a database other than the embedded demo one holds the
 * demo accounts, whose password is published in the README.
 */
export async function assertSafeToStart(): Promise<void> {
  const problems = authConfigurationProblems(env);
  if (problems.length > 0) {
    throw new Error(`Refusing to start the memorial's server:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  }
  const notice = clientAddressNotice(env);
  if (notice) console.warn(notice);
  if (env.MEMORIAL_ALLOW_DEMO_ACCOUNTS) {
    console.warn('[memorial] MEMORIAL_ALLOW_DEMO_ACCOUNTS is set: the demo accounts may sign in. This is for test runs only.');
  }
  if (demoAccountsAllowed(env)) return;

  let found: string[];
  try {
    const rows = await db.user.findMany({
      where: { OR: DEMO_EMAILS.map((email) => ({ email: { equals: email, mode: 'insensitive' as const } })) },
      select: { email: true },
    });
    found = rows.map((row) => row.email);
  } catch (error) {
    // Public pages are served from the cache while the database is away, so an unreachable database
    // must not keep the server down; sign-in refuses the demo accounts by itself (lib/auth.ts).
    console.error('[memorial] Could not check the database for the demo accounts at start-up:', error);
    return;
  }
  if (found.length > 0) {
    throw new Error(
      `Refusing to start the memorial's server: the database holds the demo account(s) ${found.join(', ')}, whose password ` +
        'is published in the README. They belong only to the embedded demo database. Delete them, e.g. ' +
        `DELETE FROM "User" WHERE lower(email) IN (${DEMO_EMAILS.map((email) => `'${email}'`).join(', ')}); ` +
        '(an account with history cannot be deleted, since history is append-only: change its e-mail address and deactivate it) ' +
        'then create real accounts with `npm run user:create`.',
    );
  }
}
