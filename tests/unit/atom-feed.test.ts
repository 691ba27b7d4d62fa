import { describe, expect, it } from 'vitest';
import { buildAtomFeed, escapeXml, type AtomFeed } from '@/lib/feeds/atom';
import { releaseFeedEntry } from '@/lib/feeds/release-feed';
import type { ReleaseSummary } from '@/lib/releases/queries';

const SITE = 'https://memorial.example.org';

const release = (overrides: Partial<ReleaseSummary> = {}): ReleaseSummary => ({
  slug: '2020-01-20-30th-anniversary',
  title: '30th Anniversary of the Black January',
  titleIsEditorial: false,
  issuedOn: '2020-01-20',
  place: 'Sarajevo',
  language: 'en',
  anniversaryYear: 2020,
  updatedAt: '2026-01-05T10:00:00.000Z',
  issuer: { slug: 'mission', name: 'Diplomatic Mission' },
  ...overrides,
});

const feed = (overrides: Partial<AtomFeed> = {}): AtomFeed => ({
  id: `${SITE}/feeds/releases.xml`,
  title: 'Releases',
  selfUrl: `${SITE}/feeds/releases.xml`,
  pageUrl: `${SITE}/en/releases`,
  fallbackUpdated: '2025-01-01T00:00:00.000Z',
  entries: [releaseFeedEntry(release(), SITE, 'en')],
  ...overrides,
});

describe('escapeXml', () => {
  it('escapes markup characters and drops characters XML forbids', () => {
    expect(escapeXml(`<a href="x">Tom & 'Jerry'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/a&gt;');
    expect(escapeXml('bell\u0007 tab\t line\n nul\u0000 \uD800 ə ş 😀')).toBe('bell tab\t line\n nul  ə ş 😀');
  });
});

describe('buildAtomFeed', () => {
  it('writes an Atom 1.0 document with absolute links and every required element', () => {
    const xml = buildAtomFeed(feed());
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"')).toBe(true);
    expect(xml).toContain(`<link rel="self" type="application/atom+xml" href="${SITE}/feeds/releases.xml"/>`);
    expect(xml).toContain(`<id>${SITE}/en/releases/2020-01-20-30th-anniversary</id>`);
    expect(xml).toContain(`<link rel="alternate" type="text/html" href="${SITE}/en/releases/2020-01-20-30th-anniversary"/>`);
    expect(xml).toContain('<published>2020-01-20T00:00:00Z</published>');
    expect(xml).toContain('<name>Diplomatic Mission</name>');
    expect(xml).toContain('<summary type="text">Press release issued on 20 January 2020 in Sarajevo. Issuer: Diplomatic Mission. Archived word for word.</summary>');
    // The feed's own <updated> is its newest entry's.
    expect(xml).toContain('  <updated>2026-01-05T10:00:00.000Z</updated>');
    expect(xml.trim().endsWith('</feed>')).toBe(true);
  });

  it('escapes every text taken from records', () => {
    const xml = buildAtomFeed(
      feed({ title: 'A & B', entries: [releaseFeedEntry(release({ title: '</title><script>alert(1)</script>', place: 'Baku & "Sumgait"', issuer: { slug: 'x', name: "O'Brien <Embassy>" } }), SITE, 'en')] }),
    );
    expect(xml).toContain('<title>A &amp; B</title>');
    expect(xml).toContain('<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>');
    expect(xml).toContain('<name>O&apos;Brien &lt;Embassy&gt;</name>');
    expect(xml).toContain('in Baku &amp; &quot;Sumgait&quot;');
    expect(xml).not.toContain('<script>');
  });

  it('names no issuer where the text names none', () => {
    const entry = releaseFeedEntry(release({ issuer: null, place: null }), SITE, 'en');
    expect(entry.authorName).toBe('Issuer not named in the text');
    expect(entry.summary).toBe('Press release issued on 20 January 2020. Issuer: Issuer not named in the text. Archived word for word.');
  });

  it('falls back to the given time when there are no entries', () => {
    expect(buildAtomFeed(feed({ entries: [] }))).toContain('<updated>2025-01-01T00:00:00.000Z</updated>');
  });

  it('refuses relative links', () => {
    expect(() => buildAtomFeed(feed({ selfUrl: '/feeds/releases.xml' }))).toThrow(/absolute/);
  });
});
