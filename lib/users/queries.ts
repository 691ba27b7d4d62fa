import 'server-only';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';

const userListSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  active: true,
  createdAt: true,
} satisfies Prisma.UserSelect;

export type UserListRow = Prisma.UserGetPayload<{ select: typeof userListSelect }> & {
  /** The last successful sign-in, from the sign-in attempts kept for the rate limit. */
  lastSignInAt: Date | null;
};

/**
 * Every account for the administrators' list, active ones first, then by e-mail; never a password
 * hash. Callers check the session (requireAdmin) before reading. Two queries whatever the count.
 */
export async function listUsers(): Promise<UserListRow[]> {
  const users = await db.user.findMany({ select: userListSelect, orderBy: [{ active: 'desc' }, { email: 'asc' }] });
  if (users.length === 0) return [];
  const signIns = await db.loginAttempt.groupBy({
    by: ['email'],
    where: { succeeded: true, email: { in: users.map((user) => user.email.toLowerCase()) } },
    _max: { createdAt: true },
  });
  const lastSignIn = new Map(signIns.map((row) => [row.email, row._max.createdAt]));
  return users.map((user) => ({ ...user, lastSignInAt: lastSignIn.get(user.email.toLowerCase()) ?? null }));
}

