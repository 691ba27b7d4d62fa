import 'server-only';
import { randomBytes } from 'node:crypto';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getServerSession, type NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { cache } from 'react';
import { z } from 'zod';
import { rethrowIfUnreachable } from '@/lib/database-health';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { DEFAULT_CALLBACK_PATH, REQUEST_PATH_HEADER, safeCallbackUrl } from '@/lib/users/callback-url';
import { clientAddress } from '@/lib/users/client-address';
import { isDemoEmail } from '@/lib/users/demo-accounts';
import { cookieFromHeader, createDeviceCookie, DEVICE_COOKIE_MAX_AGE_SECONDS, deviceCookieName, deviceIdFromCookie } from '@/lib/users/device-cookie';
import { hashPassword, needsRehash, verifyPassword } from '@/lib/users/password';
import { beginLoginAttempt, markLoginAttemptSucceeded, normalizeLoginEmail, rateLimitErrorCode } from '@/lib/users/rate-limit';
import { SESSION_MAX_AGE_SECONDS, sessionRecordSelect, validateSession, type Role, type SessionUser } from '@/lib/users/session';
import { createSession, endSession, touchSession } from '@/lib/users/sessions';
import { demoAccountsAllowed } from '@/lib/users/startup-checks';
import { checkSecondFactor } from '@/lib/users/two-factor';
import { SECOND_FACTOR_INVALID, SECOND_FACTOR_REQUIRED } from '@/lib/users/login-errors';

export type { SessionUser } from '@/lib/users/session';

declare module 'next-auth' {
  interface User {
    role?: Role;
    sessionId?: string;
  }
  interface Session {
    userId?: string;
    role?: Role;
    /** When the curator signed in (ms since the epoch); compared with User.sessionsValidFrom. */
    issuedAt?: number;
    /** The server-side session record (lib/users/sessions.ts); signing out ends it. */
    sessionId?: string;
  }
}

const credentialsSchema = z.object({
  // Bounded, so that a huge body cannot make the server hash megabytes.
  email: z.string().max(320),
  password: z.string().min(1).max(1024),
  /** The authenticator's six digits or a recovery code; only accounts with a second factor need it. */
  code: z.string().max(40).optional(),
});

let dummyHash: Promise<string> | undefined;
/** A hash to check against when no user has the e-mail, so that the answer takes as long either way. */
function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
  return dummyHash;
}

/** A refusal whose code passes through authorize() untouched to the login page (rate limit, second factor). */
class SignInRefusedError extends Error {}

type RequestHeaders = Record<string, string | string[] | undefined>;

function headerValue(requestHeaders: RequestHeaders, name: string): string | null {
  const value = requestHeaders[name];
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

/** Gives this browser a device cookie for the account (OWASP device cookies; see lib/users/device-cookie.ts). */
async function setDeviceCookie(email: string): Promise<void> {
  if (!env.NEXTAUTH_SECRET) return;
  try {
    (await cookies()).set(deviceCookieName(env.NEXTAUTH_URL), createDeviceCookie(email, env.NEXTAUTH_SECRET), {
      httpOnly: true,
      sameSite: 'lax',
      secure: env.NEXTAUTH_URL.startsWith('https://'),
      path: '/',
      maxAge: DEVICE_COOKIE_MAX_AGE_SECONDS,
    });
  } catch (error) {
    // Signing in still works without it; the browser is then throttled like any other.
    console.error('[auth] could not set the device cookie', error);
  }
}

async function authorizeCredentials(credentials: unknown, requestHeaders: RequestHeaders) {
  const parsed = credentialsSchema.safeParse(credentials);
  if (!parsed.success) return null;
  const email = normalizeLoginEmail(parsed.data.email);
  const ip = clientAddress(requestHeaders, env.TRUSTED_PROXY_HOPS);
  const device = deviceIdFromCookie(
    cookieFromHeader(requestHeaders.cookie, deviceCookieName(env.NEXTAUTH_URL)),
    email,
    env.NEXTAUTH_SECRET,
  );
  const gate = await beginLoginAttempt({ email, ip, device });
  if (!gate.allowed) throw new SignInRefusedError(rateLimitErrorCode(gate.retryAt));

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, active: true, passwordHash: true, totpEnabledAt: true },
  });
  const passwordMatches = await verifyPassword(parsed.data.password, user?.passwordHash ?? (await dummyPasswordHash()));
  // A deactivated account and a demo account outside the demo database get the same answer as a
  // wrong password: nothing tells a guesser which e-mails exist.
  if (!user || !passwordMatches || !user.active) return null;
  if (isDemoEmail(user.email) && !demoAccountsAllowed()) return null;

  // Only once the password is right: a wrong or missing code counts as a failed attempt.
  if (user.totpEnabledAt) {
    const code = parsed.data.code?.trim();
    if (!code) throw new SignInRefusedError(SECOND_FACTOR_REQUIRED);
    if (!(await checkSecondFactor(user.id, code))) throw new SignInRefusedError(SECOND_FACTOR_INVALID);
  }

  await markLoginAttemptSucceeded(gate.attemptId);
  const now = new Date();
  // A hash made at an older (or test) cost is replaced now that the password is known, if unchanged meanwhile.
  const rehash = needsRehash(user.passwordHash) ? await hashPassword(parsed.data.password) : null;
  await db.user.updateMany({
    where: { id: user.id, passwordHash: user.passwordHash },
    data: { lastSignInAt: now, ...(rehash ? { passwordHash: rehash } : {}) },
  });
  const sessionId = await createSession(
    { userId: user.id, userAgent: headerValue(requestHeaders, 'user-agent'), ip, secondFactor: Boolean(user.totpEnabledAt) },
    now,
  );
  await setDeviceCookie(email);
  return { id: user.id, email: user.email, name: user.name, role: user.role, sessionId };
}

