import { CsvError, parse, type Options } from 'csv-parse/sync';

/**
 * Reading CSV text: the one place that knows which library does it (csv-parse). Callers get rows of
 * strings, or a sentence for the curator naming the row that cannot be read.
 */

/**
 * The text with a byte-order mark removed and every line break as LF. Browsers send form text back
 * with CRLF line breaks, so a file is compared (and hashed) in this form; line breaks inside a cell
 * are read as LF too.
 */
export function normaliseCsvText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

export type CsvParseResult = { ok: true; records: string[][] } | { ok: false; row: number; message: string };

const OPTIONS = {
  record_delimiter: '\n',
  // A row with too many or too few cells is the caller's to report, row by row.
  relax_column_count: true,
  // An empty line is a record of one empty cell, so that row numbers stay those of the spreadsheet.
  skip_empty_lines: false,
  // Keeps a quote inside an unquoted cell (5" tall) as spreadsheets do. It also lets text follow a
  // closing quote ("x"y), which parseCsv refuses itself (see readsBackAsWritten).
  relax_quotes: true,
} satisfies Options;

/**
 * Whether one record's text is what RFC 4180 would write for the cells csv-parse read from it. It is
 * not when a quoted cell was followed by more text: csv-parse then keeps the quotes in the cell's
 * value, which therefore starts with a quote, so only records with such a cell need this check.
 */
function readsBackAsWritten(raw: string): boolean {
  // csv-parse's types know only records of strings; with `cast` a record holds what cast returns.
  const [cells = []] = parse(raw, { ...OPTIONS, cast: (value, context) => ({ value, quoted: context.quoting }) }) as unknown as { value: string; quoted: boolean }[][];
  const written = cells.map(({ value, quoted }) => (quoted ? `"${value.replace(/"/g, '""')}"` : value)).join(',');
  return written === raw.replace(/\n$/, '');
}

/**
 * Parses CSV as RFC 4180 describes it: comma-separated cells, cells in double quotes may contain
 * commas, line breaks and doubled quotes (""), lines end in CRLF, LF or CR, a byte-order mark is
 * ignored. A quote inside an unquoted cell is kept as it is, as spreadsheets read it. Each record is
 * one row of the spreadsheet, even when a quoted cell spans several lines.
 */
export function parseCsv(input: string): CsvParseResult {
  let parsed: { record: string[]; raw: string }[];
  try {
    // With `raw` each record comes with its text (the types know only records of strings).
    parsed = parse(normaliseCsvText(input), { ...OPTIONS, raw: true }) as unknown as { record: string[]; raw: string }[];
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const row = Number(error.records ?? 0) + 1;
    const message =
      error.code === 'CSV_QUOTE_NOT_CLOSED'
        ? `A quoted cell in row ${row} is never closed: a double quote (") is missing.`
        : `Row ${row} cannot be read as CSV. Save the file from the spreadsheet as “CSV UTF-8 (comma delimited)”.`;
    return { ok: false, row, message };
  }
  const records: string[][] = [];
  for (const [position, { record, raw }] of parsed.entries()) {
    if (record.some((cell) => cell.startsWith('"')) && !readsBackAsWritten(raw)) {
      const row = position + 1;
      return {
        ok: false,
        row,
        message: `In row ${row} a quoted cell is followed by more text before the next comma. Put the whole cell in quotes, and double any quote inside it ("").`,
      };
    }
    records.push(record);
  }
  return { ok: true, records };
}
