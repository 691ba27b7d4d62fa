import { describe, expect, it } from 'vitest';
import { parseCsv } from '@/lib/csv/read';
import { csvCell, toCsv } from '@/lib/csv/write';

describe('csvCell', () => {
  it('writes plain text, numbers, booleans and empty values as they are', () => {
    expect(csvCell('Baku')).toBe('Baku');
    expect(csvCell(134)).toBe('134');
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(true)).toBe('true');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell('')).toBe('');
  });

  it('quotes cells with commas, quotes and line breaks, doubling inner quotes', () => {
    expect(csvCell('Baku, Azerbaijan')).toBe('"Baku, Azerbaijan"');
    expect(csvCell('the “Black January”, "so-called"')).toBe('"the “Black January”, ""so-called"""');
    expect(csvCell('line one\nline two')).toBe('"line one\nline two"');
    expect(csvCell('cr\r\nlf')).toBe('"cr\r\nlf"');
  });

  it('neutralises text that a spreadsheet would read as a formula', () => {
    expect(csvCell('=HYPERLINK("http://evil.example","x")')).toBe(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(csvCell('+1+1')).toBe("'+1+1");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell('– more than 130')).toBe('– more than 130');
  });
});

describe('toCsv', () => {
  it('ends every record with CRLF and round-trips through the import’s parser', () => {
    const rows = [
      ['record_type', 'quote', 'value'],
      ['figure', 'more than 130, "killed"\nin Baku', 131],
      ['event', 'Ə, ğ, ı, ş, ç, ö, ü — Январь', null],
    ];
    const text = toCsv(rows);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n')[0]).toBe('record_type,quote,value');
    const parsed = parseCsv(text.replace(/\r\n/g, '\n'));
    expect(parsed).toEqual({
      ok: true,
      records: [
        ['record_type', 'quote', 'value'],
        ['figure', 'more than 130, "killed"\nin Baku', '131'],
        ['event', 'Ə, ğ, ı, ş, ç, ö, ü — Январь', ''],
      ],
    });
  });
});
