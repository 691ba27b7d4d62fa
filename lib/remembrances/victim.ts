import 'server-only';
import { db } from '@/lib/db';
import { publicWhere } from '@/lib/records/public-where';
import { isSlug } from '@/lib/slug';

/**
 * The published record a visitor's remembrance or report names, or null: messages are only ever left
 * on a public memorial page, so a visitor cannot attach one to a draft or a made-up record.
 */
export async function resolveRemembranceVictim(slug: string, now: Date): Promise<{ id: string; slug: string } | null> {
  if (!isSlug(slug)) return null;
  return db.victim.findFirst({ where: { slug, ...publicWhere(now) }, select: { id: true, slug: true } });
}
