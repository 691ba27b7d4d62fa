import { createHash } from 'node:crypto';
import { normaliseCsvText, parseCsv } from '@/lib/csv/read';
import { parsePartialDate, toIsoDate, type DatePrecision } from '@/lib/dates';
import type { FormState } from '@/lib/forms';
import { isSlug } from '@/lib/slug';
import { defaultVictimSlug, parseVictimForm, type VictimInput } from '@/lib/victims/admin-schema';
import { victimDisplayName } from '@/lib/victims/display';

/**
 * Importing many victims at once from a CSV file. Everything here is pure (no database): reading the
 * file, mapping each row to the victim form, and finding errors and likely duplicates. The database
 * reads and the all-or-nothing write are in import-mutations.ts.
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

export const MAX_IMPORT_ROWS = 10_000;
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/** What separates several spellings inside the otherNames cell. */
export const OTHER_NAMES_SEPARATOR = '|';

// ---------------------------------------------------------------------------------------------------
// Reading the file

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
  cells: Partial<Record<ImportColumn, string>>;
  /** Set when the row has more or fewer cells than the header has columns. */
  cellCountError?: string;
};

export type ImportFile = { ok: true; rows: ImportRow[] } | { ok: false; problems: string[] };

const COLUMN_BY_LOWER_CASE = new Map<string, ImportColumn>(IMPORT_COLUMNS.map((column) => [column.toLowerCase(), column]));

function isBlank(cells: string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

/**
 * Reads a whole file: its header (required, columns in any order, names matched without regard
 * to case) and its rows, skipping empty rows but counting them, so that row numbers stay those of
 * the spreadsheet. Returns every problem that stops the whole file at once.
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

  const problems: string[] = [];
  if (header.length === 1 && header[0]!.includes(';')) {
    problems.push('The header row has semicolons but no commas. Save the file as comma-separated: “CSV UTF-8 (comma delimited)”.');
    return { ok: false, problems };
  }
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

  const rows: ImportRow[] = [];
  records.forEach((cells, position) => {
    if (isBlank(cells)) return;
    const row = position + 2;
    const values: Partial<Record<ImportColumn, string>> = {};
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

// ---------------------------------------------------------------------------------------------------
// One row as the victim form

/** "female", "Not stated", "died-of-wounds" as the form's option values (FEMALE, NOT_STATED…). */
function optionValue(cell: string | undefined): string | undefined {
  const value = cell?.trim() ?? '';
  return value === '' ? undefined : value.toUpperCase().replace(/[\s-]+/g, '_');
}

/** Form fields that are CSV columns of the same name. */
const FORM_TEXT_COLUMNS = [
  'slug',
  'nameLatin',
  'nameCyrillic',
  'nameRussian',
  'description',
  'birthDate',
  'age',
  'deathDate',
  'deathPlace',
  'circumstances',
  'occupation',
  'burialPlace',
] as const satisfies readonly ImportColumn[];

/**
 * A row as the object the victim form would post, so the row is checked by exactly the form's
 * rules (parseVictimForm). `sourceId` is the id of the source the row's sourceKey names.
 */
export function rowToVictimForm(cells: Partial<Record<ImportColumn, string>>, sourceId: string): Record<string, unknown> {
  const form: Record<string, unknown> = {};
  for (const column of FORM_TEXT_COLUMNS) {
    const value = cells[column];
    if (value !== undefined) form[column] = value;
  }
  form.otherNames = (cells.otherNames ?? '').split(OTHER_NAMES_SEPARATOR).join('\n');
  const sex = optionValue(cells.sex);
  if (sex !== undefined) form.sex = sex;
  const fate = optionValue(cells.fate);
  if (fate !== undefined) form.fate = fate;
  form['citations.0.sourceId'] = sourceId;
  form['citations.0.quote'] = cells.quote ?? '';
  form['citations.0.page'] = cells.page ?? '';
  return form;
}

/** The CSV column a form field's error belongs to ('' for the row as a whole). */
export function columnOfFormField(field: string): ImportColumn | '' {
  if (field === 'citations.0.sourceId') return 'sourceKey';
  if (field === 'citations.0.quote') return 'quote';
  if (field === 'citations.0.page') return 'page';
  return (IMPORT_COLUMNS as readonly string[]).includes(field) ? (field as ImportColumn) : '';
}

// ---------------------------------------------------------------------------------------------------
// Duplicates

/**
 * A name reduced for comparison: lower case, diacritics removed (ş → s, ö → o, ё → е, dotless ı → i),
 * punctuation and runs of spaces as one space. Not a transliteration: "Məmmədov" and "Мамедов"
 * stay different.
 */
export function normaliseName(name: string): string {
  return name
    .toLowerCase()
    .replace(/ı/g, 'i')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[\p{P}\p{S}\s]+/gu, ' ')
    .trim();
}

