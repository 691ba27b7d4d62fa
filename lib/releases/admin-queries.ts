import 'server-only';
import { db } from '@/lib/db';
import { toIsoDate } from '@/lib/dates';
import type { Prisma } from '@/lib/generated/prisma/client';
import { adminPage, adminPageCount, adminStatusConditions, type AdminListFilter } from '@/lib/records/list';

/**
 * Releases for the curators' list: any status, deleted ones only when asked, searched by title,
 * address, reference number, place or issuer. Callers check the session (requireCurator) first.
 */
export async function listReleasesForAdmin(filter: AdminListFilter) {
  const and: Prisma.ReleaseWhereInput[] = adminStatusConditions(filter.status, new Date());
  if (filter.q) {
    const contains = { contains: filter.q, mode: 'insensitive' as const };
    and.push({
      OR: [{ title: contains }, { slug: contains }, { referenceNumber: contains }, { place: contains }, { organization: { name: contains } }],
    });
  }
  const where = { AND: and };
  const [rows, total] = await Promise.all([
    db.release.findMany({
      where,
      orderBy: [{ issuedOn: 'desc' }, { updatedAt: 'desc' }, { id: 'asc' }],
      ...adminPage(filter.page),
      select: {
        id: true,
        title: true,
        issuedOn: true,
        status: true,
        publishAt: true,
        deletedAt: true,
        updatedAt: true,
        organization: { select: { name: true } },
      },
    }),
    db.release.count({ where }),
  ]);
  return {
    rows: rows.map((row) => ({ ...row, issuedOnIso: toIsoDate(row.issuedOn)!, issuer: row.organization?.name ?? null })),
    total,
    pageCount: adminPageCount(total),
  };
}

/** One release with everything its edit form shows, its Source and how often it is cited. */
export async function getReleaseForEdit(id: string) {
  const row = await db.release.findUnique({
    where: { id },
    include: {
      organization: { select: { name: true } },
      source: { select: { id: true, key: true, _count: { select: { citations: true, figures: true } } } },
    },
  });
  if (!row) return null;
  return { ...row, issuedOnIso: toIsoDate(row.issuedOn)! };
}

export type ReleaseForEdit = NonNullable<Awaited<ReturnType<typeof getReleaseForEdit>>>;

/**
 * The releases a release can be linked to as their translation: originals (not translations
 * themselves), not deleted, other than the release itself. Callers check the session first.
 */
export async function listReleaseTranslationOptions(exceptId?: string): Promise<{ id: string; label: string }[]> {
  const rows = await db.release.findMany({
    where: { deletedAt: null, translationOfId: null, ...(exceptId ? { id: { not: exceptId } } : {}) },
    orderBy: [{ issuedOn: 'desc' }, { title: 'asc' }, { id: 'asc' }],
    select: { id: true, title: true, issuedOn: true, language: true, status: true },
  });
  return rows.map((row) => ({
    id: row.id,
    label: `${row.title} (${toIsoDate(row.issuedOn)}, ${row.language})${row.status === 'DRAFT' ? ' [draft]' : ''}`,
  }));
}
