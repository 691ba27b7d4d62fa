import { describe, expect, it } from 'vitest';
import { parseCsv } from '@/lib/csv/read';
import { reportSummary, validateImportRows } from '@/lib/victims/import/dry-run';
import { findLikelyDuplicates, MAX_LISTED_MATCHES, normaliseName, type ExistingVictim } from '@/lib/victims/import/duplicates';
import { decodeCsvFile, importFileSha256, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, readImportFile, type ImportRow } from '@/lib/victims/import/file';
import { rowToVictimForm } from '@/lib/victims/import/validation';

const SOURCE_ID = 'source-id-1';
const context = (existing: ExistingVictim[] = []) => ({ sourceIdsByKey: new Map([['src', SOURCE_ID]]), existing });

function rows(csv: string): ImportRow[] {
  const file = readImportFile(csv);
  if (!file.ok) throw new Error(file.problems.join(' '));
  return file.rows;
}

function existingVictim(overrides: Partial<ExistingVictim> = {}): ExistingVictim {
  return {
    id: 'existing-1',
    slug: 'ali-aliyev',
    nameLatin: 'Ali Aliyev',
    nameCyrillic: null,
    nameRussian: null,
    otherNames: [],
    description: null,
    deathDate: new Date('1990-01-20T00:00:00Z'),
    deathDatePrecision: 'DAY',
    deletedAt: null,
    ...overrides,
  };
}

describe('parseCsv', () => {
  it('reads plain cells, and empty cells at either end of a row', () => {
    expect(parseCsv('a,b,c\n,x,\n')).toEqual({ ok: true, records: [['a', 'b', 'c'], ['', 'x', '']] });
  });

  it('reads quoted cells with commas, doubled quotes and line breaks, as one row', () => {
    expect(parseCsv('name,note\n"Aliyev, Ali","He said ""no"".\nThen left."\nnext,row')).toEqual({
      ok: true,
      records: [['name', 'note'], ['Aliyev, Ali', 'He said "no".\nThen left.'], ['next', 'row']],
    });
  });

  it('accepts CRLF and lone CR line breaks, inside quoted cells too, as LF', () => {
    expect(parseCsv('a,b\r\n"x\r\ny",z\r\n')).toEqual({ ok: true, records: [['a', 'b'], ['x\ny', 'z']] });
    expect(parseCsv('a\rb')).toEqual({ ok: true, records: [['a'], ['b']] });
  });

  it('ignores a byte-order mark and a final line break, and keeps a final row without one', () => {
    expect(parseCsv('\uFEFFslug\nx')).toEqual({ ok: true, records: [['slug'], ['x']] });
    expect(parseCsv('slug\nx\n')).toEqual({ ok: true, records: [['slug'], ['x']] });
    expect(parseCsv('')).toEqual({ ok: true, records: [] });
  });

  it('keeps an empty quoted cell, and a quoted cell at the very end', () => {
    expect(parseCsv('a,""\n"b"')).toEqual({ ok: true, records: [['a', ''], ['b']] });
  });

  it('keeps a quote inside an unquoted cell as it is', () => {
    expect(parseCsv('5" tall,x')).toEqual({ ok: true, records: [['5" tall', 'x']] });
  });

  it('refuses a quoted cell that is never closed, naming the row it starts in', () => {
    expect(parseCsv('a\nb\n"never closed,\nmore')).toEqual({ ok: false, row: 3, message: expect.stringContaining('row 3 is never closed') });
  });

  it('refuses text after a closing quote', () => {
    expect(parseCsv('a\n"x"y,z')).toMatchObject({ ok: false, row: 2 });
  });
});

describe('decodeCsvFile and importFileSha256', () => {
  it('decodes UTF-8, dropping the byte-order mark and normalising line breaks', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('nameLatin\r\nŞəhla\r\n')]);
    expect(decodeCsvFile(bytes)).toEqual({ ok: true, text: 'nameLatin\nŞəhla\n' });
  });

  it('refuses text that is not UTF-8 (a Windows-1251 export) and binary data', () => {
    expect(decodeCsvFile(new Uint8Array([0xcc, 0xe0, 0xec]))).toMatchObject({ ok: false, message: expect.stringContaining('not UTF-8') });
    expect(decodeCsvFile(new Uint8Array([0x61, 0x00, 0x62]))).toMatchObject({ ok: false, message: expect.stringContaining('binary') });
  });

  it('refuses a file over the size limit', () => {
    expect(decodeCsvFile(new Uint8Array(MAX_IMPORT_BYTES + 1))).toMatchObject({ ok: false, message: expect.stringContaining('at most 10 MB') });
  });

  it('hashes the same text the same whatever its line breaks, as browsers send hidden fields back with CRLF', () => {
    expect(importFileSha256('a,b\r\nc,d\r\n')).toBe(importFileSha256('a,b\nc,d\n'));
    expect(importFileSha256('a,b\nc,d\n')).not.toBe(importFileSha256('a,b\nc,e\n'));
  });
});