/** How a date of death is compared: the same day, month or year at the same precision, or both unknown. */
function deathDateKey(date: Date | null, precision: DatePrecision): string {
  return date === null || precision === 'UNKNOWN' ? 'unknown' : `${precision}:${toIsoDate(date)}`;
}

/** A victim already in the database, as far as duplicates and address clashes need it. */
export type ExistingVictim = Pick<
  VictimInput,
  'slug' | 'nameLatin' | 'nameCyrillic' | 'nameRussian' | 'otherNames' | 'description' | 'deathDate' | 'deathDatePrecision'
> & { id: string; deletedAt: Date | null };

export type DuplicateMatch =
  | { kind: 'record'; id: string; slug: string; name: string; deleted: boolean; sameName: string }
  | { kind: 'row'; row: number; sameName: string };

/** Every form of a person's name that duplicates are looked for under. */
function namesOf(victim: { nameLatin?: string | null; nameCyrillic?: string | null; nameRussian?: string | null; otherNames: string[] }): string[] {
  return [victim.nameLatin, victim.nameCyrillic, victim.nameRussian, ...victim.otherNames].filter((name): name is string => Boolean(name && name.trim()));
}

type DuplicateCandidate = { key: string; names: string[]; deathKey: string };

/**
 * How many clashing rows or likely duplicates one row lists at most: a file of many namesakes
 * would otherwise make a report of millions of lines.
 */
export const MAX_LISTED_MATCHES = 10;

/**
 * Likely duplicates of each row, among existing records and the file's other rows: some form of
 * the name is the same (see normaliseName) and so is the date of death (or both are unknown).
 * A row whose date of death cannot be read is not compared. At most MAX_LISTED_MATCHES per row.
 */
export function findLikelyDuplicates(
  rows: { row: number; names: string[]; deathKey: string | null }[],
  existing: ExistingVictim[],
): Map<number, DuplicateMatch[]> {
  const index = new Map<string, { match: DuplicateMatch; key: string }[]>();
  const add = (candidate: DuplicateCandidate, match: (sameName: string) => DuplicateMatch) => {
    for (const name of new Set(candidate.names)) {
      const normalised = normaliseName(name);
      if (!normalised) continue;
      const lookup = `${normalised}\u0000${candidate.deathKey}`;
      const entries = index.get(lookup) ?? [];
      entries.push({ match: match(name), key: candidate.key });
      index.set(lookup, entries);
    }
  };
  for (const victim of existing) {
    const name = victimDisplayName(victim).name;
    add({ key: `record:${victim.id}`, names: namesOf(victim), deathKey: deathDateKey(victim.deathDate, victim.deathDatePrecision) }, (sameName) => ({
      kind: 'record',
      id: victim.id,
      slug: victim.slug,
      name,
      deleted: victim.deletedAt !== null,
      sameName,
    }));
  }
  for (const row of rows) {
    if (row.deathKey === null) continue;
    add({ key: `row:${row.row}`, names: row.names, deathKey: row.deathKey }, (sameName) => ({ kind: 'row', row: row.row, sameName }));
  }
  const result = new Map<number, DuplicateMatch[]>();
  for (const row of rows) {
    if (row.deathKey === null) continue;
    const found = new Map<string, DuplicateMatch>();
    for (const name of row.names) {
      for (const entry of index.get(`${normaliseName(name)}\u0000${row.deathKey}`) ?? []) {
        if (found.size === MAX_LISTED_MATCHES) break;
        if (entry.key !== `row:${row.row}` && !found.has(entry.key)) found.set(entry.key, entry.match);
      }
    }
    if (found.size > 0) result.set(row.row, [...found.values()]);
  }
  return result;
}

// ---------------------------------------------------------------------------------------------------
// The dry run

