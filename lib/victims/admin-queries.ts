import 'server-only';
import { db } from '@/lib/db';
import { disputedValueSnapshotSelect } from '@/lib/citations/mutations';
import { toIsoDate } from '@/lib/dates';
import type { Prisma } from '@/lib/generated/prisma/client';
import { victimDisplayName } from '@/lib/victims/display';

export const ADMIN_PAGE_SIZE = 25;

export type AdminListFilter = { q?: string; status?: 'draft' | 'published' | 'scheduled' | 'deleted'; page: number };

/**
 * Victims for the curators' list: any status, deleted ones only when asked. Callers check the
 * session (requireCurator) before reading.
 */
export async function listVictimsForAdmin(filter: AdminListFilter) {
  const now = new Date();
  const and: Prisma.VictimWhereInput[] = [filter.status === 'deleted' ? { deletedAt: { not: null } } : { deletedAt: null }];
  if (filter.status === 'draft') and.push({ status: 'DRAFT' });
  if (filter.status === 'published') and.push({ status: 'PUBLISHED', OR: [{ publishAt: null }, { publishAt: { lte: now } }] });
  if (filter.status === 'scheduled') and.push({ status: 'PUBLISHED', publishAt: { gt: now } });
  if (filter.q) {
    const contains = { contains: filter.q, mode: 'insensitive' as const };
    and.push({ OR: [{ nameLatin: contains }, { nameCyrillic: contains }, { nameRussian: contains }, { description: contains }, { slug: contains }] });
  }
  const where = { AND: and };
  const [rows, total] = await Promise.all([
    db.victim.findMany({
      where,
      orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }],
      skip: (filter.page - 1) * ADMIN_PAGE_SIZE,
      take: ADMIN_PAGE_SIZE,
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
    pageCount: Math.max(1, Math.ceil(total / ADMIN_PAGE_SIZE)),
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
