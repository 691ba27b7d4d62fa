import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '@/lib/csv/read';
import { writeMemorialExportFiles } from '@/lib/export/files';
import { CSV_COLUMNS, contentVersion, memorialCsv, type MemorialExport } from '@/lib/export/memorial';
import { readVictimBatches } from '@/lib/export/queries';
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
let csv: string;
let jsonText: string;
let directory: string;

/** Victims per query in these tests: small, so the seeded victims take several batches. */
const BATCH = 7;

/** The export as the routes serve it: the files written in batches, read back. */
async function exportNow(): Promise<{ data: MemorialExport; csv: string; jsonText: string }> {
  const files = await writeMemorialExportFiles(directory, BATCH);
  const jsonText = await readFile(files.json, 'utf8');
  return { data: JSON.parse(jsonText) as MemorialExport, csv: await readFile(files.csv, 'utf8'), jsonText };
}

afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'memorial-export-'));
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
  ({ data, csv, jsonText } = await exportNow());
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
    expect((await exportNow()).data.version).toBe(version);
    await db.figure.update({ where: { key: seedData.figures[0]!.key }, data: { note: 'A changed note.' } });
    expect((await exportNow()).data.version).not.toBe(version);
    // The folder keeps the latest two versions of each file, however many were written.
    expect((await readdir(directory)).sort()).toEqual(
      [...new Set((await readdir(directory)).map((name) => name.replace(/\.(json|csv)$/, '')))].flatMap((name) => [`${name}.csv`, `${name}.json`]).sort(),
    );
    expect((await readdir(directory)).length).toBeLessThanOrEqual(4);
  });

  it('round-trips through JSON, written in batches as the whole document would be', () => {
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
    expect(jsonText).toBe(`${JSON.stringify(data, null, 2)}\n`);
  });

  it('reads the victims in batches by slug, each victim once', async () => {
    const batches = [];
    for await (const batch of readVictimBatches(db, new Date(), BATCH)) batches.push(batch.map((victim) => victim.slug));
    expect(batches.length).toBe(Math.ceil(data.victims.length / BATCH));
    for (const batch of batches) expect(batch.length).toBeLessThanOrEqual(BATCH);
    expect(batches.flat()).toEqual(data.victims.map((victim) => victim.slug));
  });

  it('round-trips through CSV: one row per fact and source, every figure and event present', () => {
    // Written in batches, it is the same text as the whole export's CSV built in memory.
    expect(csv).toBe(memorialCsv(data));
    const parsed = parseCsv(csv);
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
