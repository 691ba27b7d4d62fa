/**
 * The columns of an import file and how its header row names them. Pure: no database.
 */

/** The columns a file may have, in the order the template lists them. Any order is accepted. */
export const IMPORT_COLUMNS = [
  'slug',
  'nameLatin',
  'nameCyrillic',
  'nameRussian',
  'otherNames',
  'description',
  'sex',
  'birthDate',
  'age',
  'fate',
  'deathDate',
  'deathPlace',
  'circumstances',
  'occupation',
  'burialPlace',
  'sourceKey',
  'quote',
  'page',
] as const;

export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

/** The cells of one row by their column. */
export type ImportCells = Partial<Record<ImportColumn, string>>;

/** What separates several spellings inside the otherNames cell. */
export const OTHER_NAMES_SEPARATOR = '|';

const COLUMN_BY_LOWER_CASE = new Map<string, ImportColumn>(IMPORT_COLUMNS.map((column) => [column.toLowerCase(), column]));

/** The column at each position of the header (null where it names none), or why the header cannot be used. */
export type ImportHeader = { columns: (ImportColumn | null)[]; problems: string[] };

/**
 * Maps a header row to the columns: names matched without regard to case or surrounding spaces, in
 * any order. Unknown, unnamed and repeated columns are problems, and so is a missing sourceKey column:
 * nothing on the memorial may be unsourced. Every problem is returned at once.
 */
export function mapImportHeader(header: string[]): ImportHeader {
  const problems: string[] = [];
  const columns: (ImportColumn | null)[] = [];
  const unknown: string[] = [];
  const unnamed: number[] = [];
  const seen = new Set<ImportColumn>();
  const repeated = new Set<ImportColumn>();
  header.forEach((name, position) => {
    const trimmed = name.trim();
    const column = COLUMN_BY_LOWER_CASE.get(trimmed.toLowerCase()) ?? null;
    if (trimmed === '') unnamed.push(position + 1);
    else if (!column) unknown.push(trimmed);
    else if (seen.has(column)) repeated.add(column);
    if (column) seen.add(column);
    columns.push(column);
  });
  if (unknown.length > 0) {
    problems.push(
      `Unknown ${unknown.length === 1 ? 'column' : 'columns'}: ${unknown.map((name) => `“${name}”`).join(', ')}. A file may have only these columns: ${IMPORT_COLUMNS.join(', ')}.`,
    );
  }
  if (unnamed.length > 0) {
    problems.push(`${unnamed.length === 1 ? `Column ${unnamed[0]} of the header has` : `Columns ${unnamed.join(', ')} of the header have`} no name. Name the column or delete it.`);
  }
  for (const column of repeated) problems.push(`The column “${column}” appears more than once in the header.`);
  if (!seen.has('sourceKey')) {
    problems.push('The file has no sourceKey column. Every row must name the key of the source it comes from: nothing on the memorial may be unsourced.');
  }
  return { columns, problems };
}

/** A cell's text without surrounding spaces, or null when it is empty or absent. */
export function cellText(cells: ImportCells, column: ImportColumn): string | null {
  const value = cells[column]?.trim() ?? '';
  return value === '' ? null : value;
}

/** The position of a column in the template, for listing a row's errors in that order ('' first). */
export function columnOrder(column: ImportColumn | ''): number {
  return column === '' ? -1 : IMPORT_COLUMNS.indexOf(column);
}