/**
 * next-auth v4: e-mail, password and (where the account has one) a second-factor code checked
 * against User; the cookie is an encrypted JWT naming a server-side Session row, for eight hours.
 * Whether the session still stands and the role are read from the database on every request
 * (getSessionUser), and signing out ends the row, so a copied cookie stops working.
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
        code: { label: 'Code', type: 'text' },
      },
      async authorize(credentials, request) {
        try {
          return await authorizeCredentials(credentials, request.headers ?? {});
        } catch (error) {
          // next-auth puts a thrown error's message into the address bar: only our own codes go there.
          if (error instanceof SignInRefusedError) throw error;
          console.error('[auth] sign-in failed on the server', error);
          throw new Error('ServerError');
        }
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) return { ...token, userId: user.id, role: user.role, issuedAt: Date.now(), sessionId: user.sessionId };
      return token;
    },
    session({ session, token }) {
      return {
        ...session,
        userId: typeof token.userId === 'string' ? token.userId : undefined,
        role: token.role === 'ADMIN' || token.role === 'CURATOR' ? token.role : undefined,
        issuedAt: typeof token.issuedAt === 'number' ? token.issuedAt : undefined,
        sessionId: typeof token.sessionId === 'string' ? token.sessionId : undefined,
      };
    },
    redirect({ url, baseUrl }) {
      const path = safeCallbackUrl(url, baseUrl) ?? safeCallbackUrl(url, env.SITE_URL);
      return `${baseUrl}${path ?? DEFAULT_CALLBACK_PATH}`;
    },
  },
  events: {
    // Signing out ends the session on the server: a copy of the cookie no longer opens anything.
    async signOut({ token }) {
      if (typeof token?.sessionId === 'string') await endSession(token.sessionId);
    },
  },
};

/**
 * The signed-in curator, or null. Reads the session cookie, then its session record and the user's
 * row: an ended or expired session, a deactivated user, a session from before a password change,
 * reset or deactivation, or one that skipped the account's second factor, is no longer signed in,
 * and the role is the database's. Only the admin area and the login page call this — public pages
 * never read the session, so they stay static and cached. Once per request (React's cache).
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions);
  if (!session || typeof session.userId !== 'string' || typeof session.sessionId !== 'string') return null;
  // Unreachable database: an error whose digest tells the curators' forms to keep what was typed.
  const record = await db.session.findUnique({ where: { id: session.sessionId }, select: sessionRecordSelect }).catch(rethrowIfUnreachable);
  const user = validateSession({ userId: session.userId, issuedAt: session.issuedAt, sessionId: session.sessionId }, record);
  // "Last used" is a convenience: failing to note it must not fail the page.
  if (user && record) await touchSession(session.sessionId, record.lastUsedAt).catch((error: unknown) => console.error('[auth] could not note the session’s last use', error));
  return user;
});

/** Where an administrator without a second factor is sent: setting one up comes before anything else. */
export const TWO_FACTOR_SETUP_PATH = '/login/two-factor';

/** The login page's address, coming back to the admin page asked for (proxy.ts passes its path on). */
async function loginRedirectPath(): Promise<string> {
  const requested = safeCallbackUrl((await headers()).get(REQUEST_PATH_HEADER), env.SITE_URL);
  const callback = requested && /^\/admin(\/|\?|#|$)/.test(requested) ? requested : DEFAULT_CALLBACK_PATH;
  return `/login?callbackUrl=${encodeURIComponent(callback)}`;
}

/**
 * The signed-in curator or administrator; anyone else is sent to the login page. An administrator
 * whose account has no second factor yet is sent to set one up, and can do nothing else until then.
 */
export async function requireCurator(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(await loginRedirectPath());
  if (user.role === 'ADMIN' && !user.twoFactorEnabled) redirect(TWO_FACTOR_SETUP_PATH);
  return user;
}

/** Signed in, whether or not the second factor an administrator needs is set up yet (its set-up page only). */
export async function requireSignedIn(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(TWO_FACTOR_SETUP_PATH)}`);
  return user;
}

/** The signed-in administrator; a curator is sent back to the admin home with a notice. */
export async function requireAdmin(): Promise<SessionUser> {
  const user = await requireCurator();
  if (user.role !== 'ADMIN') redirect('/admin?denied=1');
  return user;
}
