import type { FormState } from '@/lib/forms';
import type { VictimInput } from '@/lib/victims/admin-schema';
import { victimDisplayName } from '@/lib/victims/display';
import { cellText, columnOrder, type ImportColumn } from '@/lib/victims/import/columns';
import { duplicateCandidateOf, findAddressClashes, findLikelyDuplicates, type DuplicateMatch, type ExistingVictim } from '@/lib/victims/import/duplicates';
import type { ImportRow } from '@/lib/victims/import/file';
import { addRowError, checkImportRow, slugCandidateOf } from '@/lib/victims/import/validation';

/**
 * The dry run of an import: every row of a file checked together, and the report the curator sees
 * before anything is written. Pure: the database reads and the all-or-nothing write are in
 * mutations.ts.
 */

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

/**
 * Checks every row of a file: the victim form's rules, its source, the address it would get
 * (clashing with an existing record or another row is an error), and likely duplicates (a warning).
 * Returns the report shown to the curator and, for valid rows, what would be written.
 */
export function validateImportRows(rows: ImportRow[], context: ImportContext): ValidatedImport {
  const checked = rows.map((row) => checkImportRow(row, context.sourceIdsByKey));
  const slugs = checked.map((row) => ({ row: row.row.row, candidate: slugCandidateOf(row) }));
  const clashes = findAddressClashes(slugs, context.existing);
  for (const { row, errors } of checked) {
    for (const message of clashes.get(row.row) ?? []) addRowError(errors, 'slug', message);
  }
  const duplicates = findLikelyDuplicates(
    rows.filter((row) => !row.cellCountError).map(duplicateCandidateOf),
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
        nameLatin: cellText(row.cells, 'nameLatin'),
        nameCyrillic: cellText(row.cells, 'nameCyrillic'),
        nameRussian: cellText(row.cells, 'nameRussian'),
        description: cellText(row.cells, 'description'),
      }).name,
      slug: slugs[position]?.candidate?.slug ?? null,
      deathDate: row.cells.deathDate?.trim() ?? '',
      errors: errorList,
      duplicates: rowDuplicates,
    });
  });
  return { report: { rows: reports, toCreate: inputs.length, invalid, possibleDuplicates }, inputs };
}

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
