import 'server-only';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';

export const HISTORY_PAGE_SIZE = 30;

/** Audit entries, newest first, optionally for one record. Callers check the session first. */
export async function listAuditEntries(filter: { entityType?: string; entityId?: string; page: number }) {
  const where: Prisma.AuditEntryWhereInput = {
    ...(filter.entityType ? { entityType: filter.entityType } : {}),
    ...(filter.entityId ? { entityId: filter.entityId } : {}),
  };
  const [entries, total] = await Promise.all([
    db.auditEntry.findMany({
      where,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      skip: (filter.page - 1) * HISTORY_PAGE_SIZE,
      take: HISTORY_PAGE_SIZE,
      select: {
        id: true,
        action: true,
        entityType: true,
        entityId: true,
        before: true,
        after: true,
        createdAt: true,
        user: { select: { name: true, email: true } },
      },
    }),
    db.auditEntry.count({ where }),
  ]);
  return { entries, total, pageCount: Math.max(1, Math.ceil(total / HISTORY_PAGE_SIZE)) };
}

/** One audit entry, for restoring the version it recorded. */
export async function getAuditEntry(id: string) {
  return db.auditEntry.findUnique({ where: { id }, select: { id: true, entityType: true, entityId: true, action: true, before: true, after: true } });
}

/** The most recent changes, for the dashboard. */
export async function listRecentChanges(limit = 10) {
  return db.auditEntry.findMany({
    orderBy: { createdAt: 'desc' },
    take: limit,
    select: { id: true, action: true, entityType: true, entityId: true, createdAt: true, after: true, before: true, user: { select: { name: true, email: true } } },
  });
}
