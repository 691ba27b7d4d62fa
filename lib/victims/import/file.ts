import { createHash } from 'node:crypto';
import { normaliseCsvText, parseCsv } from '@/lib/csv/read';
import { mapImportHeader, type ImportCells } from '@/lib/victims/import/columns';

/**
 * Reading an uploaded import file: its bytes as text, the text as rows of cells by column, and the
 * hash that ties the confirmation to the file checked. Pure: no database.
 */

export const MAX_IMPORT_ROWS = 10_000;
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/** SHA-256 of the normalised text: what the confirmation step checks it imports the file previewed. */
export function importFileSha256(text: string): string {
  return createHash('sha256').update(normaliseCsvText(text), 'utf8').digest('hex');
}

/** The bytes of an uploaded file as text, refusing anything that is not UTF-8 text. */
export function decodeCsvFile(bytes: Uint8Array): { ok: true; text: string } | { ok: false; message: string } {
  if (bytes.length > MAX_IMPORT_BYTES) return { ok: false, message: tooLargeMessage(bytes.length) };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return {
      ok: false,
      message:
        'The file is not UTF-8 text. Save it from the spreadsheet as “CSV UTF-8 (comma delimited)” (Excel) or as CSV with the UTF-8 character set (LibreOffice, Google Sheets); a workbook (.xlsx) must be saved as CSV first.',
    };
  }
  if (text.includes('\u0000')) {
    return { ok: false, message: 'The file contains binary data, so it is not a CSV file. Save it from the spreadsheet as “CSV UTF-8 (comma delimited)”.' };
  }
  return { ok: true, text: normaliseCsvText(text) };
}

function tooLargeMessage(bytes: number): string {
  const megabytes = (bytes / 1024 / 1024).toFixed(1);
  return `The file is ${megabytes} MB; at most ${MAX_IMPORT_BYTES / 1024 / 1024} MB can be imported at once. Split it into several files.`;
}

/** One data row of the file: its row number as a spreadsheet shows it (the header is row 1). */
export type ImportRow = {
  row: number;
  cells: ImportCells;
  /** Set when the row has more or fewer cells than the header has columns. */
  cellCountError?: string;
};

export type ImportFile = { ok: true; rows: ImportRow[] } | { ok: false; problems: string[] };

function isBlank(cells: string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

/**
 * Reads a whole file: its header (required; see mapImportHeader) and its rows, skipping empty rows
 * but counting them, so that row numbers stay those of the spreadsheet. Returns every problem that
 * stops the whole file at once.
 */
export function readImportFile(text: string): ImportFile {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_IMPORT_BYTES) return { ok: false, problems: [tooLargeMessage(bytes)] };
  const parsed = parseCsv(text);
  if (!parsed.ok) return { ok: false, problems: [parsed.message] };
  const [header, ...records] = parsed.records;
  if (!header || isBlank(header)) {
    return { ok: false, problems: ['The first row must be the header, naming the columns (for example slug,nameLatin,…,sourceKey,quote,page).'] };
  }
  if (header.length === 1 && header[0]!.includes(';')) {
    return { ok: false, problems: ['The header row has semicolons but no commas. Save the file as comma-separated: “CSV UTF-8 (comma delimited)”.'] };
  }
  const { columns, problems } = mapImportHeader(header);

  const rows: ImportRow[] = [];
  records.forEach((cells, position) => {
    if (isBlank(cells)) return;
    const row = position + 2;
    const values: ImportCells = {};
    columns.forEach((column, cellIndex) => {
      if (column) values[column] = cells[cellIndex] ?? '';
    });
    const cellCountError =
      cells.length === header.length
        ? undefined
        : `This row has ${cells.length} ${cells.length === 1 ? 'cell' : 'cells'} but the header has ${header.length} columns: a cell is missing or a comma is not in quotes.`;
    rows.push({ row, cells: values, cellCountError });
  });
  if (rows.length === 0 && problems.length === 0) problems.push('The file has a header but no rows to import.');
  if (rows.length > MAX_IMPORT_ROWS) {
    problems.push(
      `The file has ${rows.length.toLocaleString('en')} rows; at most ${MAX_IMPORT_ROWS.toLocaleString('en')} can be imported at once. Split it into several files.`,
    );
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, rows };
}

/** The source keys a file names, for looking their sources up. */
export function sourceKeysOf(rows: ImportRow[]): string[] {
  return [...new Set(rows.map((row) => row.cells.sourceKey?.trim() ?? '').filter(Boolean))];
}
