import { beforeEach, describe, expect, it } from 'vitest';
import { parseVictimForm } from '@/lib/victims/admin-schema';
import { newRecordId } from '@/lib/victims/import/bulk-insert';
import { dryRunVictimImport, importVictims, VictimImportRefusedError } from '@/lib/victims/import/mutations';
import { createVictim as createVictimThroughForm, restoreVictimVersion, updateVictim, type VictimSnapshot } from '@/lib/victims/mutations';
import { db, resetDatabase } from '@/tests/helpers/database';
import { createExternalSource, createVictim } from '@/tests/helpers/factories';

let curator: { id: string };
let sourceId: string;
const SOURCE_KEY = 'import-test-source';

const HEADER = 'nameLatin,nameCyrillic,otherNames,sex,birthDate,age,fate,deathDate,deathPlace,circumstances,sourceKey,quote,page';
const GOOD_ROWS = [
  `Synthetic Import Alpha,Синтетик Альфа,S. Alpha|Alfa,female,1960-03,29,killed,1990-01-20,Baku,"Shot at night, near the station.",${SOURCE_KEY},"The words ""as quoted"".",12`,
  `Synthetic Import Beta,,,male,,,not stated,1990-01,,,${SOURCE_KEY},,`,
];

function csv(...rows: string[]): string {
  return `${HEADER}\r\n${rows.join('\r\n')}\r\n`;
}

async function dryRun(text: string) {
  const result = await dryRunVictimImport(text);
  if (!result.ok) throw new Error(result.problems.join(' '));
  return result;
}

async function counts() {
  const [victims, citations, audits] = await Promise.all([db.victim.count(), db.citation.count(), db.auditEntry.count()]);
  return { victims, citations, audits };
}

beforeEach(async () => {
  await resetDatabase();
  curator = await db.user.create({ data: { email: 'curator@test.example', name: 'Importing Curator', passwordHash: 'x' } });
  sourceId = (await createExternalSource({ key: SOURCE_KEY })).id;
});

describe('dryRunVictimImport', () => {
  it('reports invalid rows with their row numbers and every error, and writes nothing', async () => {
    const text = csv(GOOD_ROWS[0]!, `,,,,,old,,1990-02-31,,,no-such-source,,`, GOOD_ROWS[1]!);
    const { report } = await dryRun(text);
    expect(report).toMatchObject({ toCreate: 2, invalid: 1, possibleDuplicates: 0 });
    expect(report.rows.map((row) => row.row)).toEqual([2, 3, 4]);
    expect(report.rows[1]!.errors).toEqual([
      { column: 'nameLatin', messages: [expect.stringContaining('Give a name')] },
      { column: 'age', messages: ['The age must be a whole number.'] },
      { column: 'deathDate', messages: [expect.stringContaining('a day that exists')] },
      { column: 'sourceKey', messages: ['No source has the key “no-such-source”. Copy the key from the list of sources.'] },
    ]);
    expect(await counts()).toEqual({ victims: 0, citations: 0, audits: 0 });
  });

  it('reports likely duplicates of existing records and of other rows in the file', async () => {
    await createVictim(sourceId, { slug: 'existing', nameLatin: 'Rasim Synthetic', deathDate: new Date('1990-01-20T00:00:00Z'), deathDatePrecision: 'DAY' });
    const text = csv(
      `RASIM SYNTHETİC,,,,,,,1990-01-20,,,${SOURCE_KEY},,`,
      `Twin Synthetic,,,,,,,,,,${SOURCE_KEY},,`,
      `Other Spelling,,Twin Synthetic,,,,,,,,${SOURCE_KEY},,`,
    );
    const { report } = await dryRun(text);
    expect(report.rows.map((row) => row.duplicates)).toEqual([
      [expect.objectContaining({ kind: 'record', slug: 'existing', name: 'Rasim Synthetic', deleted: false })],
      [{ kind: 'row', row: 4, sameName: 'Twin Synthetic' }],
      [{ kind: 'row', row: 3, sameName: 'Twin Synthetic' }],
    ]);
    expect(report).toMatchObject({ toCreate: 3, invalid: 0, possibleDuplicates: 3 });
  });

  it('refuses a file whose header names an unknown column', async () => {
    expect(await dryRunVictimImport('nameLatin,sourceKey,notes\nA,b,c\n')).toEqual({ ok: false, problems: [expect.stringContaining('Unknown column: “notes”')] });
  });
});