export type ImportRowError = { column: ImportColumn | ''; messages: string[] };

/** What the dry run says about one row. */
export type ImportRowReport = {
  row: number;
  name: string;
  /** The address the record would get; null when none can be worked out. */
  slug: string | null;
  deathDate: string;
  errors: ImportRowError[];
  duplicates: DuplicateMatch[];
};

export type ImportReport = {
  rows: ImportRowReport[];
  /** Rows that are valid: what would be created once every row is. */
  toCreate: number;
  invalid: number;
  /** Rows with at least one likely duplicate (whether valid or not). */
  possibleDuplicates: number;
};

export type ImportContext = {
  /** Source ids by their key, for the keys the file names (deleted sources left out). */
  sourceIdsByKey: Map<string, string>;
  existing: ExistingVictim[];
};

export type ValidatedImport = { report: ImportReport; inputs: { row: number; input: VictimInput }[] };

function text(cells: Partial<Record<ImportColumn, string>>, column: ImportColumn): string | null {
  const value = cells[column]?.trim() ?? '';
  return value === '' ? null : value;
}

/** The address a row asks for, or the one the form would make from its name; null if it has neither. */
function candidateSlug(row: ImportRow, parsed: VictimInput | null): { slug: string; generated: boolean } | null {
  const explicit = text(row.cells, 'slug');
  if (explicit) return isSlug(explicit) ? { slug: explicit, generated: false } : null;
  if (parsed) return { slug: parsed.slug, generated: true };
  const names = { nameLatin: text(row.cells, 'nameLatin'), nameCyrillic: text(row.cells, 'nameCyrillic'), nameRussian: text(row.cells, 'nameRussian'), description: text(row.cells, 'description') };
  if (!names.nameLatin && !names.nameCyrillic && !names.nameRussian && !names.description) return null;
  return { slug: defaultVictimSlug(names), generated: true };
}

function addError(errors: Map<ImportColumn | '', string[]>, column: ImportColumn | '', message: string) {
  errors.set(column, [...(errors.get(column) ?? []), message]);
}

/**
 * Checks every row of a file: the victim form's rules, its source, the address it would get
 * (clashing with an existing record or another row is an error), and likely duplicates (a warning).
 * Returns the report shown to the curator and, for valid rows, what would be written.
 */
