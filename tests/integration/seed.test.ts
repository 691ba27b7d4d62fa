import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { verifyPassword } from '@/lib/users/password';
import { DEMO_PASSWORD, seed, seedData } from '@/prisma/seed';
import { collapseWhitespace, normalizeReleaseText, releaseWords } from '@/prisma/seed-data/normalize';
import { resetDatabase } from '@/tests/helpers/database';

const SEED_DATA_DIRECTORY = path.join(process.cwd(), 'prisma/seed-data');
/** Words of the public record that a first external source gained (the old revision's funeral attendance). */
const PUBLIC_RECORD_WORDS = new Set(['almost the whole population of Baku']);
const NOW = new Date('2026-01-01T12:00:00.000Z');

function releaseFile(fileName: string): string {
  return readFileSync(path.join(SEED_DATA_DIRECTORY, 'releases', fileName), 'utf8');
}

/**
 * The documented departures from plain whitespace normalisation, written out here independently of
 * the seed's own repair code: the 2021 release loses its trailing "Search in archive" line and its
 * first sentence, broken across a blank line, is re-joined.
 */
const DOCUMENTED_REPAIRS: Record<string, (normalized: string) => string> = {
  '2021-01-21-day-of-nationwide-sorrow': (normalized) =>
    normalized
      .replace(/\n+Search in archive$/, '')
      .replace('which went down the\n\nhistory of', 'which went down the history of'),
};
const OMITTED_WORDS: Record<string, string[]> = {
  '2021-01-21-day-of-nationwide-sorrow': ['Search', 'in', 'archive'],
};

/** external-sources.md as plain words, without its Markdown emphasis, for finding quotes in it. */
function externalSourcesText(): string {
  return collapseWhitespace(readFileSync(path.join(SEED_DATA_DIRECTORY, 'external-sources.md'), 'utf8').replace(/\*\*/g, ''));
}

/**
 * Numbers that a release body states as a count of people ("130 civilians", "26 000 Soviet troops",
 * "2 million people", "841 were … detained"), leaving out years ("in 1991 were condemned").
 */
function countsStatedIn(body: string): number[] {
  const pattern =
    /(?<![\w.,])(?<!\bin )(\d{1,3}(?:[ .,]\d{3})+|\d+)(\s+million)?(?=\s+(?:(?:Soviet|Azerbaijani)\s+)?(?:troops|people|civilians|Azerbaijanis|wounded|were)\b)/g;
  return [...collapseWhitespace(body).matchAll(pattern)].map(
    (match) => Number(match[1]!.replace(/[ .,]/g, '')) * (match[2] ? 1_000_000 : 1),
  );
}

beforeEach(async () => {
  await resetDatabase();
});

describe('seed: release texts', () => {
  it('stores every release body as its file with whitespace normalised, minus the documented omission', async () => {
    await seed(db, { now: NOW });
    const stored = await db.release.findMany({ select: { slug: true, body: true, editorialNote: true } });
    expect(stored).toHaveLength(seedData.releases.length);

    for (const release of seedData.releases) {
      const row = stored.find((candidate) => candidate.slug === release.slug);
      expect(row, release.slug).toBeDefined();
      const repair = DOCUMENTED_REPAIRS[release.slug] ?? ((text: string) => text);
      expect(row!.body, release.slug).toBe(repair(normalizeReleaseText(releaseFile(release.fileName))));
      // A release whose body differs from its file beyond whitespace says so in its editorial note.
      if (DOCUMENTED_REPAIRS[release.slug]) expect(row!.editorialNote).toMatch(/Search in archive/);
    }
    // Only the documented releases are repaired.
    expect(seedData.releases.filter((release) => release.editorialRepairs).map((release) => release.slug)).toEqual(
      Object.keys(DOCUMENTED_REPAIRS),
    );
  });

  it('keeps every release word for word: the stored words are the file words, minus "Search in archive"', async () => {
    await seed(db, { now: NOW });
    for (const release of seedData.releases) {
      const row = await db.release.findUniqueOrThrow({ where: { slug: release.slug }, select: { body: true } });
      const fileWords = releaseWords(releaseFile(release.fileName));
      const omitted = OMITTED_WORDS[release.slug] ?? [];
      if (omitted.length > 0) expect(fileWords.slice(-omitted.length)).toEqual(omitted);
      expect(releaseWords(row.body), release.slug).toEqual(fileWords.slice(0, fileWords.length - omitted.length));
    }
  });

  it('stores each release with the metadata it prints, and leaves unnamed issuers unattributed', async () => {
    await seed(db, { now: NOW });
    const rows = await db.release.findMany({
      include: { organization: true, source: true },
      orderBy: { issuedOn: 'asc' },
    });
    expect(rows.map((row) => [row.issuedOn.toISOString().slice(0, 10), row.organization?.name ?? null, row.place])).toEqual([
      ['2007-01-18', 'Embassy of the Republic of Azerbaijan', null],
      ['2009-01-19', 'The Permanent Mission of the Republic of Azerbaijan to the United Nations', 'New York'],
      ['2020-01-20', 'Diplomatic Mission of the Republic of Azerbaijan in Bosnia and Herzegovina', 'Sarajevo'],
      ['2021-01-21', null, null],
      ['2022-01-20', null, null],
    ]);
    for (const row of rows) {
      expect(row.status).toBe('PUBLISHED');
      expect(row.publishAt).toBeNull();
      expect(row.language).toBe('en');
      expect(row.source?.kind, row.slug).toBe('RELEASE');
      // An editorial title is bracketed, and only an editorial title is.
      expect(row.title.startsWith('['), row.slug).toBe(row.titleIsEditorial);
    }
    expect(rows[0]!.referenceNumber).toBe('No. 1');
    const embassy = rows[0]!.organization!;
    expect(embassy.country).toBeNull();
  });
});

