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
  /** The last successful sign-in. */
  lastSignInAt: true,
  totpEnabledAt: true,
} satisfies Prisma.UserSelect;

export type UserListRow = Prisma.UserGetPayload<{ select: typeof userListSelect }>;

/**
 * Every account for the administrators' list, active ones first, then by e-mail; never a password
 * hash or a second-factor secret. Callers check the session (requireAdmin) before reading.
 */
export async function listUsers(): Promise<UserListRow[]> {
  return db.user.findMany({ select: userListSelect, orderBy: [{ active: 'desc' }, { email: 'asc' }] });
}
