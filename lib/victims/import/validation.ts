import { isSlug } from '@/lib/slug';
import { defaultVictimSlug, parseVictimForm, type VictimInput } from '@/lib/victims/admin-schema';
import { cellText, IMPORT_COLUMNS, OTHER_NAMES_SEPARATOR, type ImportCells, type ImportColumn } from '@/lib/victims/import/columns';
import type { SlugCandidate } from '@/lib/victims/import/duplicates';
import type { ImportRow } from '@/lib/victims/import/file';

/**
 * One row of an import file checked on its own, as the victim form would check it. Pure: no
 * database (the sources the file names are looked up by the caller).
 */

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
export function rowToVictimForm(cells: ImportCells, sourceId: string): Record<string, unknown> {
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

/** A row's error messages by the column they belong to ('' for the row as a whole), in the order found. */
export type RowErrors = Map<ImportColumn | '', string[]>;

export function addRowError(errors: RowErrors, column: ImportColumn | '', message: string) {
  errors.set(column, [...(errors.get(column) ?? []), message]);
}

/** A row after its own checks: its errors, and what would be written when it has none. */
export type CheckedRow = { row: ImportRow; errors: RowErrors; parsed: VictimInput | null };

/**
 * Checks one row: its cell count, its source (by key, among `sourceIdsByKey`) and the victim form's
 * rules. Clashes with other rows and records are for the dry run as a whole.
 */
export function checkImportRow(row: ImportRow, sourceIdsByKey: Map<string, string>): CheckedRow {
  const errors: RowErrors = new Map();
  if (row.cellCountError) {
    addRowError(errors, '', row.cellCountError);
    return { row, errors, parsed: null };
  }
  const sourceKey = cellText(row.cells, 'sourceKey');
  const sourceId = sourceKey ? sourceIdsByKey.get(sourceKey) : undefined;
  if (!sourceKey) addRowError(errors, 'sourceKey', 'Give the key of the source this row comes from: nothing on the memorial may be unsourced.');
  else if (!sourceId) addRowError(errors, 'sourceKey', `No source has the key “${sourceKey}”. Copy the key from the list of sources.`);
  // An unknown key is reported above; a stand-in id keeps the form from reporting it a second time.
  const parsed = parseVictimForm(rowToVictimForm(row.cells, sourceId ?? `unknown-source:${sourceKey ?? ''}`));
  if (!parsed.success) {
    for (const [field, messages] of Object.entries(parsed.fieldErrors)) {
      for (const message of messages) addRowError(errors, columnOfFormField(field), message);
    }
  }
  return { row, errors, parsed: parsed.success ? parsed.data : null };
}

/**
 * The address a checked row asks for, or the one the form would make from its name; null if it has
 * neither, or if its cells do not match the header.
 */
export function slugCandidateOf({ row, parsed }: CheckedRow): SlugCandidate | null {
  if (row.cellCountError) return null;
  const explicit = cellText(row.cells, 'slug');
  if (explicit) return isSlug(explicit) ? { slug: explicit, generated: false } : null;
  if (parsed) return { slug: parsed.slug, generated: true };
  const names = {
    nameLatin: cellText(row.cells, 'nameLatin'),
    nameCyrillic: cellText(row.cells, 'nameCyrillic'),
    nameRussian: cellText(row.cells, 'nameRussian'),
    description: cellText(row.cells, 'description'),
  };
  if (!names.nameLatin && !names.nameCyrillic && !names.nameRussian && !names.description) return null;
  return { slug: defaultVictimSlug(names), generated: true };
}
