import 'server-only';
import { permanentRedirect } from 'next/navigation';
import { cachedQuery, cacheTags } from '@/lib/cache';
import { db } from '@/lib/db';
import { publicWhere } from '@/lib/records/public-where';
import { isSlug } from '@/lib/slug';

/** The public sections whose pages live at /[locale]/<section>/<slug>, and what each redirect points at. */
const SECTIONS = {
  victims: { entityType: 'Victim', tags: [cacheTags.victims] },
  releases: { entityType: 'Release', tags: [cacheTags.releases, cacheTags.organizations] },
  issuers: { entityType: 'Organization', tags: [cacheTags.organizations] },
} as const;

export type RedirectSection = keyof typeof SECTIONS;

/** The current slug of a public record, by id, under the same rules as the section's public page. */
async function readPublicSlug(section: RedirectSection, id: string): Promise<string | null> {
  const now = new Date();
  const where = { id, ...publicWhere(now) };
  switch (section) {
    case 'victims':
      return (await db.victim.findFirst({ where, select: { slug: true } }))?.slug ?? null;
    case 'releases':
      return (
        (
          await db.release.findFirst({
            // As the release page: public only while its issuer (if it names one) is public too.
            where: { AND: [where, { OR: [{ organizationId: null }, { organization: publicWhere(now) }] }] },
            select: { slug: true },
          })
        )?.slug ?? null
      );
    case 'issuers':
      return (await db.organization.findFirst({ where, select: { slug: true } }))?.slug ?? null;
  }
}

/**
 * Where an old address of a record now leads: the record's current slug, or null when no record had
 * this slug or the record is not public (a redirect must not reveal a draft's or a deleted record's
 * new address). Cached with the section's tags, which every change of such a record revalidates.
 */
export const getRenamedSlug = cachedQuery(
  'getRenamedSlug',
  async (section: RedirectSection, oldSlug: string): Promise<string | null> => {
    const redirect = await db.slugRedirect.findUnique({
      where: { entityType_oldSlug: { entityType: SECTIONS[section].entityType, oldSlug } },
      select: { entityId: true },
    });
    if (!redirect) return null;
    const slug = await readPublicSlug(section, redirect.entityId);
    return slug !== null && slug !== oldSlug ? slug : null;
  },
  (...[section]) => [...SECTIONS[section].tags],
  { byAddress: true },
);

/**
 * For a public page whose record was not found: redirects permanently (308) to the record's current
 * address when the slug is one it used to have. Returns when there is nothing to redirect to, and the
 * page then answers 404.
 */
export async function redirectIfRenamed(section: RedirectSection, locale: string, slug: string): Promise<void> {
  if (!isSlug(slug)) return;
  const current = await getRenamedSlug(section, slug);
  if (current !== null) permanentRedirect(`/${locale}/${section}/${encodeURIComponent(current)}`);
}
