import { beforeEach, describe, expect, it } from 'vitest';
import { parseVictimForm, type VictimInput } from '@/lib/victims/admin-schema';
import { dryRunVictimImport, importVictims } from '@/lib/victims/import/mutations';
import { createVictim as createVictimThroughForm, publishVictim, restoreVictimVersion, updateVictim, type VictimSnapshot } from '@/lib/victims/mutations';
import { BROAD_SEARCH_MATCHES, listVictims } from '@/lib/victims/search/search';
import { victimSearchKey } from '@/lib/victims/search/search-key';
import { backfillVictimSearchKeys } from '@/lib/victims/search/search-key-backfill';
import { VICTIMS_PAGE_SIZE, type VictimSearch } from '@/lib/victims/schema';
import { db, resetDatabase } from '@/tests/helpers/database';
import { createExternalSource, createVictim, DELETED, DRAFT, SCHEDULED } from '@/tests/helpers/factories';

let curator: { id: string };
let sourceId: string;

const search = (overrides: Partial<VictimSearch>): VictimSearch => ({ q: undefined, page: 1, ...overrides });
const slugsFor = async (overrides: Partial<VictimSearch>) => (await listVictims(search(overrides))).victims.map((victim) => victim.slug);

function formInput(fields: Record<string, string>): VictimInput {
  const parsed = parseVictimForm({ ...fields, 'citations.0.sourceId': sourceId, 'citations.0.quote': 'Quoted words.' });
  if (!parsed.success) throw new Error(`fixture must parse: ${JSON.stringify(parsed.fieldErrors)}`);
  return parsed.data;
}

/** Creates a record through the curators' own mutations and publishes it, as the site would. */
async function publishedThroughForm(fields: Record<string, string>) {
  const { record } = await createVictimThroughForm(curator, formInput(fields));
  await publishVictim(curator, record.id, 1, null);
  return record;
}

beforeEach(async () => {
  await resetDatabase();
  curator = await db.user.create({ data: { email: 'curator@test.example', name: 'Searching Curator', passwordHash: 'x' } });
  sourceId = (await createExternalSource()).id;
});

