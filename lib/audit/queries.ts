import 'server-only';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';

export const HISTORY_PAGE_SIZE = 30;

/** Who reads the history: entries about accounts (e-mail, role, active flag) are for administrators only. */
export type HistoryViewer = { role: 'ADMIN' | 'CURATOR' };

/** Kinds of entry only administrators may read, since managing accounts needs an administrator. */
export const ACCOUNT_ENTITY_TYPES = ['User'];

function visibleTo(viewer: HistoryViewer): Prisma.AuditEntryWhereInput {
  return viewer.role === 'ADMIN' ? {} : { entityType: { notIn: ACCOUNT_ENTITY_TYPES } };
}

/** Audit entries the viewer may read, newest first, optionally for one record. Callers check the session first. */
export async function listAuditEntries(filter: { entityType?: string; entityId?: string; page: number }, viewer: HistoryViewer) {
  const where: Prisma.AuditEntryWhereInput = {
    AND: [
      visibleTo(viewer),
      {
        ...(filter.entityType ? { entityType: filter.entityType } : {}),
        ...(filter.entityId ? { entityId: filter.entityId } : {}),
      },
    ],
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

/** One audit entry the viewer may read, for restoring the version it recorded. */
export async function getAuditEntry(id: string, viewer: HistoryViewer) {
  return db.auditEntry.findFirst({ where: { AND: [{ id }, visibleTo(viewer)] }, select: { id: true, entityType: true, entityId: true, action: true, before: true, after: true } });
}

/** The most recent changes the viewer may read, for the dashboard. */
export async function listRecentChanges(limit: number, viewer: HistoryViewer) {
  return db.auditEntry.findMany({
    where: visibleTo(viewer),
    orderBy: { createdAt: 'desc' },
    take: limit,
    select: { id: true, action: true, entityType: true, entityId: true, createdAt: true, after: true, before: true, user: { select: { name: true, email: true } } },
  });
}
