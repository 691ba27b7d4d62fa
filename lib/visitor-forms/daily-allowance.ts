import { createHmac, randomBytes } from 'node:crypto';
import { bakuDay } from '@/lib/baku-time';
import type { Prisma } from '@/lib/generated/prisma/client';

/**
 * Per-address daily caps for visitors' forms, without keeping any address.
 *
 * Each Baku day has its own random salt (VisitorDaySalt). An address is kept only as
 * HMAC-SHA256(salt, scope + address): a different hash in every scope, so one visitor's carnations for
 * two records cannot be matched with each other. Once the day is over its salt is deleted, and the
 * day's tallies with it (ON DELETE CASCADE): yesterday's hashes are gone, and had a copy of them
 * survived (a backup), nothing could link them to an address, because the key is gone too.
 *
 * A deployment that does not trust X-Forwarded-For (TRUSTED_PROXY_HOPS unset) cannot tell visitors
 * apart: they all count as one address, so the caps hold for all of them together, never for none.
 */

/** The "address" of every visitor when the client address cannot be trusted. */
export const UNKNOWN_ADDRESS = 'unknown';


/** The keyed hash of an address in one scope. */
export function addressHash(salt: Uint8Array, scope: string, address: string | null): Buffer {
  return createHmac('sha256', salt)
    .update(`${scope}\n${address ?? UNKNOWN_ADDRESS}`)
    .digest();
}

/** The day's salt, made on first use (two instances making it at once agree on the first one written). */
export async function daySalt(tx: Prisma.TransactionClient, day: Date): Promise<Uint8Array> {
  await tx.$executeRaw`INSERT INTO "VisitorDaySalt" ("day", "salt") VALUES (${day}, ${randomBytes(32)}) ON CONFLICT ("day") DO NOTHING`;
  const row = await tx.visitorDaySalt.findUniqueOrThrow({ where: { day }, select: { salt: true } });
  return row.salt;
}

/** Deletes the salts of the days before `now`'s Baku day, and with them (cascade) every tally made with them. */
export async function pruneVisitorDays(tx: Prisma.TransactionClient, now: Date): Promise<number> {
  return tx.$executeRaw`DELETE FROM "VisitorDaySalt" WHERE "day" < ${bakuDay(now)}`;
}

/**
 * Takes one from the address's allowance in a scope for the day: true when it was still under `limit`
 * (and counts it), false when the cap is reached (nothing changes). Atomic: two requests at once
 * cannot both take the last one.
 */
export async function takeDailyAllowance(
  tx: Prisma.TransactionClient,
  request: { scope: string; address: string | null; limit: number; now: Date },
): Promise<boolean> {
  const day = bakuDay(request.now);
  const salt = await daySalt(tx, day);
  const hash = addressHash(salt, request.scope, request.address);
  const rows = await tx.$queryRaw<{ count: number }[]>`
    INSERT INTO "VisitorDailyTally" ("day", "scope", "addressHash", "count") VALUES (${day}, ${request.scope}, ${hash}, 1)
    ON CONFLICT ("day", "scope", "addressHash") DO UPDATE SET "count" = "VisitorDailyTally"."count" + 1
    WHERE "VisitorDailyTally"."count" < ${request.limit}
    RETURNING "count"`;
  return rows.length > 0;
}
