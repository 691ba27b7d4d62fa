/**
 * Atom 1.0 (RFC 4287) feeds, built as text by a pure function so that the escaping can be tested
 * without a server. Every link must be absolute: feed readers resolve nothing against the page.
 */

export type AtomEntry = {
  /** A permanent, absolute identifier (an absolute URL or a tag: URI). */
  id: string;
  title: string;
  /** RFC 3339 timestamps. */
  updated: string;
  published: string;
  /** Absolute URL of the entry's page. */
  url: string;
  authorName: string;
  summary: string;
  /** The language of the entry's own text (a release's title), as xml:lang. */
  language?: string;
};

export type AtomFeed = {
  id: string;
  title: string;
  subtitle?: string;
  /** Absolute URL of the feed itself (rel="self"). */
  selfUrl: string;
  /** Absolute URL of the page the feed mirrors (rel="alternate"). */
  pageUrl: string;
  /** Used as the feed's <updated> when it has no entries. */
  fallbackUpdated: string;
  language?: string;
  entries: AtomEntry[];
};

export const ATOM_CONTENT_TYPE = 'application/atom+xml; charset=utf-8';

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * Text for XML content or attributes: markup characters escaped, and characters XML 1.0 forbids
 * (control characters, lone surrogates, U+FFFE/U+FFFF) dropped, since a single one makes the whole
 * feed unreadable.
 */
export function escapeXml(text: string): string {
  return text
    // eslint-disable-next-line no-control-regex -- matching the control characters XML forbids is the point.
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .replace(/[&<>"']/g, (character) => XML_ESCAPES[character]!);
}

function absolute(url: string): string {
  if (!/^https?:\/\//.test(url)) throw new Error(`Atom links must be absolute: ${url}`);
  return url;
}

function element(name: string, text: string, indent: string): string {
  return `${indent}<${name}>${escapeXml(text)}</${name}>`;
}

function link(rel: string, href: string, indent: string, type?: string): string {
  return `${indent}<link rel="${rel}"${type ? ` type="${type}"` : ''} href="${escapeXml(absolute(href))}"/>`;
}

function entryXml(entry: AtomEntry): string {
  const indent = '    ';
  return [
    `  <entry${entry.language ? ` xml:lang="${escapeXml(entry.language)}"` : ''}>`,
    element('id', entry.id, indent),
    element('title', entry.title, indent),
    element('updated', entry.updated, indent),
    element('published', entry.published, indent),
    link('alternate', entry.url, indent, 'text/html'),
    `${indent}<author>`,
    element('name', entry.authorName, `${indent}  `),
    `${indent}</author>`,
    `${indent}<summary type="text">${escapeXml(entry.summary)}</summary>`,
    '  </entry>',
  ].join('\n');
}

/** The newest of the entries' <updated> timestamps, or the fallback. */
function newestUpdated(feed: AtomFeed): string {
  return feed.entries.map((entry) => entry.updated).reduce((newest, value) => (Date.parse(value) > Date.parse(newest) ? value : newest), feed.fallbackUpdated);
}

/** A complete Atom document. Entries keep the order given (the caller sorts them, newest first). */
export function buildAtomFeed(feed: AtomFeed): string {
  const indent = '  ';
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom"${feed.language ? ` xml:lang="${escapeXml(feed.language)}"` : ''}>`,
    element('id', feed.id, indent),
    element('title', feed.title, indent),
    ...(feed.subtitle ? [element('subtitle', feed.subtitle, indent)] : []),
    element('updated', newestUpdated(feed), indent),
    link('self', feed.selfUrl, indent, 'application/atom+xml'),
    link('alternate', feed.pageUrl, indent, 'text/html'),
    ...feed.entries.map(entryXml),
    '</feed>',
    '',
  ].join('\n');
}
