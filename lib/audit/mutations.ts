import { Prisma } from '@/lib/generated/prisma/client';

export type AuditAction = 'create' | 'update' | 'publish' | 'unpublish' | 'delete' | 'restore' | 'import' | (string & {});

/**
 * Writes who changed what, with the record before and after, inside the caller's transaction:
 * the audit entry and the change commit or roll back together.
 */
export async function recordAudit(
  tx: Prisma.TransactionClient,
  entry: { userId: string | null; action: AuditAction; entityType: string; entityId: string; before: unknown; after: unknown },
): Promise<void> {
  await tx.auditEntry.create({
    data: {
      userId: entry.userId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: toAuditJson(entry.before),
      after: toAuditJson(entry.after),
    },
  });
}

/** A record as JSON for the audit log: dates become ISO strings, binary data is left out. */
export function toAuditJson(value: unknown): Prisma.InputJsonValue | typeof Prisma.JsonNull {
  if (value === null || value === undefined) return Prisma.JsonNull;
  const json = JSON.stringify(value, (_key, item: unknown) => (item instanceof Uint8Array ? '[binary]' : item));
  return JSON.parse(json) as Prisma.InputJsonValue;
}
