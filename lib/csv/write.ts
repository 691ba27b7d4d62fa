import { stringify, type Options } from 'csv-stringify/sync';

/**
 * Writing CSV text: the one place that knows which library does it (csv-stringify).
 */

/** A value a CSV cell can hold; null and undefined are written as an empty cell. */
export type CsvValue = string | number | boolean | null | undefined;

/**
 * Characters that make a spreadsheet read a cell as a formula (=, +, -, @) or that some spreadsheets
 * strip before doing so (tab, carriage return). OWASP's advice for CSV injection: prefix such a cell
 * with an apostrophe, which spreadsheets show as text and do not evaluate. Only text cells: a negative
 * number is a number. (csv-stringify's own escape_formulas also prefixes the full-width forms; ours
 * is kept so that exports stay byte for byte what they were.)
 */
const FORMULA_START = /^[=+\-@\t\r]/;

const OPTIONS = {
  // RFC 4180: every record, the last too, ends with CRLF.
  record_delimiter: '\r\n',
  // A cell with any line break is quoted, not only one holding CRLF.
  quote_record_delimiter: true,
  cast: {
    boolean: (value) => String(value),
    string: (value) => (FORMULA_START.test(value) ? `'${value}` : value),
  },
} satisfies Options;

/**
 * Rows as RFC 4180 text: cells separated by commas, quoted (with inner quotes doubled) when they hold
 * a comma, a quote or a line break, text cells that start like a formula neutralised, numbers and
 * booleans as they are, and every record (the last too) ended by CRLF.
 */
export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return stringify(rows as CsvValue[][], OPTIONS);
}

/** One cell as toCsv writes it. */
export function csvCell(value: CsvValue): string {
  return stringify([[value]], { ...OPTIONS, eof: false });
}
