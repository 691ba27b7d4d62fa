import 'server-only';
import { adminPage, adminPageCount, adminStatusConditions, type AdminListFilter } from '@/lib/records/list';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';

/**
 * Issuers for the curators' list: any status, deleted ones only when asked, searched by name,
 * address, country or city. Callers check the session (requireCurator) before reading.
 */
export async function listOrganizationsForAdmin(filter: AdminListFilter) {
  const and: Prisma.OrganizationWhereInput[] = adminStatusConditions(filter.status, new Date());
  if (filter.q) {
    const contains = { contains: filter.q, mode: 'insensitive' as const };
    and.push({ OR: [{ name: contains }, { slug: contains }, { country: contains }, { city: contains }] });
  }
  const where = { AND: and };
  const [rows, total] = await Promise.all([
    db.organization.findMany({
      where,
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
      ...adminPage(filter.page),
      select: {
        id: true,
        name: true,
        kind: true,
        country: true,
        city: true,
        status: true,
        publishAt: true,
        deletedAt: true,
        updatedAt: true,
        _count: { select: { releases: { where: { deletedAt: null } } } },
      },
    }),
    db.organization.count({ where }),
  ]);
  return {
    rows: rows.map(({ _count, ...row }) => ({ ...row, releaseCount: _count.releases })),
    total,
    pageCount: adminPageCount(total),
  };
}

/** One issuer with everything its edit form shows, including a deleted one (for restoring). */
export async function getOrganizationForEdit(id: string) {
  return db.organization.findUnique({
    where: { id },
    include: {
      releases: {
        orderBy: [{ issuedOn: 'desc' }, { slug: 'asc' }],
        select: { id: true, title: true, issuedOn: true, status: true, deletedAt: true },
      },
    },
  });
}

export type OrganizationForEdit = NonNullable<Awaited<ReturnType<typeof getOrganizationForEdit>>>;

export type OrganizationOption = { id: string; label: string };

/**
 * The issuers a release may name: every issuer not deleted, plus the one the release names now
 * (so that an edit form never silently drops it). Drafts are marked, since a release naming a
 * draft issuer cannot be published.
 */
export async function listOrganizationOptions(currentId?: string | null): Promise<OrganizationOption[]> {
  const rows = await db.organization.findMany({
    where: currentId ? { OR: [{ deletedAt: null }, { id: currentId }] } : { deletedAt: null },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    select: { id: true, name: true, city: true, country: true, status: true, deletedAt: true },
  });
  return rows.map((row) => {
    const where = [row.city, row.country].filter(Boolean).join(', ');
    const marks = `${row.status === 'DRAFT' ? ' [draft]' : ''}${row.deletedAt ? ' [deleted]' : ''}`;
    return { id: row.id, label: `${row.name}${where ? ` (${where})` : ''}${marks}` };
  });
}
