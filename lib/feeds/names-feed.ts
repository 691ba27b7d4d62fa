import { buildAtomFeed, type AtomEntry } from '@/lib/feeds/atom';
import { FEED_LOCALE } from '@/lib/feeds/release-feed';

/** A name that became public, or a correction of a public record, as the feed of names lists it. */
export type NameChange =
  | { kind: 'new'; victimSlug: string; name: string; at: string }
  | { kind: 'correction'; id: string; victimSlug: string; name: string; note: string; at: string };

export const NAMES_FEED_PATH = '/feeds/names.xml';

/**
 * The entry of one change. A new name's entry is its memorial page; a correction has an id of its
 * own (the page with the correction's anchor), so that a reader shows each correction once.
 */
export function nameChangeEntry(change: NameChange, siteUrl: string): AtomEntry {
  const url = `${siteUrl}/${FEED_LOCALE}/victims/${change.victimSlug}`;
  if (change.kind === 'new') {
    return {
      id: url,
      title: `Added: ${change.name}`,
      updated: change.at,
      published: change.at,
      url,
      authorName: 'Black January memorial',
      summary: `${change.name} was added to the memorial, with the sources that record them.`,
    };
  }
  return {
    id: `${url}#correction-${change.id}`,
    title: `Corrected: ${change.name}`,
    updated: change.at,
    published: change.at,
    url,
    authorName: 'Black January memorial',
    summary: change.note,
  };
}

/** The feed of new and corrected names, newest first as given. Its own words are English. */
export function buildNamesFeed(options: { siteUrl: string; changes: NameChange[]; fallbackUpdated: string }): string {
  const { siteUrl } = options;
  return buildAtomFeed({
    id: `${siteUrl}${NAMES_FEED_PATH}`,
    title: 'Black January memorial: new and corrected names',
    subtitle: 'Names added to the memorial, and corrections of the public records with the curators’ note of what changed.',
    selfUrl: `${siteUrl}${NAMES_FEED_PATH}`,
    pageUrl: `${siteUrl}/${FEED_LOCALE}/victims`,
    fallbackUpdated: options.fallbackUpdated,
    language: FEED_LOCALE,
    entries: options.changes.map((change) => nameChangeEntry(change, siteUrl)),
  });
}
