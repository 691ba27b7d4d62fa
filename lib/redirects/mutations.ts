import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';

/**
 * Keeps a record's old public address working after its slug changed from `oldSlug` to `newSlug`:
 * the old address is recorded as pointing at the record (so it follows every later rename too, and
 * a chain old → older never forms), and any redirect away from the new address — this record's own
 * earlier one, or another record's — is removed, because a live address always wins over a redirect.
 * Call it inside the transaction that changes the slug, so that a failed change records nothing.
 */
export async function recordSlugChange(
  tx: Prisma.TransactionClient,
  change: { entityType: string; entityId: string; oldSlug: string; newSlug: string },
): Promise<void> {
  const { entityType, entityId, oldSlug, newSlug } = change;
  if (oldSlug === newSlug) return;
  await releaseSlug(tx, entityType, newSlug);
  await tx.slugRedirect.upsert({
    where: { entityType_oldSlug: { entityType, oldSlug } },
    create: { entityType, oldSlug, entityId },
    update: { entityId, createdAt: new Date() },
  });
}

/** Removes any redirect away from `slug`, which a record of this kind now uses as its live address. */
export async function releaseSlug(tx: Prisma.TransactionClient, entityType: string, slug: string): Promise<void> {
  await tx.slugRedirect.deleteMany({ where: { entityType, oldSlug: slug } });
}
