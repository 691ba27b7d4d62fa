import { describe, expect, it } from 'vitest';
import { buildNamesFeed, nameChangeEntry, type NameChange } from '@/lib/feeds/names-feed';

const SITE = 'https://memorial.example.org';

const added: NameChange = { kind: 'new', victimSlug: 'ulvi-bunyadzade', name: 'Ülvi Bünyadzadə', at: '2027-01-10T08:00:00.000Z' };
const corrected: NameChange = {
  kind: 'correction',
  id: 'c1',
  victimSlug: 'ulvi-bunyadzade',
  name: 'Ülvi Bünyadzadə',
  note: 'The date of death corrected <from> the family’s testimony & a certificate.',
  at: '2027-01-12T09:30:00.000Z',
};

describe('the feed of new and corrected names', () => {
  it('gives a new name its memorial page as id, and each correction an id of its own', () => {
    const entries = [nameChangeEntry(added, SITE), nameChangeEntry(corrected, SITE)];
    expect(entries.map((entry) => entry.id)).toEqual([`${SITE}/en/victims/ulvi-bunyadzade`, `${SITE}/en/victims/ulvi-bunyadzade#correction-c1`]);
    expect(entries.map((entry) => entry.url)).toEqual([`${SITE}/en/victims/ulvi-bunyadzade`, `${SITE}/en/victims/ulvi-bunyadzade`]);
    expect(entries[0]).toMatchObject({ title: 'Added: Ülvi Bünyadzadə', published: added.at, updated: added.at });
    expect(entries[1]).toMatchObject({ title: 'Corrected: Ülvi Bünyadzadə', summary: corrected.note });
  });

  it('writes the curators’ note as escaped text, never as markup', () => {
    const xml = buildNamesFeed({ siteUrl: SITE, changes: [corrected, added], fallbackUpdated: '2027-01-01T00:00:00.000Z' });
    expect(xml).toContain('<summary type="text">The date of death corrected &lt;from&gt; the family’s testimony &amp; a certificate.</summary>');
    expect(xml).toContain(`<link rel="self" type="application/atom+xml" href="${SITE}/feeds/names.xml"/>`);
    expect(xml.indexOf('#correction-c1')).toBeLessThan(xml.indexOf('<title>Added'));
  });
});
