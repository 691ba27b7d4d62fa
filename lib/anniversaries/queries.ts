import 'server-only';
import { db } from '@/lib/db';
import { cachedQuery, cacheTags } from '@/lib/cache';
import { publicWhere } from '@/lib/publication';

export type AnniversaryRecord = { year: number; title: string | null; introduction: string | null; updatedAt: string };

/** The curators' record of one year's commemoration, when one is public. */
export const getAnniversaryRecord = cachedQuery(
  'getAnniversaryRecord',
  async (year: number): Promise<AnniversaryRecord | null> => {
    const row = await db.anniversary.findFirst({
      where: { year, ...publicWhere(new Date()) },
      select: { year: true, title: true, introduction: true, updatedAt: true },
    });
    return row ? { ...row, updatedAt: row.updatedAt.toISOString() } : null;
  },
  () => [cacheTags.anniversaries],
);

/** How many public releases each anniversary year has, for the list of years. */
export const countReleasesByAnniversaryYear = cachedQuery(
  'countReleasesByAnniversaryYear',
  async (): Promise<Record<number, number>> => {
    const now = new Date();
    const rows = await db.release.groupBy({
      by: ['anniversaryYear'],
      where: {
        AND: [publicWhere(now), { anniversaryYear: { not: null } }, { OR: [{ organizationId: null }, { organization: publicWhere(now) }] }],
      },
      _count: { _all: true },
    });
    return Object.fromEntries(rows.map((row) => [row.anniversaryYear, row._count._all]));
  },
  () => [cacheTags.releases, cacheTags.organizations, cacheTags.anniversaries],
);