describe('seed: idempotence and curators’ changes', () => {
  it('creates everything once, and nothing the second time', async () => {
    const first = await seed(db, { demoCurator: true, now: NOW });
    expect(first.created).toEqual({
      organizations: seedData.organizations.length,
      releases: seedData.releases.length,
      sources: seedData.sources.length,
      anniversaries: seedData.anniversaries.length,
      events: seedData.events.length,
      citations:
        seedData.events.reduce((sum, event) => sum + event.citations.length, 0) +
        seedData.victims.reduce((sum, victim) => sum + victim.citations.length, 0),
      figures: seedData.figures.length,
      victims: seedData.victims.length,
      users: 2,
      disputedValues:
        seedData.events.reduce((sum, event) => sum + (event.disputed?.length ?? 0), 0) +
        seedData.victims.reduce((sum, victim) => sum + (victim.disputed?.length ?? 0), 0),
      refreshed: 0,
      demoPrivacyNotice: 1,
    });
    const countRows = () =>
      Promise.all([
        db.organization.count(),
        db.release.count(),
        db.source.count(),
        db.anniversary.count(),
        db.event.count(),
        db.citation.count(),
        db.figure.count(),
        db.victim.count(),
        db.user.count(),
      ]);
    const before = await countRows();

    const second = await seed(db, { demoCurator: true, now: NOW });
    expect(Object.values(second.created).every((count) => count === 0)).toBe(true);
    expect(second.skipped).toEqual([]);
    expect(await countRows()).toEqual(before);
  });

  it('fills in a seed record that is missing, without touching the rest', async () => {
    await seed(db, { now: NOW });
    await db.figure.delete({ where: { key: 'release-2021-01-21-victims' } });
    const report = await seed(db, { now: NOW });
    expect(report.created.figures).toBe(1);
    expect(report.created.events).toBe(0);
    const figure = await db.figure.findUniqueOrThrow({ where: { key: 'release-2021-01-21-victims' } });
    expect(figure.value).toBe(147);
  });

  it('never overwrites a curator’s edit', async () => {
    await seed(db, { now: NOW });
    const edited = 'Corrected by a curator from the family’s account.';
    // An unedited seed record (version 1) is brought up to the seed; one a curator saved never is.
    await db.victim.update({ where: { slug: 'larissa-mammadova' }, data: { circumstances: edited, version: { increment: 1 } } });

    await seed(db, { now: NOW });
    const victim = await db.victim.findUniqueOrThrow({ where: { slug: 'larissa-mammadova' } });
    expect(victim.circumstances).toBe(edited);
    expect(victim.version).toBe(2);
  });

  it('does not bring back a soft-deleted event, nor its citations', async () => {
    await seed(db, { now: NOW });
    const slug = 'funeral-of-the-victims-1990-01-22';
    const deletedAt = new Date('2026-02-01T00:00:00.000Z');
    await db.event.update({ where: { slug }, data: { deletedAt } });
    const citationsBefore = await db.citation.count();

    const report = await seed(db, { now: NOW });
    expect(report.created.events).toBe(0);
    const rows = await db.event.findMany({ where: { slug } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.deletedAt).toEqual(deletedAt);
    expect(await db.citation.count()).toBe(citationsBefore);
  });

  it('does not draw new figures or citations from a source a curator deleted', async () => {
    await seed(db, { now: NOW });
    await db.source.update({ where: { key: 'release-2022-01-20' }, data: { deletedAt: NOW } });
    await db.figure.deleteMany({ where: { source: { key: 'release-2022-01-20' } } });

    const report = await seed(db, { now: NOW });
    expect(report.created.figures).toBe(0);
    expect(report.skipped.some((reason) => reason.includes('release-2022-01-20'))).toBe(true);
    expect(await db.figure.count({ where: { source: { key: 'release-2022-01-20' } } })).toBe(0);
  });

  it('creates the demo users only when asked, with verifiable passwords', async () => {
    await seed(db, { now: NOW });
    expect(await db.user.count()).toBe(0);

    await seed(db, { demoCurator: true, now: NOW });
    const users = await db.user.findMany({ orderBy: { email: 'asc' } });
    expect(users.map((user) => [user.email, user.role, user.active])).toEqual([
      ['admin@example.org', 'ADMIN', true],
      ['curator@example.org', 'CURATOR', true],
    ]);
    for (const user of users) {
      // Changed with issue 13: the cost is configuration (PASSWORD_HASH_COST; low in these tests).
      expect(user.passwordHash).toMatch(/^scrypt\$\d+\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
      expect(await verifyPassword(DEMO_PASSWORD, user.passwordHash)).toBe(true);
      expect(await verifyPassword('not-the-password', user.passwordHash)).toBe(false);
    }
  });
});

describe('seed: every fact traces to a source', () => {
  // Changed with the public record: its citations name the facts they support instead of quoting
  // (the file's summaries are the memorial's words), and two of its records are drafts.
  it('gives every seeded event and victim at least one citation with a quote or the facts it supports', async () => {
    await seed(db, { now: NOW });
    const events = await db.event.findMany({ include: { citations: true } });
    const victims = await db.victim.findMany({ include: { citations: true } });
    expect(events).toHaveLength(seedData.events.length);
    expect(victims).toHaveLength(seedData.victims.length);
    const drafts = new Set(seedData.victims.filter((victim) => victim.status === 'DRAFT').map((victim) => victim.slug));
    expect([...drafts].sort()).toEqual(['elchin-mirzoyev', 'tariyel-abdullayev']);
    for (const record of [...events, ...victims]) {
      expect(record.citations.length, record.slug).toBeGreaterThan(0);
      for (const citation of record.citations) expect(citation.quote?.trim() || citation.supports.length > 0, record.slug).toBeTruthy();
      expect(record.status).toBe(drafts.has(record.slug) ? 'DRAFT' : 'PUBLISHED');
    }
  });

  it('quotes every release word for word: each figure and citation quote occurs in its release body', async () => {
    await seed(db, { now: NOW });
    const figures = await db.figure.findMany({ include: { source: { include: { release: true } } } });
    const citations = await db.citation.findMany({ include: { source: { include: { release: true } } } });
    const external = externalSourcesText();
    expect(figures).toHaveLength(seedData.figures.length);

    for (const { quote, quoteIsVerbatim, source } of [...figures, ...citations]) {
      // What the public record adds (its sources' figures, citations that name the facts they support
      // rather than quote) is checked against its own file in public-record-seed.test.ts.
      if (source.key.startsWith('record-') || quote === null || PUBLIC_RECORD_WORDS.has(quote)) continue;
      expect(quoteIsVerbatim || quote.length > 0).toBe(true);
      if (source.kind === 'RELEASE') {
        expect(collapseWhitespace(source.release!.body), `${source.key}: ${quote}`).toContain(collapseWhitespace(quote!));
      } else {
        // External documents are known through external-sources.md; quotes keep its words.
        expect(external, `${source.key}: ${quote}`).toContain(collapseWhitespace(quote!));
      }
    }
  });

  it('records a figure for every count of people that a release states, and every release has figures', async () => {
    await seed(db, { now: NOW });
    const releases = await db.release.findMany({ include: { source: { include: { figures: true } } } });
    expect(releases).toHaveLength(seedData.releases.length);
    for (const release of releases) {
      const figures = release.source?.figures ?? [];
      const stated = countsStatedIn(release.body);
      expect(stated.length, release.slug).toBeGreaterThan(0);
      expect(figures.length, release.slug).toBeGreaterThan(0);
      const values = new Set(figures.map((figure) => figure.value));
      for (const count of stated) expect(values.has(count), `${release.slug} states ${count}`).toBe(true);
    }
  });

  it('keeps disputed figures apart, per source, with their qualifiers', async () => {
    await seed(db, { now: NOW });
    // The first ledger's sources; the public record's figures are checked against its file.
    const killed = await db.figure.findMany({
      where: { kind: 'KILLED', source: { key: { not: { startsWith: 'record-' } } } },
      include: { source: true },
      orderBy: { position: 'asc' },
    });
    expect(killed.map((figure) => [figure.source.key, figure.value, figure.qualifier, figure.scope])).toEqual([
      ['release-2007-01-18', 130, 'MORE_THAN', 'NOT_STATED'],
      ['release-2009-01-19', 134, 'EXACT', 'AZERBAIJAN'],
      ['release-2020-01-20', 130, 'MORE_THAN', 'NOT_STATED'],
      ['release-2021-01-21', 130, 'EXACT', 'BAKU'],
      ['release-2022-01-20', 131, 'EXACT', 'NOT_STATED'],
      ['external-wikipedia-black-january-oldid-17057683', 133, 'EXACT', 'NOT_STATED'],
      ['external-azerneshr-1990-black-january-documents', 170, 'EXACT', 'NOT_STATED'],
    ]);
    const victims147 = await db.figure.findUniqueOrThrow({ where: { key: 'release-2021-01-21-victims' } });
    expect([victims147.kind, victims147.value, victims147.scope]).toEqual(['VICTIMS', 147, 'AZERBAIJAN']);
    const arrested2007 = await db.figure.findUniqueOrThrow({ where: { key: 'release-2007-01-18-arrested' } });
    expect(arrested2007.value).toBeNull();
  });

  it('stores victims with only what the sources give', async () => {
    await seed(db, { now: NOW });
    // Changed with the public record, which merges its Larisa Məmmədova into this record (same address).
    const larissa = await db.victim.findUniqueOrThrow({ where: { slug: 'larissa-mammadova' } });
    expect(larissa).toMatchObject({
      nameLatin: 'Larissa Mammadova',
      nameCyrillic: null,
      nameRussian: null,
      sex: 'FEMALE',
      age: 13,
      fate: 'KILLED',
      birthDate: null,
      birthPlace: null,
      deathDatePrecision: 'MONTH',
      deathPlace: 'Baku',
      burialPlace: null,
      occupation: '7th-grade pupil of secondary school No. 134 (in 1990)',
    });
    expect(larissa.otherNames).toContain('Larisa Məmmədova');

    const unidentified = await db.victim.findMany({ where: { slug: { startsWith: 'unidentified-' } } });
    const bySlug = Object.fromEntries(
      unidentified.map((victim) => [victim.slug, [victim.description, victim.age, victim.sex, victim.fate, victim.occupation]]),
    );
    expect(bySlug).toEqual({
      'unidentified-7-year-old-boy': ['a 7-year old boy', 7, 'MALE', 'NOT_STATED', null],
      'unidentified-16-year-old-girl': ['a 16-year old girl', 16, 'FEMALE', 'NOT_STATED', null],
      'unidentified-80-year-old-man': ['an 80-year old man', 80, 'MALE', 'NOT_STATED', null],
      'unidentified-young-doctor': [
        'a young doctor shot in ambulance while helping another victim',
        null,
        'NOT_STATED',
        'NOT_STATED',
        'doctor',
      ],
    });
    for (const victim of unidentified) {
      expect([victim.nameLatin, victim.nameCyrillic, victim.nameRussian, victim.deathPlace, victim.deathDate]).toEqual([
        null,
        null,
        null,
        null,
        null,
      ]);
      expect(victim.otherNames).toEqual([]);
    }
  });

  it('dates the external sources with the precision they give', async () => {
    await seed(db, { now: NOW });
    const magazine = await db.source.findUniqueOrThrow({ where: { key: 'external-azerbaijan-international-1999-larissa' } });
    expect([magazine.kind, magazine.datePrecision, magazine.dateSeason, magazine.date?.toISOString().slice(0, 10)]).toEqual([
      'EXTERNAL',
      'SEASON',
      'AUTUMN',
      '1999-09-01',
    ]);
    const book = await db.source.findUniqueOrThrow({ where: { key: 'external-azerneshr-1990-black-january-documents' } });
    expect(book.quotedAt).toBe('http://www.zerbaijan.com/january.htm');
    const wikipedia = await db.source.findUniqueOrThrow({ where: { key: 'external-wikipedia-black-january-oldid-17057683' } });
    expect(wikipedia.quotedAt).toContain('oldid=17057683');
    expect(wikipedia.date).toBeNull();
  });
});
