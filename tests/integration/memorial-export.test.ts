import { beforeAll, describe, expect, it } from 'vitest';
import { CSV_COLUMNS, contentVersion, memorialCsv, type MemorialExport } from '@/lib/export/memorial';
import { getMemorialExport } from '@/lib/export/queries';
import { parseCsv } from '@/lib/victims/import';
import { seed, seedData } from '@/prisma/seed';
import { db, resetDatabase } from '@/tests/helpers/database';
import {
  createEvent,
  createExternalSource,
  createFigure,
  createOrganization,
  createRelease,
  createVictim,
  DELETED,
  DRAFT,
  SCHEDULED,
} from '@/tests/helpers/factories';

/** Records that must never appear: a draft, a deleted and a scheduled one of each kind. */
const HIDDEN = ['hidden-draft', 'hidden-deleted', 'hidden-scheduled'];
const STATES = () => [DRAFT, DELETED(), SCHEDULED()];

let data: MemorialExport;

beforeAll(async () => {
  await resetDatabase();
  await seed(db);
  const publicSource = await db.source.findFirstOrThrow({ where: { key: seedData.sources[0]!.key } });
  for (const [index, state] of STATES().entries()) {
    const suffix = HIDDEN[index]!;
    await createOrganization({ slug: `issuer-${suffix}`, ...state });
    const { source } = await createRelease({ slug: `release-${suffix}`, ...state });
    // As the release mutations keep it: a release's source shares its publication state.
    await db.source.update({ where: { id: source.id }, data: state });
    await createExternalSource({ key: `source-${suffix}`, ...state });
    await createEvent(publicSource.id, { slug: `event-${suffix}`, ...state });
    await createFigure(publicSource.id, { key: `figure-${suffix}`, ...state });
    await createVictim(publicSource.id, { slug: `victim-${suffix}`, nameLatin: `Hidden ${suffix}`, ...state });
    await db.anniversary.create({ data: { year: 2100 + index, ...state } });
  }
  // A public fact citing a source that is not public: the citation stays out, the fact stays in.
  const draftSource = await createExternalSource({ key: 'source-of-a-public-victim', ...DRAFT });
  await createVictim(draftSource.id, { slug: 'victim-citing-a-draft', nameLatin: 'Cites a draft' });
  data = await getMemorialExport();
});

describe('the export of published content', () => {
  it('holds every published seeded record', () => {
    expect(data.issuers.map((issuer) => issuer.slug).sort()).toEqual(seedData.organizations.map((issuer) => issuer.slug).sort());
    expect(data.releases.map((release) => release.slug).sort()).toEqual(seedData.releases.map((release) => release.slug).sort());
    expect(data.sources.map((source) => source.key).sort()).toEqual(seedData.sources.map((source) => source.key).sort());
    expect(data.events.map((event) => event.slug).sort()).toEqual(seedData.events.map((event) => event.slug).sort());
    expect(data.figures.map((figure) => figure.key).sort()).toEqual(seedData.figures.map((figure) => figure.key).sort());
    expect(data.victims.map((victim) => victim.slug).sort()).toEqual(
      // The public record's two drafts are not published, so not exported.
      [...seedData.victims.filter((victim) => victim.status !== 'DRAFT').map((victim) => victim.slug), 'victim-citing-a-draft'].sort(),
    );
    expect(data.anniversaries.map((anniversary) => anniversary.year).sort()).toEqual(seedData.anniversaries.map((anniversary) => anniversary.year).sort());
    expect(data.counts.figures).toBe(seedData.figures.length);
  });

  it('holds nothing that is a draft, deleted or scheduled', () => {
    const text = JSON.stringify(data);
    for (const suffix of HIDDEN) expect(text, suffix).not.toContain(suffix);
    expect(text).not.toContain('source-of-a-public-victim');
    for (const year of [2100, 2101, 2102]) expect(data.anniversaries.some((anniversary) => anniversary.year === year)).toBe(false);
    expect(data.victims.find((victim) => victim.slug === 'victim-citing-a-draft')?.citations).toEqual([]);
  });

  it('names the source of every fact, and every source it names is in the export', () => {
    const keys = new Set(data.sources.map((source) => source.key));
    for (const figure of data.figures) expect(keys.has(figure.sourceKey), figure.key).toBe(true);
    for (const event of data.events) {
      expect(event.citations.length, event.slug).toBeGreaterThan(0);
      for (const citation of event.citations) expect(keys.has(citation.sourceKey), event.slug).toBe(true);
    }
    for (const victim of data.victims) for (const citation of victim.citations) expect(keys.has(citation.sourceKey), victim.slug).toBe(true);
    for (const release of data.releases) {
      expect(release.body.length, release.slug).toBeGreaterThan(0);
      expect(release.sourceKey && keys.has(release.sourceKey), release.slug).toBe(true);
    }
  });

  it('is versioned by its content and dated', async () => {
    const { version, generatedAt, issuers, releases, sources, events, figures, victims, anniversaries } = data;
    expect(version).toMatch(/^[0-9a-f]{16}$/);
    expect(Date.parse(generatedAt)).not.toBeNaN();
    expect(contentVersion({ issuers, releases, sources, events, figures, victims, anniversaries })).toBe(version);
    expect((await getMemorialExport()).version).toBe(version);
    await db.figure.update({ where: { key: seedData.figures[0]!.key }, data: { note: 'A changed note.' } });
    expect((await getMemorialExport()).version).not.toBe(version);
  });

  it('round-trips through JSON', () => {
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
  });

  it('round-trips through CSV: one row per fact and source, every figure and event present', () => {
    const parsed = parseCsv(memorialCsv(data));
    if (!parsed.ok) throw new Error(parsed.message);
    const [header, ...rows] = parsed.records;
    expect(header).toEqual([...CSV_COLUMNS]);
    const column = (name: (typeof CSV_COLUMNS)[number]) => header!.indexOf(name);
    const keysOf = (type: string) => new Set(rows.filter((row) => row[column('record_type')] === type).map((row) => row[column('record_key')]));
    expect([...keysOf('figure')].sort()).toEqual(seedData.figures.map((figure) => figure.key).sort());
    expect([...keysOf('event')].sort()).toEqual(seedData.events.map((event) => event.slug).sort());
    expect(keysOf('victim').has('victim-citing-a-draft')).toBe(true);
    for (const row of rows) {
      expect(row).toHaveLength(CSV_COLUMNS.length);
      expect(row[column('export_version')]).toBe(data.version);
    }
    const eventRows = rows.filter((row) => row[column('record_type')] === 'event').length;
    expect(eventRows).toBe(data.events.reduce((sum, event) => sum + event.citations.length, 0));
    const figure = data.figures[0]!;
    const figureRow = rows.find((row) => row[column('record_key')] === figure.key)!;
    expect(figureRow[column('source_key')]).toBe(figure.sourceKey);
    expect(figureRow[column('quote')]!.replace(/^'/, '')).toBe(figure.quote);
    for (const row of rows) if (row[column('record_type')] !== 'victim') expect(row[column('source_title')], row[column('record_key')]).not.toBe('');
  });
});
