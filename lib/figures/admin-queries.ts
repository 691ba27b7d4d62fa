import 'server-only';
import { adminPage, adminPageCount, adminStatusConditions, type AdminListFilter } from '@/lib/records/list';
import { db } from '@/lib/db';
import { toIsoDate } from '@/lib/dates';
import type { Prisma } from '@/lib/generated/prisma/client';

/**
 * Figures for the curators' list, grouped by kind as the figures page shows them: any status,
 * deleted ones only when asked. Callers check the session (requireCurator) before reading.
 */
export async function listFiguresForAdmin(filter: AdminListFilter) {
  const and: Prisma.FigureWhereInput[] = adminStatusConditions(filter.status, new Date());
  if (filter.q) {
    const contains = { contains: filter.q, mode: 'insensitive' as const };
    and.push({ OR: [{ key: contains }, { quote: contains }, { note: contains }, { source: { title: contains } }] });
  }
  const where = { AND: and };
  const [rows, total] = await Promise.all([
    db.figure.findMany({
      where,
      orderBy: [{ kind: 'asc' }, { position: 'asc' }, { key: 'asc' }],
      ...adminPage(filter.page),
      select: {
        id: true,
        key: true,
        kind: true,
        value: true,
        qualifier: true,
        status: true,
        publishAt: true,
        deletedAt: true,
        updatedAt: true,
        source: { select: { key: true, title: true, release: { select: { title: true } } } },
      },
    }),
    db.figure.count({ where }),
  ]);
  return {
    rows: rows.map(({ source, ...row }) => ({ ...row, sourceTitle: source.release?.title ?? source.title ?? source.key })),
    total,
    pageCount: adminPageCount(total),
  };
}

/** One figure with everything the edit form shows, including deleted figures (for restoring). */
export async function getFigureForEdit(id: string) {
  const row = await db.figure.findUnique({ where: { id }, include: { source: { select: { status: true, publishAt: true } } } });
  if (!row) return null;
  const { source, ...figure } = row;
  const now = new Date();
  // The figures page shows a figure only while its source is public too.
  const sourceIsPublic = source.status === 'PUBLISHED' && (source.publishAt === null || source.publishAt <= now);
  return { ...figure, asOfIso: toIsoDate(figure.asOf), sourceIsPublic };
}

export type FigureForEdit = NonNullable<Awaited<ReturnType<typeof getFigureForEdit>>>;
