import 'server-only';
import { db } from '@/lib/db';
import { cachedQuery, cacheTags } from '@/lib/cache';
import { publicWhere } from '@/lib/records/public-where';

/** `id` and `language` (the original's) let pages show title and introduction in the reader's language (lib/translations/localise.ts). */
export type AnniversaryRecord = { id: string; language: string; year: number; title: string | null; introduction: string | null; updatedAt: string };

/** The curators' record of one year's commemoration, when one is public. */
export const getAnniversaryRecord = cachedQuery(
  'getAnniversaryRecord',
  async (year: number): Promise<AnniversaryRecord | null> => {
    const row = await db.anniversary.findFirst({
      where: { year, ...publicWhere(new Date()) },
      select: { id: true, language: true, year: true, title: true, introduction: true, updatedAt: true },
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

/** When anything shown on the list of anniversaries last changed: a release or an anniversary record. */
export const getAnniversariesLastUpdated = cachedQuery(
  'getAnniversariesLastUpdated',
  async (): Promise<string | null> => {
    const now = new Date();
    const [release, anniversary] = await Promise.all([
      db.release.aggregate({ where: publicWhere(now), _max: { updatedAt: true } }),
      db.anniversary.aggregate({ where: publicWhere(now), _max: { updatedAt: true } }),
    ]);
    const newest = [release._max.updatedAt, anniversary._max.updatedAt].filter((value): value is Date => value !== null).sort((a, b) => b.getTime() - a.getTime())[0];
    return newest ? newest.toISOString() : null;
  },
  () => [cacheTags.releases, cacheTags.anniversaries],
);
