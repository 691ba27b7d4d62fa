import { z } from 'zod';

/*
 * The curators' lists of every kind of record: the same search box, status filter and pages.
 */

/** How many records one page of an admin list shows. */
export const ADMIN_PAGE_SIZE = 25;

/** Search parameters of every admin list; malformed values fall back to defaults. */
export const adminListParamsSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined).transform((value) => value || undefined),
  status: z.enum(['draft', 'published', 'scheduled', 'deleted']).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).default(1).catch(1),
});

type AdminListParams = z.output<typeof adminListParamsSchema>;

/** What an admin list is asked for: a page, and perhaps a search and a status. */
export type AdminListFilter = Partial<AdminListParams> & Pick<AdminListParams, 'page'>;

export function parseAdminListParams(searchParams: Record<string, string | string[] | undefined>): AdminListFilter {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined;
  return adminListParamsSchema.parse({ q: first(searchParams.q), status: first(searchParams.status), page: first(searchParams.page) });
}

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

/** Skip and take of one page of an admin list. */
export function adminPage(page: number) {
  return { skip: (page - 1) * ADMIN_PAGE_SIZE, take: ADMIN_PAGE_SIZE };
}

/** The number of pages for a total (at least one, so an empty list still has its page). */
export function adminPageCount(total: number): number {
  return Math.max(1, Math.ceil(total / ADMIN_PAGE_SIZE));
}
