import { db } from '@/lib/db';
import { pruneVisitorDays, takeDailyAllowance } from '@/lib/visitor-forms/daily-allowance';

/** How many carnations one address may lay in a day, over all records (there are about 150). */
export const CARNATIONS_PER_ADDRESS_PER_DAY = 200;

export type LayCarnationOutcome = { outcome: 'laid' | 'already' | 'limit'; count: number };

/**
 * Lays one carnation for a subject from an address, once per address, subject and Baku day; the
 * count is kept for good, the day's hashes only until the day is over (pruned here, on every lay, so
 * no scheduler is needed). One transaction: the count and the tallies move together or not at all.
 */
export async function layCarnation(request: { subject: string; address: string | null; now: Date }): Promise<LayCarnationOutcome> {
  return db.$transaction(async (tx) => {
    await pruneVisitorDays(tx, request.now);
    const first = await takeDailyAllowance(tx, { scope: `carnation:${request.subject}`, address: request.address, limit: 1, now: request.now });
    const within = first && (await takeDailyAllowance(tx, { scope: 'carnations', address: request.address, limit: CARNATIONS_PER_ADDRESS_PER_DAY, now: request.now }));
    if (!within) {
      // Nothing of this attempt may stay: the per-subject tally taken above is undone with the rest.
      const count = (await tx.carnationCount.findUnique({ where: { subject: request.subject }, select: { count: true } }))?.count ?? 0;
      if (first) throw new CarnationLimitReached(count);
      return { outcome: 'already' as const, count };
    }
    const row = await tx.carnationCount.upsert({
      where: { subject: request.subject },
      create: { subject: request.subject, count: 1 },
      update: { count: { increment: 1 } },
      select: { count: true },
    });
    return { outcome: 'laid' as const, count: row.count };
  }).catch((error: unknown) => {
    if (error instanceof CarnationLimitReached) return { outcome: 'limit' as const, count: error.count };
    throw error;
  });
}

/** Rolls the transaction back when the address's daily cap over all records is reached. */
class CarnationLimitReached extends Error {
  constructor(readonly count: number) {
    super('The daily cap of carnations for this address is reached.');
  }
}