describe('the name search finds a record by any spelling', () => {
  // Test-only records: real spelling pairs stay here, never in the seed.
  const SPELLINGS: [fields: Record<string, string>, queries: string[]][] = [
    [{ nameLatin: 'Larissa Məmmədova' }, ['Larissa Məmmədova', 'larisa mammadova', 'Mamedova', 'Мамедова', 'Лариса', 'LARISSA', 'Mammadva', 'mamedowa']],
    [{ nameLatin: 'Əli Əliyev', nameRussian: 'Алиев Али' }, ['Aliyev', 'Aliev', 'Алиев', 'Əliyev', 'Ali Aliyev']],
    [{ nameLatin: 'Hüseyn Hüseynov' }, ['Huseynov', 'Guseynov', 'Гусейнов']],
    [{ nameLatin: 'Cəfər Cəfərov' }, ['Jafarov', 'Dzhafarov', 'Джафаров']],
    [{ nameLatin: 'Vaqif Qasımov' }, ['Gasimov', 'Kasimov', 'Касымов']],
    [{ nameLatin: 'Nazim Şükürov' }, ['Shukurov', 'Шукюров']],
    [{ nameLatin: 'Rauf Xəlilov' }, ['Khalilov', 'Халилов']],
    [{ nameLatin: 'Çingiz Ağayev' }, ['Chingiz', 'Чингиз', 'Aghayev', 'Agaev', 'Агаев']],
    [{ nameLatin: 'Fuad Hacıyev' }, ['Hajiyev', 'Gadzhiev', 'Гаджиев']],
    [{ nameLatin: 'Tofiq Köçərli' }, ['Kocharli', 'Кочарли']],
    [{ nameLatin: 'Yusif Həsənov', otherNames: 'Yusuf Gasanov' }, ['Yusif', 'Yusuf', 'Юсиф', 'Гасанов']],
    [{ nameLatin: 'Elçin Mustafa oğlu Quliyev' }, ['Мустафаевич', 'Mustafa oglu', 'Elchin Guliyev']],
  ];

  it('each spelling of each name finds its record, and unrelated names do not', async () => {
    const records = new Map<string, string>();
    for (const [fields] of SPELLINGS) records.set(fields.nameLatin!, (await publishedThroughForm(fields)).slug);
    for (const [fields, queries] of SPELLINGS) {
      const slug = records.get(fields.nameLatin!)!;
      for (const q of queries) expect(await slugsFor({ q }), `"${q}" should find ${fields.nameLatin}`).toContain(slug);
    }
    // Names that share letters but are different people.
    expect(await slugsFor({ q: 'Aliyev' })).not.toContain(records.get('Elçin Mustafa oğlu Quliyev'));
    expect(await slugsFor({ q: 'Quliyev' })).not.toContain(records.get('Əli Əliyev'));
    expect(await slugsFor({ q: 'Kərimov' })).toEqual([]);
    expect(await slugsFor({ q: 'Петров' })).toEqual([]);
  });

  it('ranks an exact name form first, then a name that begins with the query, then similar names; ties by name', async () => {
    const source = sourceId;
    const fuzzy = await createVictim(source, { nameLatin: 'Mammadov' });
    const prefix = await createVictim(source, { nameLatin: 'Mammadova Larissa' });
    const exactB = await createVictim(source, { nameLatin: 'Məmmədova' });
    const exactA = await createVictim(source, { nameLatin: 'Mamedova', nameCyrillic: 'Мамедова' });
    const ranked = await slugsFor({ q: 'Mammadova' });
    expect(ranked).toEqual([exactA.slug, exactB.slug, prefix.slug, fuzzy.slug]);
    // A typo finds the same records, the whole-word matches before the shorter name.
    expect((await slugsFor({ q: 'Mammadva' })).slice(0, 3).sort()).toEqual([exactA.slug, exactB.slug, prefix.slug].sort());
    expect((await slugsFor({ q: 'Mammadva' })).at(-1)).toBe(fuzzy.slug);
  });

  it('finds an unnamed person by the source’s description', async () => {
    const doctor = await createVictim(sourceId, { description: 'a young doctor shot in ambulance' });
    expect(await slugsFor({ q: 'doctor' })).toEqual([doctor.slug]);
  });
});

