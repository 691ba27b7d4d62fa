import type { DatePrecision } from '@/lib/dates';

/**
 * Schema.org descriptions of public pages (JSON-LD), built by pure functions from the page's data.
 * They state only what the page states: a field the sources leave unknown is left out, never guessed.
 */

export type JsonLd = { '@context': 'https://schema.org'; '@type': string } & Record<string, unknown>;

/**
 * JSON for a <script type="application/ld+json"> element. "<" is written as \u003c so that no text
 * in the data ("</script>", "<!--") can close the element; U+2028/U+2029 are escaped for old parsers.
 * The result is still JSON that parses to the same value.
 */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** A partial date at the precision it is known ("1990-01-20", "1990-01", "1990"), or undefined. */
export function schemaDate(isoDate: string | null, precision: DatePrecision): string | undefined {
  if (!isoDate) return undefined;
  switch (precision) {
    case 'DAY':
      return isoDate;
    case 'MONTH':
      return isoDate.slice(0, 7);
    case 'SEASON':
    case 'YEAR':
      return isoDate.slice(0, 4);
    case 'UNKNOWN':
      return undefined;
  }
}

/** Drops undefined values so that unknown fields are absent rather than null. */
function defined<T extends Record<string, unknown>>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as T;
}

/** The anniversary page: the commemoration of 20 January in Baku. */
export function anniversaryEventJsonLd(anniversary: { year: number; name: string; description: string; url: string }): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: anniversary.name,
    startDate: `${anniversary.year}-01-20`,
    eventStatus: 'https://schema.org/EventScheduled',
    location: {
      '@type': 'Place',
      name: 'Baku',
      address: { '@type': 'PostalAddress', addressLocality: 'Baku', addressCountry: 'Azerbaijan' },
    },
    description: anniversary.description,
    url: anniversary.url,
  };
}

/** A release as an article, published by its issuer; no publisher when the text names none. */
export function releaseArticleJsonLd(release: {
  title: string;
  issuedOn: string;
  updatedAt: string;
  language: string;
  url: string;
  issuer: { name: string; url: string; website: string | null } | null;
}): JsonLd {
  return defined({
    '@context': 'https://schema.org' as const,
    '@type': 'NewsArticle',
    headline: release.title,
    datePublished: release.issuedOn,
    dateModified: release.updatedAt,
    inLanguage: release.language,
    url: release.url,
    mainEntityOfPage: release.url,
    publisher: release.issuer
      ? defined({ '@type': 'Organization', name: release.issuer.name, url: release.issuer.url, sameAs: release.issuer.website ?? undefined })
      : undefined,
  });
}

/** A victim as a Person: the name, or the source's description of someone it does not name. */
export function victimPersonJsonLd(victim: {
  name: string | null;
  description: string | null;
  deathDate: string | null;
  deathDatePrecision: DatePrecision;
  deathPlace: string | null;
  url: string;
}): JsonLd {
  return defined({
    '@context': 'https://schema.org' as const,
    '@type': 'Person',
    name: victim.name ?? undefined,
    description: victim.name ? undefined : (victim.description ?? 'A person the sources do not name'),
    deathDate: schemaDate(victim.deathDate, victim.deathDatePrecision),
    deathPlace: victim.deathPlace ? { '@type': 'Place', name: victim.deathPlace } : undefined,
    url: victim.url,
  });
}
