import 'server-only';
import { randomBytes } from 'node:crypto';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getServerSession, type NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { cache } from 'react';
import { z } from 'zod';
import { rethrowIfUnreachable } from '@/lib/database-health';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { DEFAULT_CALLBACK_PATH, REQUEST_PATH_HEADER, safeCallbackUrl } from '@/lib/users/callback-url';
import { isDemoEmail } from '@/lib/users/demo-accounts';
import { hashPassword, verifyPassword } from '@/lib/users/password';
import { beginLoginAttempt, clientIp, markLoginAttemptSucceeded, normalizeLoginEmail, rateLimitErrorCode } from '@/lib/users/rate-limit';
import { SESSION_MAX_AGE_SECONDS, sessionUserSelect, validateSessionToken, type Role, type SessionUser } from '@/lib/users/session';
import { demoAccountsAllowed } from '@/lib/users/startup-checks';

export type { SessionUser } from '@/lib/users/session';

declare module 'next-auth' {
  interface User {
    role?: Role;
  }
  interface Session {
    userId?: string;
    role?: Role;
    /** When the curator signed in (ms since the epoch); compared with User.sessionsValidFrom. */
    issuedAt?: number;
  }
}

const credentialsSchema = z.object({
  // Bounded, so that a huge body cannot make the server hash megabytes.
  email: z.string().max(320),
  password: z.string().min(1).max(1024),
});

let dummyHash: Promise<string> | undefined;
/** A hash to check against when no user has the e-mail, so that the answer takes as long either way. */
function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
  return dummyHash;
}

/** A rate-limit refusal passes through authorize() untouched; see rateLimitErrorCode. */
class RateLimitedError extends Error {}

async function authorizeCredentials(credentials: unknown, requestHeaders: Record<string, string | string[] | undefined>) {
  const parsed = credentialsSchema.safeParse(credentials);
  if (!parsed.success) return null;
  const email = normalizeLoginEmail(parsed.data.email);
  const gate = await beginLoginAttempt({ email, ip: clientIp(requestHeaders) });
  if (!gate.allowed) throw new RateLimitedError(rateLimitErrorCode(gate.retryAt));

  const user = await db.user.findUnique({ where: { email }, select: { id: true, email: true, name: true, role: true, active: true, passwordHash: true } });
  const passwordMatches = await verifyPassword(parsed.data.password, user?.passwordHash ?? (await dummyPasswordHash()));
  // A deactivated account and a demo account outside the demo database get the same answer as a
  // wrong password: nothing tells a guesser which e-mails exist.
  if (!user || !passwordMatches || !user.active) return null;
  if (isDemoEmail(user.email) && !demoAccountsAllowed()) return null;

  await markLoginAttemptSucceeded(gate.attemptId);
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

/**
 * next-auth v4: e-mail and password checked against User, sessions in an encrypted JWT cookie for
 * eight hours. The token carries who signed in and when; the role and whether the session still
 * stands are read from the database on every request (getSessionUser).
 */
export const authOptions: NextAuthOptions = {
  secret: env.NEXTAUTH_SECRET,
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
  jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
  // next-auth sends every sign-in error to its error route; both land on our own page, which says in
  // plain words what went wrong (a custom code such as the rate limit's would otherwise show
  // next-auth's generic error page).
  pages: { signIn: '/login', error: '/login' },
  providers: [
    CredentialsProvider({
      name: 'E-mail and password',
      credentials: {
        email: { label: 'E-mail address', type: 'email' },
        password: { label: 'Password', type: 'password' },
      },
      async authorize(credentials, request) {
        try {
          return await authorizeCredentials(credentials, request.headers ?? {});
        } catch (error) {
          // next-auth puts a thrown error's message into the address bar: only our own codes go there.
          if (error instanceof RateLimitedError) throw error;
          console.error('[auth] sign-in failed on the server', error);
          throw new Error('ServerError');
        }
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) return { ...token, userId: user.id, role: user.role, issuedAt: Date.now() };
      return token;
    },
    session({ session, token }) {
      return {
        ...session,
        userId: typeof token.userId === 'string' ? token.userId : undefined,
        role: token.role === 'ADMIN' || token.role === 'CURATOR' ? token.role : undefined,
        issuedAt: typeof token.issuedAt === 'number' ? token.issuedAt : undefined,
      };
    },
    redirect({ url, baseUrl }) {
      const path = safeCallbackUrl(url, baseUrl) ?? safeCallbackUrl(url, env.SITE_URL);
      return `${baseUrl}${path ?? DEFAULT_CALLBACK_PATH}`;
    },
  },
};

/**
 * The signed-in curator, or null. Reads the session cookie, then the user's row: a deactivated user,
 * or a session from before a password change, reset or deactivation, is no longer signed in, and
 * the role is the database's. Only the admin area and the login page call this — public pages never
 * read the session, so they stay static and cached. Once per request (React's cache).
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions);
  if (!session || typeof session.userId !== 'string') return null;
  // Unreachable database: an error whose digest tells the curators' forms to keep what was typed.
  const user = await db.user.findUnique({ where: { id: session.userId }, select: sessionUserSelect }).catch(rethrowIfUnreachable);
  return validateSessionToken({ userId: session.userId, issuedAt: session.issuedAt }, user);
});

/** The login page's address, coming back to the admin page asked for (proxy.ts passes its path on). */
async function loginRedirectPath(): Promise<string> {
  const requested = safeCallbackUrl((await headers()).get(REQUEST_PATH_HEADER), env.SITE_URL);
  const callback = requested && /^\/admin(\/|\?|#|$)/.test(requested) ? requested : DEFAULT_CALLBACK_PATH;
  return `/login?callbackUrl=${encodeURIComponent(callback)}`;
}

/** The signed-in curator or administrator; anyone else is sent to the login page. */
export async function requireCurator(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(await loginRedirectPath());
  return user;
}

/** The signed-in administrator; a curator is sent back to the admin home with a notice. */
export async function requireAdmin(): Promise<SessionUser> {
  const user = await requireCurator();
  if (user.role !== 'ADMIN') redirect('/admin?denied=1');
  return user;
}
