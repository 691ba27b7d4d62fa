/**
 * Cache tags of public content. A mutation returns the tags of what it touched; Next's caches and the
 * shared caches in front (by the same names on the wire, `xkey`/`Surrogate-Key`) expire them.
 * Kept apart from lib/cache.ts so that proxy.ts can name them without loading the database client.
 */
export const cacheTags = {
  releases: 'releases',
  release: (slug: string) => `release:${slug}`,
  organizations: 'organizations',
  sources: 'sources',
  events: 'events',
  figures: 'figures',
  victims: 'victims',
  victim: (slug: string) => `victim:${slug}`,
  anniversaries: 'anniversaries',
  /** Curators' translations of records' texts (ContentTranslation). */
  translations: 'translations',
  /** The carnations laid for one subject (lib/carnations/subject.ts), purged at most every few minutes. */
  carnations: (subject: string) => `carnations:${subject}`,
  /** The approved remembrances of one victim (by record id), purged at once when a curator moderates. */
  remembrances: (victimId: string) => `remembrances:${victimId}`,
  /** The operator's privacy notice, consent statements and data licence (lib/operator-texts/). */
  operatorTexts: 'operator-texts',
  /**
   * Every 404 the caching proxy keeps (deploy/varnish/memorial.vcl tags them; Next sends no tags with a
   * 404). A change can make any address exist, so every change's purge names it (withNotFound).
   */
  notFound: 'not-found',
} as const;

/** The tags a change purges from the shared caches: its own and the 404s they keep (cacheTags.notFound). */
export function withNotFound(tags: readonly string[]): string[] {
  return tags.length === 0 ? [] : [...new Set([...tags, cacheTags.notFound])];
}