describe('filters combine with the name search', () => {
  it('place, age, date of death and fate narrow the matches', async () => {
    const baku = await createVictim(sourceId, {
      nameLatin: 'Aydın Əliyev',
      deathPlace: 'Baku',
      age: 30,
      fate: 'KILLED',
      deathDate: new Date('1990-01-20'),
      deathDatePrecision: 'DAY',
    });
    const january = await createVictim(sourceId, {
      nameLatin: 'Rəşid Əliyev',
      deathPlace: 'Baku',
      age: 45,
      fate: 'DIED_OF_WOUNDS',
      deathDate: new Date('1990-01-01'),
      deathDatePrecision: 'MONTH',
    });
    const lankaran = await createVictim(sourceId, {
      nameLatin: 'Vahid Əliyev',
      deathPlace: 'Lankaran',
      age: 19,
      fate: 'MISSING',
      deathDate: new Date('1990-01-25'),
      deathDatePrecision: 'DAY',
    });
    const unknownDate = await createVictim(sourceId, { nameLatin: 'Samir Əliyev', age: 30, fate: 'KILLED' });
    await createVictim(sourceId, { nameLatin: 'Oleg Petrov', deathPlace: 'Baku', age: 30, fate: 'KILLED' });
    const sorted = async (overrides: Partial<VictimSearch>) => (await slugsFor(overrides)).sort();

    expect(await sorted({ q: 'Aliev' })).toEqual([baku.slug, january.slug, lankaran.slug, unknownDate.slug].sort());
    expect(await sorted({ q: 'Aliev', place: 'Baku' })).toEqual([baku.slug, january.slug].sort());
    expect(await sorted({ q: 'Aliev', place: 'not-recorded' })).toEqual([unknownDate.slug]);
    expect(await sorted({ q: 'Aliev', ageMin: 25, ageMax: 40 })).toEqual([baku.slug, unknownDate.slug].sort());
    expect(await sorted({ q: 'Aliev', fate: 'KILLED' })).toEqual([baku.slug, unknownDate.slug].sort());
    expect(await sorted({ q: 'Aliev', fate: 'MISSING', place: 'Lankaran' })).toEqual([lankaran.slug]);
    // "January 1990" overlaps 20–21 January; an unknown date matches no date range.
    expect(await sorted({ q: 'Aliev', diedFrom: '1990-01-20', diedTo: '1990-01-21' })).toEqual([baku.slug, january.slug].sort());
    expect(await sorted({ q: 'Aliev', diedFrom: '1990-01-22' })).toEqual([january.slug, lankaran.slug].sort());
    expect(await sorted({ q: 'Aliev', diedTo: '1989-12-31' })).toEqual([]);
    const counted = await listVictims(search({ q: 'Aliev', place: 'Baku' }));
    expect(counted.total).toBe(2);
  });

  it('pages the matches with a total count', async () => {
    for (let index = 0; index < VICTIMS_PAGE_SIZE + 3; index += 1) {
      await createVictim(sourceId, { nameLatin: `Kamran Məmmədov ${String(index).padStart(2, '0')}` });
    }
    await createVictim(sourceId, { nameLatin: 'Oleg Petrov' });
    const first = await listVictims(search({ q: 'Mamedov' }));
    const second = await listVictims(search({ q: 'Mamedov', page: 2 }));
    expect(first).toMatchObject({ total: VICTIMS_PAGE_SIZE + 3, pageCount: 2 });
    expect(first.victims).toHaveLength(VICTIMS_PAGE_SIZE);
    expect(second.victims.map((victim) => victim.nameLatin)).toEqual(['Kamran Məmmədov 50', 'Kamran Məmmədov 51', 'Kamran Məmmədov 52']);
    // A page past the end is empty but still says how many match.
    expect(await listVictims(search({ q: 'Mamedov', page: 5 }))).toEqual({ victims: [], total: VICTIMS_PAGE_SIZE + 3, pageCount: 2 });
    expect(await listVictims(search({ q: 'Mamedov', fate: 'MISSING' }))).toEqual({ victims: [], total: 0, pageCount: 1 });
  });
});

describe('a broad search', () => {
  it('past the bound, says “more than” and lists the exact-word matches by name, without fuzzy ones', async () => {
    // More than the bound of one surname, written in one statement as the CSV import does.
    const names = Array.from({ length: BROAD_SEARCH_MATCHES + 5 }, (_, index) => `Aydın Qasımov ${String(index).padStart(4, '0')}`);
    await db.victim.createMany({
      data: names.map((nameLatin, index) => ({ slug: `broad-${index}`, status: 'PUBLISHED' as const, nameLatin, searchKey: victimSearchKey({ nameLatin, otherNames: [] }) })),
    });
    // A similar but different surname: a fuzzy match, which a broad search leaves out.
    await createVictim(sourceId, { nameLatin: 'Aaron Qasımova' });
    await createVictim(sourceId, { nameLatin: 'Aaron Qasımova', status: 'DRAFT' });
    const first = await listVictims(search({ q: 'Гасымов' }));
    expect(first).toMatchObject({ total: BROAD_SEARCH_MATCHES, totalIsAtLeast: true, pageCount: BROAD_SEARCH_MATCHES / VICTIMS_PAGE_SIZE });
    expect(first.victims.map((victim) => victim.nameLatin)).toEqual(names.slice(0, VICTIMS_PAGE_SIZE));
    const second = await listVictims(search({ q: 'Гасымов', page: 2 }));
    expect(second.victims.map((victim) => victim.nameLatin)).toEqual(names.slice(VICTIMS_PAGE_SIZE, 2 * VICTIMS_PAGE_SIZE));
    // Narrowed below the bound, the same search is counted exactly and ranked again.
    const narrowed = await listVictims(search({ q: 'Aydın Qasımov 0007' }));
    expect(narrowed.totalIsAtLeast).toBeUndefined();
    expect(narrowed.victims[0]?.nameLatin).toBe('Aydın Qasımov 0007');
  });
});

