import { db } from '@/lib/db';
import { authSecretProblem, env, type Env } from '@/lib/env';
import { DEMO_EMAILS } from '@/lib/users/demo-accounts';

// No `import 'server-only'` here: instrumentation.ts loads this outside the react-server bundle,
// where that package throws. Nothing in it is reachable from client code.

type AuthConfiguration = Pick<Env, 'NEXTAUTH_SECRET' | 'MEMORIAL_EMBEDDED_DATABASE' | 'MEMORIAL_ALLOW_DEMO_ACCOUNTS'>;

/** The demo accounts may exist and sign in only on the embedded demo database, and in test runs. */
export function demoAccountsAllowed(config: AuthConfiguration = env): boolean {
  return config.MEMORIAL_EMBEDDED_DATABASE || config.MEMORIAL_ALLOW_DEMO_ACCOUNTS;
}

/** What keeps the server from starting, as far as configuration alone can tell (no database). */
export function authConfigurationProblems(config: AuthConfiguration): string[] {
  // On the embedded demo database scripts/with-database.ts supplies a random secret; any other
  // database may hold real curators, whose sessions a weak secret would let anyone forge.
  if (config.MEMORIAL_EMBEDDED_DATABASE) return [];
  const problem = authSecretProblem(config.NEXTAUTH_SECRET);
  return problem ? [problem] : [];
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
        'then create real accounts with `npm run user:create`.',
    );
  }
}
