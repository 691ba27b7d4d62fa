import { buildAtomFeed, type AtomEntry } from '@/lib/feeds/atom';
import { formatPartialDate } from '@/lib/dates';
import type { Locale } from '@/lib/i18n/config';
import { releaseEdition } from '@/lib/releases/language';
import type { ReleaseSummary } from '@/lib/releases/queries';

/** What a feed, an author field or a summary says when the release's text names no issuer. */
export const UNNAMED_ISSUER = 'Issuer not named in the text';

/**
 * The feed entry of one release: its public page is its identifier and its link — in the site's
 * edition of the release's own language where there is one (an English release → /en/…), else in the
 * feed's. The entry carries the release's language (xml:lang); the feed's own words are in `locale`.
 */
export function releaseFeedEntry(release: ReleaseSummary, siteUrl: string, locale: Locale): AtomEntry {
  const url = `${siteUrl}/${releaseEdition(release.language, locale)}/releases/${release.slug}`;
  const issuer = release.issuer?.name ?? UNNAMED_ISSUER;
  const issued = formatPartialDate(release.issuedOn, 'DAY', { locale });
  return {
    id: url,
    title: release.title,
    updated: release.updatedAt,
    published: `${release.issuedOn}T00:00:00Z`,
    url,
    authorName: issuer,
    summary: `Press release issued on ${issued}${release.place ? ` in ${release.place}` : ''}. Issuer: ${issuer}. Archived word for word.`,
    language: release.language,
  };
}

/**
 * A feed of releases, newest first as given, for the archive or for one issuer. A feed is not a page:
 * its own words are English (FEED_LOCALE), while each entry keeps its release's language.
 */
export function buildReleaseFeed(options: {
  siteUrl: string;
  locale: Locale;
  title: string;
  subtitle: string;
  feedPath: string;
  pagePath: string;
  fallbackUpdated: string;
  releases: ReleaseSummary[];
}): string {
  const { siteUrl, locale } = options;
  return buildAtomFeed({
    id: `${siteUrl}${options.feedPath}`,
    title: options.title,
    subtitle: options.subtitle,
    selfUrl: `${siteUrl}${options.feedPath}`,
    pageUrl: `${siteUrl}${options.pagePath}`,
    fallbackUpdated: options.fallbackUpdated,
    language: locale,
    entries: options.releases.map((release) => releaseFeedEntry(release, siteUrl, locale)),
  });
}

/** Paths of the feeds, for route handlers, discovery links and the sitemap alike. */
export const feedPaths = {
  releases: '/feeds/releases.xml',
  issuer: (slug: string) => `/feeds/issuers/${slug}.xml`,
} as const;

/** The language of the feeds' own words (titles, summaries) and of the page each feed mirrors. */
export const FEED_LOCALE: Locale = 'en';
