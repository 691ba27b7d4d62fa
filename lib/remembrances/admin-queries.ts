import 'server-only';
import { db } from '@/lib/db';

/**
 * The curators' queue: pending messages first, then published ones that visitors reported, oldest
 * first within each. Callers (app/admin/remembrances) call requireCurator() first.
 */
const queueSelect = {
  id: true,
  message: true,
  authorName: true,
  status: true,
  reportCount: true,
  version: true,
  createdAt: true,
  victim: { select: { slug: true, nameLatin: true, nameCyrillic: true, nameRussian: true, description: true } },
} as const;

export async function listRemembranceQueue(limit = 100) {
  const select = queueSelect;
  const [pending, reported] = await Promise.all([
    db.remembrance.findMany({ where: { status: 'PENDING' }, orderBy: { createdAt: 'asc' }, take: limit, select }),
    db.remembrance.findMany({ where: { status: 'APPROVED', reportCount: { gt: 0 } }, orderBy: { lastReportedAt: 'asc' }, take: limit, select }),
  ]);
  return [...pending, ...reported];
}

/** How many messages wait for a curator (pending, or published and reported). */
export async function countRemembrancesAwaitingModeration(): Promise<number> {
  return db.remembrance.count({ where: { OR: [{ status: 'PENDING' }, { status: 'APPROVED', reportCount: { gt: 0 } }] } });
}

/**
 * The published messages nobody has reported, newest first, so that a curator can hide one without
 * waiting for a report. Callers call requireCurator() first.
 */
export async function listPublishedRemembrances(limit = 50) {
  return db.remembrance.findMany({
    where: { status: 'APPROVED', reportCount: 0 },
    orderBy: [{ moderatedAt: 'desc' }, { id: 'desc' }],
    take: limit,
    select: queueSelect,
  });
}

export type RemembranceQueueItem = Awaited<ReturnType<typeof listRemembranceQueue>>[number];