describe('filters alone', () => {
  it('count every match exactly, past the bound too, and list them by name page by page', async () => {
    const names = Array.from({ length: BROAD_SEARCH_MATCHES + 5 }, (_, index) => `Filter Person ${String(index).padStart(4, '0')}`);
    await db.victim.createMany({
      data: names.map((nameLatin, index) => ({
        slug: `filtered-${index}`,
        status: 'PUBLISHED' as const,
        nameLatin,
        home: 'Filter Home',
        searchKey: victimSearchKey({ nameLatin, otherNames: [] }),
      })),
    });
    await createVictim(sourceId, { nameLatin: 'Filter Draft', home: 'Filter Home', status: 'DRAFT' });
    const pageCount = Math.ceil(names.length / VICTIMS_PAGE_SIZE);
    const first = await listVictims(search({ home: 'Filter Home' }));
    expect(first).toMatchObject({ total: names.length, pageCount });
    expect(first.totalIsAtLeast).toBeUndefined();
    expect(first.victims.map((victim) => victim.nameLatin)).toEqual(names.slice(0, VICTIMS_PAGE_SIZE));
    const last = await listVictims(search({ home: 'Filter Home', page: pageCount }));
    expect(last.victims.map((victim) => victim.nameLatin)).toEqual(names.slice((pageCount - 1) * VICTIMS_PAGE_SIZE));
    // A page past the end is empty but still says how many match.
    expect(await listVictims(search({ home: 'Filter Home', page: pageCount + 3 }))).toEqual({ victims: [], total: names.length, pageCount });
  });
});

describe('only public records are found', () => {
  it('never finds drafts, scheduled or deleted records', async () => {
    const visible = await createVictim(sourceId, { nameLatin: 'Larissa Mammadova' });
    await createVictim(sourceId, { nameLatin: 'Larissa Mammadova', ...DRAFT });
    await createVictim(sourceId, { nameLatin: 'Larissa Mammadova', ...SCHEDULED() });
    await createVictim(sourceId, { nameLatin: 'Larissa Mammadova', ...DELETED() });
    const result = await listVictims(search({ q: 'Мамедова' }));
    expect(result.victims.map((victim) => victim.slug)).toEqual([visible.slug]);
    expect(result.total).toBe(1);
  });
});

