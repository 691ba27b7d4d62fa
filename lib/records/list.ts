import type { AdminListFilter } from '@/lib/victims/admin-queries';

export const ADMIN_PAGE_SIZE = 25;

type StatusCondition =
  | { deletedAt: null }
  | { deletedAt: { not: null } }
  | { status: 'DRAFT' }
  | { status: 'PUBLISHED'; OR: [{ publishAt: null }, { publishAt: { lte: Date } }] }
  | { status: 'PUBLISHED'; publishAt: { gt: Date } };

/**
 * The conditions of an admin list's status filter, the same for every kind of record: current
 * records unless "deleted" is asked for, then drafts, published or scheduled ones.
 */
export function adminStatusConditions(status: AdminListFilter['status'], now: Date): StatusCondition[] {
  const conditions: StatusCondition[] = [status === 'deleted' ? { deletedAt: { not: null } } : { deletedAt: null }];
  if (status === 'draft') conditions.push({ status: 'DRAFT' });
  if (status === 'published') conditions.push({ status: 'PUBLISHED', OR: [{ publishAt: null }, { publishAt: { lte: now } }] });
  if (status === 'scheduled') conditions.push({ status: 'PUBLISHED', publishAt: { gt: now } });
  return conditions;
}

/** Skip and take of one page of an admin list, and the number of pages for a total. */
export function adminPage(page: number) {
  return { skip: (page - 1) * ADMIN_PAGE_SIZE, take: ADMIN_PAGE_SIZE };
}

export function adminPageCount(total: number): number {
  return Math.max(1, Math.ceil(total / ADMIN_PAGE_SIZE));
}
