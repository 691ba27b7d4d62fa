import 'server-only';
import { randomBytes } from 'node:crypto';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { pruneVisitorDays, takeDailyAllowance } from '@/lib/visitor-forms/daily-allowance';
import { isTestimonyProblem, type TestimonyFormValues, type TestimonyProblems } from '@/lib/testimonies/submission';

/**
 * A refused testimony form, kept so that it comes back filled in without JavaScript: the form posts,
 * the server finds problems, keeps the text fields (never the files, which a browser cannot be given
 * back) for at most an hour under a random id, and answers 303 to /[locale]/testimony?retry=<id>,
 * which renders the form with what was typed and every problem. The id is the only key: 256 random
 * bits, carried only by that redirect, so nobody else can read what a visitor typed.
 */

const RETRY_ID = /^[A-Za-z0-9_-]{43}$/;

/** How long a refused form's text is kept for the visitor to correct it. */
export const RETRY_LIFETIME_MS = 60 * 60 * 1000;

/**
 * How many refused forms one address may have kept in a Baku day: far more than a family correcting
 * its form needs, few enough that a script posting refused forms cannot fill the table. Past it the
 * form comes back empty (nothing is stored).
 */
export const RETRIES_PER_ADDRESS_PER_DAY = 200;

/**
 * Keeps a refused form's text fields (never its files) for an hour under a random id that only the
 * visitor's redirect carries, within the address's daily allowance; expired ones are deleted on the
 * way. Returns the id, or null over the allowance.
 */
export async function saveTestimonyRetry(request: {
  locale: string;
  values: TestimonyFormValues;
  problems: TestimonyProblems;
  fileNames: string[];
  address: string | null;
  now: Date;
}): Promise<string | null> {
  const id = randomBytes(32).toString('base64url');
  return db.$transaction(async (tx) => {
    await tx.testimonyRetry.deleteMany({ where: { expiresAt: { lte: request.now } } });
    await pruneVisitorDays(tx, request.now);
    if (!(await takeDailyAllowance(tx, { scope: 'testimony-retries', address: request.address, limit: RETRIES_PER_ADDRESS_PER_DAY, now: request.now }))) return null;
    await tx.testimonyRetry.create({
      data: {
        id,
        locale: request.locale,
        values: request.values as Prisma.InputJsonValue,
        problems: request.problems as Prisma.InputJsonValue,
        fileNames: request.fileNames.map((name) => name.slice(0, 200)),
        expiresAt: new Date(request.now.getTime() + RETRY_LIFETIME_MS),
        createdAt: request.now,
      },
    });
    return id;
  });
}

/** Deletes a kept form once it is sent again (whatever the outcome; a new refusal keeps a new one). */
export async function deleteTestimonyRetry(id: string): Promise<void> {
  if (RETRY_ID.test(id)) await db.testimonyRetry.deleteMany({ where: { id } });
}

export type TestimonyRetry = { locale: string; values: TestimonyFormValues; problems: TestimonyProblems; fileNames: string[] };

/** A kept form that has not expired, or null (unknown, expired or malformed id). */
export async function readTestimonyRetry(id: string, now: Date): Promise<TestimonyRetry | null> {
  if (!RETRY_ID.test(id)) return null;
  const row = await db.testimonyRetry.findFirst({ where: { id, expiresAt: { gt: now } }, select: { locale: true, values: true, problems: true, fileNames: true } });
  if (!row) return null;
  const values: TestimonyFormValues = {};
  for (const [name, value] of Object.entries((row.values ?? {}) as Record<string, unknown>)) if (typeof value === 'string') values[name] = value;
  const problems: TestimonyProblems = {};
  for (const [field, list] of Object.entries((row.problems ?? {}) as Record<string, unknown>)) {
    if (Array.isArray(list)) problems[field] = list.filter(isTestimonyProblem);
  }
  return { locale: row.locale, values, problems, fileNames: row.fileNames };
}