export function validateImportRows(rows: ImportRow[], context: ImportContext): ValidatedImport {
  const checked = rows.map((row) => {
    const errors = new Map<ImportColumn | '', string[]>();
    if (row.cellCountError) {
      addError(errors, '', row.cellCountError);
      return { row, errors, parsed: null as VictimInput | null };
    }
    const sourceKey = text(row.cells, 'sourceKey');
    const sourceId = sourceKey ? context.sourceIdsByKey.get(sourceKey) : undefined;
    if (!sourceKey) addError(errors, 'sourceKey', 'Give the key of the source this row comes from: nothing on the memorial may be unsourced.');
    else if (!sourceId) addError(errors, 'sourceKey', `No source has the key “${sourceKey}”. Copy the key from the list of sources.`);
    // An unknown key is reported above; a stand-in id keeps the form from reporting it a second time.
    const parsed = parseVictimForm(rowToVictimForm(row.cells, sourceId ?? `unknown-source:${sourceKey ?? ''}`));
    if (!parsed.success) {
      for (const [field, messages] of Object.entries(parsed.fieldErrors)) {
        for (const message of messages) addError(errors, columnOfFormField(field), message);
      }
    }
    return { row, errors, parsed: parsed.success ? parsed.data : null };
  });

  const existingBySlug = new Map(context.existing.map((victim) => [victim.slug, victim]));
  const rowsBySlug = new Map<string, number[]>();
  const slugs = checked.map(({ row, parsed }) => (row.cellCountError ? null : candidateSlug(row, parsed)));
  slugs.forEach((candidate, position) => {
    if (!candidate) return;
    const rowsWithSlug = rowsBySlug.get(candidate.slug) ?? [];
    rowsWithSlug.push(checked[position]!.row.row);
    rowsBySlug.set(candidate.slug, rowsWithSlug);
  });
  checked.forEach(({ row, errors }, position) => {
    const candidate = slugs[position];
    if (!candidate) return;
    const how = candidate.generated ? `The address “${candidate.slug}”, made from the name,` : `The address “${candidate.slug}”`;
    const owner = existingBySlug.get(candidate.slug);
    if (owner) {
      addError(
        errors,
        'slug',
        `${how} is already used by an existing record (${victimDisplayName(owner).name}${owner.deletedAt ? ', deleted' : ''}). If this is a different person, give the row its own slug.`,
      );
    }
    const group = rowsBySlug.get(candidate.slug)!;
    if (group.length > 1) {
      const others = firstOthers(group, row.row);
      const more = group.length - 1 - others.length;
      const list = `${others.join(', ')}${more > 0 ? ` and ${more.toLocaleString('en')} more` : ''}`;
      addError(errors, 'slug', `${how} is also that of ${group.length === 2 ? 'row' : 'rows'} ${list} of this file. Give each row its own slug.`);
    }
  });

  const duplicates = findLikelyDuplicates(
    checked
      .filter(({ row }) => !row.cellCountError)
      .map(({ row }) => {
        const death = parsePartialDate(row.cells.deathDate ?? '');
        const otherNames = (row.cells.otherNames ?? '').split(OTHER_NAMES_SEPARATOR);
        return {
          row: row.row,
          names: namesOf({ nameLatin: row.cells.nameLatin, nameCyrillic: row.cells.nameCyrillic, nameRussian: row.cells.nameRussian, otherNames }),
          deathKey: death ? deathDateKey(death.date, death.precision) : null,
        };
      }),
    context.existing,
  );

  const reports: ImportRowReport[] = [];
  const inputs: ValidatedImport['inputs'] = [];
  let invalid = 0;
  let possibleDuplicates = 0;
  checked.forEach(({ row, errors, parsed }, position) => {
    const errorList = [...errors].map(([column, messages]) => ({ column, messages }));
    errorList.sort((a, b) => columnOrder(a.column) - columnOrder(b.column));
    const rowDuplicates = duplicates.get(row.row) ?? [];
    if (errorList.length > 0) invalid += 1;
    else inputs.push({ row: row.row, input: parsed! });
    if (rowDuplicates.length > 0) possibleDuplicates += 1;
    reports.push({
      row: row.row,
      name: victimDisplayName({
        nameLatin: text(row.cells, 'nameLatin'),
        nameCyrillic: text(row.cells, 'nameCyrillic'),
        nameRussian: text(row.cells, 'nameRussian'),
        description: text(row.cells, 'description'),
      }).name,
      slug: slugs[position]?.slug ?? null,
      deathDate: row.cells.deathDate?.trim() ?? '',
      errors: errorList,
      duplicates: rowDuplicates,
    });
  });
  return { report: { rows: reports, toCreate: inputs.length, invalid, possibleDuplicates }, inputs };
}

/** The first few entries of a list other than `self`, without walking a long list to its end. */
function firstOthers<T>(list: T[], self: T, limit = MAX_LISTED_MATCHES): T[] {
  const others: T[] = [];
  for (const item of list) {
    if (item === self) continue;
    others.push(item);
    if (others.length === limit) break;
  }
  return others;
}

function columnOrder(column: ImportColumn | ''): number {
  return column === '' ? -1 : IMPORT_COLUMNS.indexOf(column);
}

/** The source keys a file names, for looking their sources up. */
export function sourceKeysOf(rows: ImportRow[]): string[] {
  return [...new Set(rows.map((row) => row.cells.sourceKey?.trim() ?? '').filter(Boolean))];
}

// ---------------------------------------------------------------------------------------------------
// The form

/**
 * What the import form shows after each step. After a dry run the checked text travels back to the
 * browser (`csv`, with its `sha256`) so the confirmation imports exactly the file that was checked.
 */
export type VictimImportState = FormState & {
  report?: ImportReport;
  csv?: string;
  sha256?: string;
  fileName?: string;
  /** True when the import was refused: the message is then an error even if every row is valid. */
  refused?: boolean;
};

/** "3 rows to create, 1 invalid, 2 possible duplicates." */
export function reportSummary(report: ImportReport): string {
  const plural = (count: number, one: string, many: string) => `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
  return `${plural(report.toCreate, 'row', 'rows')} to create, ${plural(report.invalid, 'invalid row', 'invalid rows')}, ${plural(
    report.possibleDuplicates,
    'possible duplicate',
    'possible duplicates',
  )}.`;
}