describe('readImportFile', () => {
  it('accepts the columns in any order and in any case, and numbers rows as a spreadsheet does', () => {
    const file = readImportFile('SourceKey, nameLatin\nsrc,"Two\nLines"\n\n,,\nsrc,Third\n');
    expect(file).toEqual({
      ok: true,
      rows: [
        { row: 2, cells: { sourceKey: 'src', nameLatin: 'Two\nLines' }, cellCountError: undefined },
        { row: 5, cells: { sourceKey: 'src', nameLatin: 'Third' }, cellCountError: undefined },
      ],
    });
  });

  it('refuses unknown columns, naming them, and a file without a sourceKey column', () => {
    const file = readImportFile('nameLatin,biography,notes\nA,b,c\n');
    expect(file.ok).toBe(false);
    if (file.ok) return;
    expect(file.problems).toEqual([
      expect.stringMatching(/^Unknown columns: “biography”, “notes”\. A file may have only these columns: slug, nameLatin/),
      expect.stringContaining('no sourceKey column'),
    ]);
  });

  it('refuses repeated and unnamed columns', () => {
    const file = readImportFile('nameLatin,NAMELATIN,,sourceKey\nA,B,,src\n');
    expect(file.ok ? [] : file.problems).toEqual([
      'Column 3 of the header has no name. Name the column or delete it.',
      'The column “nameLatin” appears more than once in the header.',
    ]);
  });

  it('explains a semicolon-separated file, an empty file and a header without rows', () => {
    expect(readImportFile('nameLatin;sourceKey\nA;src')).toMatchObject({ ok: false, problems: [expect.stringContaining('semicolons')] });
    expect(readImportFile('')).toMatchObject({ ok: false, problems: [expect.stringContaining('first row must be the header')] });
    expect(readImportFile('nameLatin,sourceKey\n\n')).toMatchObject({ ok: false, problems: ['The file has a header but no rows to import.'] });
  });

  it('refuses more rows than the limit', () => {
    const csv = `nameLatin,sourceKey\n${'A,src\n'.repeat(MAX_IMPORT_ROWS + 1)}`;
    expect(readImportFile(csv)).toMatchObject({ ok: false, problems: [expect.stringContaining('10,001 rows; at most 10,000')] });
  });

  it('marks a row whose cells do not match the header', () => {
    expect(rows('nameLatin,sourceKey\nA\n')[0]!.cellCountError).toContain('1 cell but the header has 2 columns');
  });
});

describe('rowToVictimForm', () => {
  it('maps a row to the victim form’s fields, with one citation', () => {
    expect(
      rowToVictimForm(
        { nameLatin: 'Ali', otherNames: 'Əli| Alı ', sex: 'male', fate: 'died of wounds', age: '30', sourceKey: 'src', quote: 'Words', page: '4' },
        SOURCE_ID,
      ),
    ).toEqual({
      nameLatin: 'Ali',
      age: '30',
      otherNames: 'Əli\n Alı ',
      sex: 'MALE',
      fate: 'DIED_OF_WOUNDS',
      'citations.0.sourceId': SOURCE_ID,
      'citations.0.quote': 'Words',
      'citations.0.page': '4',
    });
  });

  it('leaves an empty sex or fate to the form’s default', () => {
    const form = rowToVictimForm({ nameLatin: 'Ali', sex: ' ', fate: '' }, SOURCE_ID);
    expect(form).not.toHaveProperty('sex');
    expect(form).not.toHaveProperty('fate');
  });
});

