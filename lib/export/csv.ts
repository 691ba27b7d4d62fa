/** A value a CSV cell can hold; null and undefined are written as an empty cell. */
export type CsvValue = string | number | boolean | null | undefined;

/**
 * Characters that make a spreadsheet read a cell as a formula (=, +, -, @) or that some spreadsheets
 * strip before doing so (tab, carriage return). OWASP's advice for CSV injection: prefix such a cell
 * with an apostrophe, which spreadsheets show as text and do not evaluate.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One cell as RFC 4180 writes it: quoted (with inner quotes doubled) when it holds a comma, a quote
 * or a line break, and neutralised against formula injection when a text cell starts like a formula.
 * Numbers and booleans are written as they are.
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as RFC 4180 text: cells separated by commas, every record (the last too) ended by CRLF. */
export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return rows.map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
}
