import 'server-only';
import { adminPage, adminPageCount, adminStatusConditions, type AdminListFilter } from '@/lib/records/list';
import { db } from '@/lib/db';
import { toIsoDate } from '@/lib/dates';
import type { Prisma } from '@/lib/generated/prisma/client';

/**
 * Anniversary records for the curators' list, newest year first: any status, deleted ones only when
 * asked. A search of four digits also finds the year. Callers check the session (requireCurator) first.
 */
export async function listAnniversariesForAdmin(filter: AdminListFilter) {
  const and: Prisma.AnniversaryWhereInput[] = adminStatusConditions(filter.status, new Date());
  if (filter.q) {
    const contains = { contains: filter.q, mode: 'insensitive' as const };
    and.push({ OR: [{ title: contains }, { introduction: contains }, ...(/^\d{4}$/.test(filter.q) ? [{ year: Number(filter.q) }] : [])] });
  }
  const where = { AND: and };
  const [rows, total] = await Promise.all([
    db.anniversary.findMany({
      where,
      orderBy: [{ year: 'desc' }],
      ...adminPage(filter.page),
      select: { id: true, year: true, title: true, status: true, publishAt: true, deletedAt: true, updatedAt: true, _count: { select: { events: true } } },
    }),
    db.anniversary.count({ where }),
  ]);
  return {
    rows: rows.map(({ _count, ...row }) => ({ ...row, eventCount: _count.events })),
    total,
    pageCount: adminPageCount(total),
  };
}

/** One anniversary with everything the edit form shows, including deleted records (for restoring). */
export async function getAnniversaryForEdit(id: string) {
  return db.anniversary.findUnique({
    where: { id },
    select: {
      id: true,
      year: true,
      title: true,
      introduction: true,
      language: true,
      status: true,
      publishAt: true,
      version: true,
      deletedAt: true,
      updatedAt: true,
      events: { select: { id: true } },
    },
  });
}

export type AnniversaryForEdit = NonNullable<Awaited<ReturnType<typeof getAnniversaryForEdit>>>;

export type EventOption = { id: string; label: string };

/** Every event that is not deleted, in date order, for the anniversary form's list of events to link. */
export async function listEventOptions(): Promise<EventOption[]> {
  const rows = await db.event.findMany({
    where: { deletedAt: null },
    orderBy: [{ date: 'asc' }, { time: { sort: 'asc', nulls: 'first' } }, { slug: 'asc' }],
    select: { id: true, title: true, date: true, time: true, status: true },
  });
  return rows.map((row) => ({
    id: row.id,
    label: `${toIsoDate(row.date)}${row.time ? ` ${row.time}` : ''} — ${row.title}${row.status === 'DRAFT' ? ' [draft]' : ''}`,
  }));
}

/** The years that have a record (deleted ones included: the year is taken until it is restored). */
export async function listAnniversaryRecordYears(): Promise<number[]> {
  const rows = await db.anniversary.findMany({ select: { year: true }, orderBy: { year: 'asc' } });
  return rows.map((row) => row.year);
}