describe('validateImportRows', () => {
  it('reports every error of a row under its column, with the form’s own messages', () => {
    const { report, inputs } = validateImportRows(
      rows('nameLatin,age,deathDate,sex,sourceKey,quote\nGood Person,30,1990-01-20,female,src,Words\n,old,1990-02-31,unknown,,\n'),
      context(),
    );
    expect(inputs).toHaveLength(1);
    expect(inputs[0]).toMatchObject({ row: 2, input: { slug: 'good-person', sex: 'FEMALE', age: 30, citations: [{ sourceId: SOURCE_ID, quote: 'Words' }] } });
    expect(report).toMatchObject({ toCreate: 1, invalid: 1, possibleDuplicates: 0 });
    expect(report.rows[1]).toMatchObject({ row: 3, name: 'Unidentified person', slug: null });
    expect(report.rows[1]!.errors.map((error) => error.column)).toEqual(['nameLatin', 'sex', 'age', 'deathDate', 'sourceKey']);
    expect(report.rows[1]!.errors.find((error) => error.column === 'deathDate')!.messages[0]).toContain('a day that exists');
  });

  it('refuses a source key that names no source', () => {
    const { report } = validateImportRows(rows('nameLatin,sourceKey,quote\nA,missing,Words\n'), context());
    expect(report.rows[0]!.errors).toEqual([{ column: 'sourceKey', messages: ['No source has the key “missing”. Copy the key from the list of sources.'] }]);
  });

  it('reports an address already taken by an existing record (deleted ones too) or by another row', () => {
    const { report } = validateImportRows(
      rows('slug,nameLatin,deathDate,sourceKey\n,Ali Aliyev,1989,src\nsame,B,,src\nsame,C,,src\nkept,D,,src\n'),
      context([existingVictim({ deletedAt: new Date() })]),
    );
    expect(report.rows.map((row) => row.errors.map((error) => error.messages.join(' ')))).toEqual([
      [expect.stringMatching(/^The address “ali-aliyev”, made from the name, is already used by an existing record \(Ali Aliyev, deleted\)/)],
      ['The address “same” is also that of row 4 of this file. Give each row its own slug.'],
      ['The address “same” is also that of row 3 of this file. Give each row its own slug.'],
      [],
    ]);
    expect(report).toMatchObject({ toCreate: 1, invalid: 3 });
  });

  it('reports a row whose cells do not match the header, and only that', () => {
    const { report } = validateImportRows(rows('nameLatin,sourceKey\nA,src,extra\n'), context());
    expect(report.rows[0]!.errors).toEqual([{ column: '', messages: [expect.stringContaining('3 cells but the header has 2 columns')] }]);
  });

  it('reports likely duplicates of existing records and of other rows, as warnings', () => {
    const { report } = validateImportRows(
      rows(
        [
          'slug,nameLatin,nameRussian,otherNames,deathDate,sourceKey',
          'ali-2,ALİ ALİYEV,,,1990-01-20,src',
          'rasim,Rasim,,,,src',
          'rasim-2,,Расим,Rasim|R.,,src',
          'rasim-3,Rasim,,,1990,src',
        ].join('\n'),
      ),
      context([existingVictim()]),
    );
    expect(report.rows.map((row) => row.duplicates)).toEqual([
      [{ kind: 'record', id: 'existing-1', slug: 'ali-aliyev', name: 'Ali Aliyev', deleted: false, sameName: 'Ali Aliyev' }],
      [{ kind: 'row', row: 4, sameName: 'Rasim' }],
      [{ kind: 'row', row: 3, sameName: 'Rasim' }],
      [],
    ]);
    expect(report).toMatchObject({ toCreate: 4, invalid: 0, possibleDuplicates: 3 });
    expect(reportSummary(report)).toBe('4 rows to create, 0 invalid rows, 3 possible duplicates.');
  });
});

describe('normaliseName and findLikelyDuplicates', () => {
  it('compares names without case, diacritics or punctuation', () => {
    expect(normaliseName('  Şahin  Öztürk-Çələbi ')).toBe('sahin ozturk cələbi'); // ə is a letter, not a diacritic: transliteration is another matter
    expect(normaliseName('İLHAM')).toBe(normaliseName('ilham'));
    expect(normaliseName('Alı')).toBe('ali');
    expect(normaliseName('Алёна')).toBe(normaliseName('Алена'));
  });

  it('needs the same date of death at the same precision, or both unknown', () => {
    const existing = [existingVictim({ deathDate: null, deathDatePrecision: 'UNKNOWN' })];
    const matches = findLikelyDuplicates(
      [
        { row: 2, names: ['ali aliyev'], deathKey: 'unknown' },
        { row: 3, names: ['Ali Aliyev'], deathKey: 'DAY:1990-01-20' },
        { row: 4, names: ['Ali Aliyev'], deathKey: null },
      ],
      existing,
    );
    expect([...matches.keys()]).toEqual([2]);
  });
});

describe('many namesakes in one file', () => {
  it('lists only the first few clashing rows and duplicates of each row', () => {
    const body = Array.from({ length: 2000 }, () => 'Same Name,,src').join('\n');
    const started = performance.now();
    const { report } = validateImportRows(rows(`nameLatin,deathDate,sourceKey\n${body}\n`), context());
    expect(performance.now() - started).toBeLessThan(5000);
    expect(report).toMatchObject({ invalid: 2000, possibleDuplicates: 2000 });
    expect(report.rows[0]!.duplicates).toHaveLength(MAX_LISTED_MATCHES);
    expect(report.rows[0]!.errors[0]!.messages[0]).toBe(
      'The address “same-name”, made from the name, is also that of rows 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 and 1,989 more of this file. Give each row its own slug.',
    );
  });
});