describe('the search key follows every write', () => {
  const keyOf = async (id: string) => (await db.victim.findUniqueOrThrow({ where: { id }, select: { searchKey: true } })).searchKey;

  it('on create, update and restore', async () => {
    const { record } = await createVictimThroughForm(curator, formInput({ slug: 'test-person', nameLatin: 'Əli Əliyev', language: 'az' }));
    expect(await keyOf(record.id)).toBe(victimSearchKey({ nameLatin: 'Əli Əliyev' }));
    expect(await db.victim.findUniqueOrThrow({ where: { id: record.id }, select: { language: true } })).toEqual({ language: 'az' });
    const created = await db.auditEntry.findFirstOrThrow({ where: { entityId: record.id } });

    await updateVictim(curator, record.id, 1, formInput({ slug: 'test-person', nameLatin: 'Vaqif Qasımov', nameCyrillic: 'Вагиф Касымов', otherNames: 'Vagif Gasimov', language: 'az' }));
    expect(await keyOf(record.id)).toBe('|vakif kasimov|');
    await publishVictim(curator, record.id, 2, null);
    expect(await slugsFor({ q: 'Kasimov' })).toEqual([record.slug]);
    expect(await slugsFor({ q: 'Aliyev' })).toEqual([]);

    await restoreVictimVersion(curator, record.id, 3, created.after as unknown as VictimSnapshot);
    expect(await keyOf(record.id)).toBe('|ali aliav|');
    expect(await slugsFor({ q: 'Aliyev' })).toEqual([record.slug]);
    expect(await slugsFor({ q: 'Kasimov' })).toEqual([]);
  });

  it('a restore of a snapshot without a language keeps the record’s language', async () => {
    const { record } = await createVictimThroughForm(curator, formInput({ nameLatin: 'Əli Əliyev', language: 'ru' }));
    const created = await db.auditEntry.findFirstOrThrow({ where: { entityId: record.id } });
    const { language: _language, ...olderSnapshot } = created.after as unknown as VictimSnapshot;
    await updateVictim(curator, record.id, 1, formInput({ nameLatin: 'Changed', language: 'ru' }));
    await restoreVictimVersion(curator, record.id, 2, olderSnapshot as VictimSnapshot);
    expect(await db.victim.findUniqueOrThrow({ where: { id: record.id }, select: { language: true, searchKey: true } })).toEqual({
      language: 'ru',
      searchKey: '|ali aliav|',
    });
  });

  it('on CSV import', async () => {
    await db.source.update({ where: { id: sourceId }, data: { key: 'search-test-source' } });
    const text = 'nameLatin,nameCyrillic,otherNames,sourceKey\r\nSynthetic Search Həsənov,Синтетик Гасанов,S. Hasanov|Synthetic Gasanov,search-test-source\r\n';
    const dryRun = await dryRunVictimImport(text);
    if (!dryRun.ok) throw new Error(dryRun.problems.join(' '));
    await importVictims(curator, text, { expectedSha256: dryRun.sha256 });
    const imported = await db.victim.findFirstOrThrow({ select: { searchKey: true, language: true } });
    expect(imported).toEqual({
      searchKey: victimSearchKey({ nameLatin: 'Synthetic Search Həsənov', nameCyrillic: 'Синтетик Гасанов', otherNames: ['S. Hasanov', 'Synthetic Gasanov'] }),
      language: 'en',
    });
    expect(imported.searchKey).toContain('|s kasanov|');
  });

  it('the backfill gives rows written before the key existed their key, and leaves the record’s version alone', async () => {
    const old = await createVictim(sourceId, { nameLatin: 'Larissa Mammadova', nameCyrillic: 'Лариса Мамедова' });
    const current = await createVictim(sourceId, { nameLatin: 'Vaqif Qasımov' });
    await db.$executeRaw`UPDATE "Victim" SET "searchKey" = '' WHERE id = ${old.id}`;
    expect(await slugsFor({ q: 'Mamedova' })).toEqual([]);

    const run = (sql: string, parameters: unknown[]) => db.$queryRawUnsafe<unknown[]>(sql, ...parameters);
    expect(await backfillVictimSearchKeys(run, 1)).toBe(1);
    expect(await keyOf(old.id)).toBe('|larisa mamadova|');
    expect(await keyOf(current.id)).toBe('|vakif kasimov|');
    expect(await db.victim.findUniqueOrThrow({ where: { id: old.id }, select: { version: true, updatedAt: true } })).toEqual({
      version: old.version,
      updatedAt: old.updatedAt,
    });
    expect(await slugsFor({ q: 'Mamedova' })).toEqual([old.slug]);
    expect(await backfillVictimSearchKeys(run)).toBe(0);
  });
});
