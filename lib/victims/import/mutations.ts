import 'server-only';
import { cacheTags } from '@/lib/cache';
import { MutationRefusedError } from '@/lib/records/errors';
import { normaliseCsvText } from '@/lib/csv/read';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { isUniqueViolation, type Actor } from '@/lib/records/change';
import type { MutationResult } from '@/lib/records/result';
import { insertImportedVictims } from '@/lib/victims/import/bulk-insert';
import { validateImportRows, type ImportContext, type ImportReport, type ValidatedImport } from '@/lib/victims/import/dry-run';
import { importFileSha256, readImportFile, sourceKeysOf, type ImportRow } from '@/lib/victims/import/file';

/** Refusal of an import; carries the dry-run report when there is one, so the form can show it. */
export class VictimImportRefusedError extends MutationRefusedError {
  constructor(
    message: string,
    readonly report: ImportReport | null = null,
  ) {
    super(message);
    this.name = 'VictimImportRefusedError';
  }
}

export type VictimImportDryRun =
  | ({ ok: true; sha256: string; text: string } & ValidatedImport)
  | { ok: false; problems: string[] };

/** What the dry run reads from the database: the file's sources, and every victim (deleted ones too). */
async function loadImportContext(client: Prisma.TransactionClient, rows: ImportRow[]): Promise<ImportContext> {
  const [sources, existing] = await Promise.all([
    client.source.findMany({ where: { key: { in: sourceKeysOf(rows) }, deletedAt: null }, select: { id: true, key: true } }),
    // Every victim: names are compared after normalisation, which SQL cannot do without extensions.
    // Deleted records are included because their addresses are still taken.
    client.victim.findMany({
      select: {
        id: true,
        slug: true,
        nameLatin: true,
        nameCyrillic: true,
        nameRussian: true,
        otherNames: true,
        description: true,
        deathDate: true,
        deathDatePrecision: true,
        deletedAt: true,
      },
    }),
  ]);
  return { sourceIdsByKey: new Map(sources.map((source) => [source.key, source.id])), existing };
}

/**
 * The dry run: reads and checks a whole file against the database without writing anything.
 * Problems with the file as a whole (header, size, encoding of quotes) come back as `problems`;
 * otherwise every row is reported (see validateImportRows). Callers check the session first.
 */
export async function dryRunVictimImport(csv: string): Promise<VictimImportDryRun> {
  const text = normaliseCsvText(csv);
  const file = readImportFile(text);
  if (!file.ok) return file;
  const context = await loadImportContext(db, file.rows);
  return { ok: true, sha256: importFileSha256(text), text, ...validateImportRows(file.rows, context) };
}

/** Long enough for 10,000 rows on a slow machine; the default of 5 seconds is meant for single records. */
const IMPORT_TRANSACTION_TIMEOUT_MS = 120_000;

/**
 * Imports a whole file, all or nothing: every row is checked again (the database may have changed
 * since the dry run), and if any row is invalid nothing is written. Otherwise one transaction creates
 * every victim as a draft, its citation, and one audit entry per victim (action 'import'), each kind
 * with one bulk INSERT (see insertRows in bulk-insert.ts).
 *
 * `expectedSha256` is the hash of the file the curator previewed: a different text is refused.
 * `acknowledgedDuplicates` is how many rows with possible duplicates the curator saw and accepted;
 * more than that (someone added a matching record since) is refused, with the new report.
 */
export async function importVictims(
  actor: Actor,
  csv: string,
  options: { expectedSha256: string; acknowledgedDuplicates?: number },
): Promise<MutationResult<{ created: number }>> {
  if (importFileSha256(csv) !== options.expectedSha256) {
    throw new VictimImportRefusedError('The file is not the one that was checked. Nothing was imported: check the file again, then import it.');
  }
  const dryRun = await dryRunVictimImport(csv);
  if (!dryRun.ok) throw new VictimImportRefusedError(`Nothing was imported. ${dryRun.problems.join(' ')}`);
  const { report, inputs } = dryRun;
  if (report.invalid > 0) {
    throw new VictimImportRefusedError(
      `Nothing was imported: ${report.invalid === 1 ? 'one row is' : `${report.invalid} rows are`} invalid. Correct ${report.invalid === 1 ? 'it' : 'them'} in the file and check it again.`,
      report,
    );
  }
  if (report.possibleDuplicates > (options.acknowledgedDuplicates ?? 0)) {
    throw new VictimImportRefusedError(
      `Nothing was imported: ${report.possibleDuplicates === 1 ? 'one row looks' : `${report.possibleDuplicates} rows look`} like ${report.possibleDuplicates === 1 ? 'a duplicate' : 'duplicates'} of existing records or of other rows. Check them below, then confirm the import.`,
      report,
    );
  }

  try {
    const created = await db.$transaction(
      async (tx) => {
        const sourceIds = [...new Set(inputs.flatMap(({ input }) => input.citations.map((citation) => citation.sourceId)))];
        const found = await tx.source.count({ where: { id: { in: sourceIds }, deletedAt: null } });
        if (found !== sourceIds.length) {
          throw new VictimImportRefusedError('A source the file names was deleted while the file was being imported. Nothing was imported: check the file again.');
        }
        return insertImportedVictims(tx, actor, inputs.map(({ input }) => input));
      },
      { timeout: IMPORT_TRANSACTION_TIMEOUT_MS, maxWait: 10_000 },
    );
    // Drafts are not public; the list tag is returned as createVictim returns it, to be safe and consistent.
    return { record: { created }, tags: [cacheTags.victims] };
  } catch (error) {
    // Also the raw bulk insert's violation (P2010 wrapping 23505 on Victim_slug_key).
    if (isUniqueViolation(error, 'slug')) {
      throw new VictimImportRefusedError(
        'While the file was being imported, another record took one of its addresses. Nothing was imported: check the file again.',
      );
    }
    throw error;
  }
}
