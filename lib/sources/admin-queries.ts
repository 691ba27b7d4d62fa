import 'server-only';
import { adminPage, adminPageCount, adminStatusConditions, type AdminListFilter } from '@/lib/records/list';
import { db } from '@/lib/db';
import { toIsoDate } from '@/lib/dates';
import type { Prisma } from '@/lib/generated/prisma/client';

/**
 * External sources for the curators' list: any status, deleted ones only when asked. Release
 * sources are managed with their release and are not listed. Callers check the session first.
 */
export async function listSourcesForAdmin(filter: AdminListFilter) {
  const and: Prisma.SourceWhereInput[] = [{ kind: 'EXTERNAL' }, ...adminStatusConditions(filter.status, new Date())];
  if (filter.q) {
    const contains = { contains: filter.q, mode: 'insensitive' as const };
    and.push({ OR: [{ title: contains }, { key: contains }, { author: contains }, { publisher: contains }] });
  }
  const where = { AND: and };
  const [rows, total] = await Promise.all([
    db.source.findMany({
      where,
      orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }],
      ...adminPage(filter.page),
      select: {
        id: true,
        key: true,
        title: true,
        publisher: true,
        date: true,
        datePrecision: true,
        dateSeason: true,
        status: true,
        publishAt: true,
        deletedAt: true,
        updatedAt: true,
        _count: { select: { citations: true, figures: true } },
      },
    }),
    db.source.count({ where }),
  ]);
  return { rows: rows.map((row) => ({ ...row, dateIso: toIsoDate(row.date) })), total, pageCount: adminPageCount(total) };
}

/** One external source with everything the edit form shows, including deleted ones (for restoring). */
export async function getSourceForEdit(id: string) {
  const row = await db.source.findFirst({
    where: { id, kind: 'EXTERNAL' },
    include: { _count: { select: { citations: true, figures: true } } },
  });
  if (!row) return null;
  return { ...row, dateIso: toIsoDate(row.date) };
}

export type SourceForEdit = NonNullable<Awaited<ReturnType<typeof getSourceForEdit>>>;