describe('importVictims', () => {
  it('creates every row as a draft with its citation and one import audit entry, in one go', async () => {
    const text = csv(...GOOD_ROWS);
    const { sha256 } = await dryRun(text);
    const result = await importVictims(curator, text, { expectedSha256: sha256 });
    expect(result).toEqual({ record: { created: 2 }, tags: ['victims'] });

    const victims = await db.victim.findMany({ orderBy: { slug: 'asc' }, include: { citations: true } });
    expect(victims).toMatchObject([
      {
        slug: 'synthetic-import-alpha',
        status: 'DRAFT',
        version: 1,
        nameLatin: 'Synthetic Import Alpha',
        nameCyrillic: 'Синтетик Альфа',
        otherNames: ['S. Alpha', 'Alfa'],
        sex: 'FEMALE',
        birthDate: new Date('1960-03-01T00:00:00Z'),
        birthDatePrecision: 'MONTH',
        age: 29,
        fate: 'KILLED',
        deathDate: new Date('1990-01-20T00:00:00Z'),
        deathDatePrecision: 'DAY',
        deathPlace: 'Baku',
        circumstances: 'Shot at night, near the station.',
        deletedAt: null,
        publishAt: null,
        citations: [{ sourceId, quote: 'The words "as quoted".', page: '12', quoteIsVerbatim: true, position: 0, eventId: null }],
      },
      { slug: 'synthetic-import-beta', nameCyrillic: null, otherNames: [], sex: 'MALE', fate: 'NOT_STATED', deathDatePrecision: 'MONTH', citations: [{ sourceId, quote: null, page: null }] },
    ]);
    for (const victim of victims) {
      expect(victim.id).toMatch(/^c[a-z0-9]{24}$/);
      expect(Math.abs(victim.updatedAt.getTime() - Date.now())).toBeLessThan(60_000);
    }

    const audits = await db.auditEntry.findMany({ orderBy: { entityId: 'asc' } });
    expect(audits).toHaveLength(2);
    expect(audits.map((entry) => [entry.action, entry.entityType, entry.userId, entry.before])).toEqual([
      ['import', 'Victim', curator.id, null],
      ['import', 'Victim', curator.id, null],
    ]);
    expect(new Set(audits.map((entry) => entry.entityId))).toEqual(new Set(victims.map((victim) => victim.id)));
  });

  it('records the same audit snapshot as a record created through the form, which history can restore', async () => {
    const text = csv(GOOD_ROWS[0]!);
    const { sha256 } = await dryRun(text);
    await importVictims(curator, text, { expectedSha256: sha256 });
    const imported = await db.victim.findFirstOrThrow();
    const importedAudit = await db.auditEntry.findFirstOrThrow({ where: { entityId: imported.id } });

    const parsed = parseVictimForm({ nameLatin: 'Synthetic Form Person', slug: 'form-person', 'citations.0.sourceId': sourceId });
    if (!parsed.success) throw new Error('fixture must parse');
    const { record } = await createVictimThroughForm(curator, parsed.data);
    const created = await db.auditEntry.findFirstOrThrow({ where: { entityId: record.id } });
    expect(Object.keys(importedAudit.after as object).sort()).toEqual(Object.keys(created.after as object).sort());
    expect(importedAudit.after).toMatchObject({ id: imported.id, version: 1, status: 'DRAFT', otherNames: ['S. Alpha', 'Alfa'], deathDate: '1990-01-20T00:00:00.000Z' });

    await updateVictim(curator, imported.id, 1, { ...parsed.data, slug: 'changed', citations: [] });
    await restoreVictimVersion(curator, imported.id, 2, importedAudit.after as unknown as VictimSnapshot);
    expect(await db.victim.findUniqueOrThrow({ where: { id: imported.id }, include: { citations: true } })).toMatchObject({
      slug: 'synthetic-import-alpha',
      nameLatin: 'Synthetic Import Alpha',
      citations: [{ sourceId, page: '12' }],
    });
  });

  it('writes nothing at all when one row is invalid', async () => {
    const text = csv(GOOD_ROWS[0]!, `Bad Row Synthetic,,,,,999,,,,,${SOURCE_KEY},,`, GOOD_ROWS[1]!);
    const { sha256, report } = await dryRun(text);
    expect(report.invalid).toBe(1);
    const attempt = importVictims(curator, text, { expectedSha256: sha256 });
    await expect(attempt).rejects.toBeInstanceOf(VictimImportRefusedError);
    await expect(attempt).rejects.toMatchObject({ message: expect.stringContaining('one row is invalid'), report: { invalid: 1 } });
    expect(await counts()).toEqual({ victims: 0, citations: 0, audits: 0 });
  });

  it('reports the rows of a file imported before as address clashes and duplicates, and imports nothing again', async () => {
    const text = csv(...GOOD_ROWS);
    const { sha256 } = await dryRun(text);
    await importVictims(curator, text, { expectedSha256: sha256 });

    const again = await dryRun(text);
    expect(again.report).toMatchObject({ toCreate: 0, invalid: 2, possibleDuplicates: 2 });
    expect(again.report.rows[0]!.errors).toEqual([
      { column: 'slug', messages: [expect.stringContaining('“synthetic-import-alpha”, made from the name, is already used by an existing record (Synthetic Import Alpha)')] },
    ]);
    expect(again.report.rows[0]!.duplicates).toEqual([expect.objectContaining({ kind: 'record', slug: 'synthetic-import-alpha' })]);
    await expect(importVictims(curator, text, { expectedSha256: sha256, acknowledgedDuplicates: 2 })).rejects.toMatchObject({ report: { invalid: 2 } });
    expect(await counts()).toEqual({ victims: 2, citations: 2, audits: 2 });
  });

  it('refuses possible duplicates the curator has not acknowledged, and imports them once acknowledged', async () => {
    await createVictim(sourceId, { slug: 'existing', nameLatin: 'Synthetic Import Beta', deathDate: new Date('1990-01-01T00:00:00Z'), deathDatePrecision: 'MONTH' });
    const text = csv(...GOOD_ROWS);
    const { sha256, report } = await dryRun(text);
    expect(report.possibleDuplicates).toBe(1);
    await expect(importVictims(curator, text, { expectedSha256: sha256 })).rejects.toMatchObject({ message: expect.stringContaining('one row looks like a duplicate') });
    expect(await db.victim.count()).toBe(1);
    await importVictims(curator, text, { expectedSha256: sha256, acknowledgedDuplicates: 1 });
    expect(await db.victim.count()).toBe(3);
  });

  it('refuses a text other than the one that was checked', async () => {
    const { sha256 } = await dryRun(csv(GOOD_ROWS[0]!));
    await expect(importVictims(curator, csv(...GOOD_ROWS), { expectedSha256: sha256 })).rejects.toThrow('not the one that was checked');
    // The same file sent back by a browser, with CRLF line breaks, is the same file.
    await importVictims(curator, csv(GOOD_ROWS[0]!).replace(/\r\n/g, '\n'), { expectedSha256: sha256 });
    expect(await db.victim.count()).toBe(1);
  });

  it('turns an address taken while it was writing into a refusal, and writes nothing', async () => {
    const text = csv(...GOOD_ROWS);
    const { sha256 } = await dryRun(text);
    // Another curator takes the second row's address after the import's checks have run. The race
    // is made deterministic (and possible on the embedded PostgreSQL, which runs one session at a
    // time) by a trigger that creates that record inside the import's own write, just before it.
    await db.$executeRawUnsafe(`
      CREATE FUNCTION take_import_address() RETURNS trigger AS $$
      BEGIN
        IF NEW.slug = 'synthetic-import-alpha' THEN
          INSERT INTO "Victim" (id, slug, "nameLatin", "updatedAt")
          VALUES ('ctakenbyanothercurator00', 'synthetic-import-beta', 'Someone Else Synthetic', now());
        END IF;
        RETURN NEW;
      END $$ LANGUAGE plpgsql`);
    await db.$executeRawUnsafe(
      'CREATE TRIGGER take_import_address BEFORE INSERT ON "Victim" FOR EACH ROW EXECUTE FUNCTION take_import_address()',
    );
    try {
      const error = await importVictims(curator, text, { expectedSha256: sha256 }).then(
        () => null,
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(VictimImportRefusedError);
      expect((error as Error).message).toContain('another record took one of its addresses');
      // The whole write rolled back: none of the file's rows, and not the other record either.
      expect(await counts()).toEqual({ victims: 0, citations: 0, audits: 0 });
    } finally {
      await db.$executeRawUnsafe('DROP TRIGGER take_import_address ON "Victim"');
      await db.$executeRawUnsafe('DROP FUNCTION take_import_address()');
    }
  });

  it('makes ids that look like the cuids Prisma makes', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => newRecordId()));
    expect(ids.size).toBe(1000);
    for (const id of ids) expect(id).toMatch(/^c[a-z0-9]{24}$/);
  });
});
