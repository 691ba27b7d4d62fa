import 'server-only';
import { db } from '@/lib/db';
import { disputedValueSnapshotSelect } from '@/lib/citations/mutations';
import { toIsoDate } from '@/lib/dates';
import type { Prisma } from '@/lib/generated/prisma/client';
import { adminPage, adminPageCount, adminStatusConditions, type AdminListFilter } from '@/lib/records/list';
import { victimDisplayName } from '@/lib/victims/display';

/**
 * Victims for the curators' list: any status, deleted ones only when asked. Callers check the
 * session (requireCurator) before reading.
 */
export async function listVictimsForAdmin(filter: AdminListFilter) {
  const and: Prisma.VictimWhereInput[] = adminStatusConditions(filter.status, new Date());
  if (filter.q) {
    const contains = { contains: filter.q, mode: 'insensitive' as const };
    and.push({ OR: [{ nameLatin: contains }, { nameCyrillic: contains }, { nameRussian: contains }, { description: contains }, { slug: contains }] });
  }
  const where = { AND: and };
  const [rows, total] = await Promise.all([
    db.victim.findMany({
      where,
      orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }],
      ...adminPage(filter.page),
      select: {
        id: true,
        slug: true,
        nameLatin: true,
        nameCyrillic: true,
        nameRussian: true,
        description: true,
        status: true,
        publishAt: true,
        deletedAt: true,
        updatedAt: true,
      },
    }),
    db.victim.count({ where }),
  ]);
  return {
    rows: rows.map((row) => ({ ...row, name: victimDisplayName(row).name })),
    total,
    pageCount: adminPageCount(total),
  };
}

/** One victim with everything the edit form shows, including deleted records (for restoring). */
export async function getVictimForEdit(id: string) {
  const row = await db.victim.findUnique({
    where: { id },
    include: {
      citations: { orderBy: { position: 'asc' }, select: { sourceId: true, quote: true, quoteIsVerbatim: true, page: true, supports: true } },
      disputedValues: disputedValueSnapshotSelect,
      photo: { select: { contentType: true, byteSize: true, altText: true, credit: true, contentWarning: true, updatedAt: true } },
    },
  });
  if (!row) return null;
  return { ...row, birthDateIso: toIsoDate(row.birthDate), deathDateIso: toIsoDate(row.deathDate) };
}

export type VictimForEdit = NonNullable<Awaited<ReturnType<typeof getVictimForEdit>>>;
