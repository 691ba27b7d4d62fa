import 'server-only';
import { adminPage, adminPageCount, adminStatusConditions, type AdminListFilter } from '@/lib/records/list';
import { citationSnapshotSelect, disputedValueSnapshotSelect } from '@/lib/citations/mutations';
import { db } from '@/lib/db';
import { toIsoDate } from '@/lib/dates';
import type { Prisma } from '@/lib/generated/prisma/client';

/**
 * Events for the curators' list: any status, deleted ones only when asked. Callers check the
 * session (requireCurator) before reading.
 */
export async function listEventsForAdmin(filter: AdminListFilter) {
  const and: Prisma.EventWhereInput[] = adminStatusConditions(filter.status, new Date());
  if (filter.q) {
    const contains = { contains: filter.q, mode: 'insensitive' as const };
    and.push({ OR: [{ title: contains }, { slug: contains }, { place: contains }, { description: contains }] });
  }
  const where = { AND: and };
  const [rows, total] = await Promise.all([
    db.event.findMany({
      where,
      orderBy: [{ date: 'asc' }, { time: 'asc' }, { id: 'asc' }],
      ...adminPage(filter.page),
      select: { id: true, title: true, date: true, datePrecision: true, endDate: true, status: true, publishAt: true, deletedAt: true, updatedAt: true },
    }),
    db.event.count({ where }),
  ]);
  return {
    rows: rows.map((row) => ({ ...row, dateIso: toIsoDate(row.date)!, endDateIso: toIsoDate(row.endDate) })),
    total,
    pageCount: adminPageCount(total),
  };
}

/** One event with everything the edit form shows, including deleted events (for restoring). */
export async function getEventForEdit(id: string) {
  const row = await db.event.findUnique({ where: { id }, include: { citations: citationSnapshotSelect, disputedValues: disputedValueSnapshotSelect } });
  if (!row) return null;
  return { ...row, dateIso: toIsoDate(row.date)!, endDateIso: toIsoDate(row.endDate) };
}

export type EventForEdit = NonNullable<Awaited<ReturnType<typeof getEventForEdit>>>;
