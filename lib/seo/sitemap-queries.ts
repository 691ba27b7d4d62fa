import 'server-only';
import { db } from '@/lib/db';
import { cachedQuery, cacheTags } from '@/lib/cache';
import { publicWhere } from '@/lib/publication';

/** Every public victim's address and last change, for the sitemap (the list pages are paginated). */
export const listPublicVictimSlugs = cachedQuery(
  'listPublicVictimSlugs',
  async (): Promise<{ slug: string; updatedAt: string }[]> => {
    const rows = await db.victim.findMany({ where: publicWhere(new Date()), orderBy: { slug: 'asc' }, select: { slug: true, updatedAt: true } });
    return rows.map((row) => ({ slug: row.slug, updatedAt: row.updatedAt.toISOString() }));
  },
  () => [cacheTags.victims],
);
