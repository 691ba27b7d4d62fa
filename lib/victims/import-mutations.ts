import 'server-only';
import { randomBytes } from 'node:crypto';
import { toAuditJson } from '@/lib/audit/mutations';
import { cacheTags } from '@/lib/cache';
import { normaliseCsvText } from '@/lib/csv/read';
import { MutationRefusedError } from '@/lib/concurrency';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { isUniqueViolation, type Actor } from '@/lib/mutation-helpers';
import type { MutationResult } from '@/lib/revalidation';
import {
  importFileSha256,
  readImportFile,
  sourceKeysOf,
  validateImportRows,
  type ImportContext,
  type ImportReport,
  type ImportRow,
  type ValidatedImport,
} from '@/lib/victims/import';
import type { VictimInput } from '@/lib/victims/admin-schema';
import type { VictimSnapshot } from '@/lib/victims/mutations';
import { victimSearchKey } from '@/lib/victims/search/search-key';

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

const ID_ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/**
 * An id for a row written without Prisma's client-side cuid() default: 25 lower-case letters and
 * digits starting with "c", like a cuid (the history page and links accept only such ids), time first
 * so that ids sort roughly by creation.
 */
export function newRecordId(): string {
  const random = Array.from(randomBytes(16), (byte) => ID_ALPHABET[byte % 36]).join('');
  return `c${Date.now().toString(36).padStart(8, '0')}${random}`;
}

type BulkColumn = { name: string; type: string; values: unknown[]; select?: (column: string) => string } | { name: string; constant: Prisma.Sql };

/**
 * One INSERT of many rows: each column's values travel as one array parameter, and
 * `unnest` turns the arrays back into rows. Prisma's createMany spends ~0.3 ms per row in the
 * client (5 s for 10,000 victims on a 2-core machine); this costs PostgreSQL well under a second.
 */
async function insertRows(tx: Prisma.TransactionClient, table: string, columns: BulkColumn[]): Promise<number> {
  const quote = (name: string) => `"${name}"`;
  const arrays = columns.filter((column) => 'values' in column);
  const names = Prisma.raw(columns.map((column) => quote(column.name)).join(', '));
  const selected = Prisma.join(
    columns.map((column) => {
      if ('constant' in column) return column.constant;
      const reference = `r.${quote(column.name)}`;
      return Prisma.raw(column.select ? column.select(reference) : reference);
    }),
  );
  const parameters = Prisma.join(arrays.map((column) => Prisma.sql`${column.values}::${Prisma.raw(column.type)}[]`));
  const aliases = Prisma.raw(arrays.map((column) => quote(column.name)).join(', '));
  return tx.$executeRaw`INSERT INTO ${Prisma.raw(quote(table))} (${names}) SELECT ${selected} FROM unnest(${parameters}) AS r(${aliases})`;
}

/**
 * PostgreSQL's unique violation raised by a raw query: Prisma reports it as P2010 wrapping the
 * driver's error, where isUniqueViolation expects the P2002 of its own queries.
 */
function isRawUniqueViolation(error: unknown, constraint: string): boolean {
  if (typeof error !== 'object' || error === null || (error as { code?: string }).code !== 'P2010') return false;
  const cause = (error as { meta?: { driverAdapterError?: { cause?: { originalCode?: string; constraint?: { index?: string } } } } }).meta?.driverAdapterError?.cause;
  return cause?.originalCode === '23505' && cause.constraint?.index === constraint;
}

const isoDay = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

/** Writes the victims, their citations and one audit entry each, with three INSERT statements. */
async function insertImportedVictims(tx: Prisma.TransactionClient, actor: Actor, inputs: VictimInput[]): Promise<number> {
  const now = new Date();
  // Stored as UTC whatever the server's time zone, as Prisma stores timestamps.
  const timestamp = Prisma.sql`(${now.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;
  const victims = inputs.map((input) => ({ id: newRecordId(), input }));
  const column = <T,>(name: string, type: string, value: (input: VictimInput) => T): BulkColumn => ({ name, type, values: inputs.map(value) });
  const createdVictims = await insertRows(tx, 'Victim', [
    { name: 'id', type: 'text', values: victims.map((victim) => victim.id) },
    column('slug', 'text', (input) => input.slug),
    column('nameLatin', 'text', (input) => input.nameLatin),
    column('nameCyrillic', 'text', (input) => input.nameCyrillic),
    column('nameRussian', 'text', (input) => input.nameRussian),
    {
      // A list per row cannot travel inside a text[][] (unnest would flatten it), so it goes as JSON.
      ...column('otherNames', 'jsonb', (input) => JSON.stringify(input.otherNames)),
      select: (reference) => `ARRAY(SELECT name FROM jsonb_array_elements_text(${reference}) WITH ORDINALITY AS names(name, position) ORDER BY position)`,
    },
    column('description', 'text', (input) => input.description),
    column('sex', '"Sex"', (input) => input.sex),
    column('birthDate', 'date', (input) => isoDay(input.birthDate)),
    column('birthDatePrecision', '"DatePrecision"', (input) => input.birthDatePrecision),
    column('age', 'integer', (input) => input.age),
    column('fate', '"Fate"', (input) => input.fate),
    column('deathDate', 'date', (input) => isoDay(input.deathDate)),
    column('deathDatePrecision', '"DatePrecision"', (input) => input.deathDatePrecision),
    column('deathPlace', 'text', (input) => input.deathPlace),
    column('circumstances', 'text', (input) => input.circumstances),
    column('occupation', 'text', (input) => input.occupation),
    column('burialPlace', 'text', (input) => input.burialPlace),
    column('biography', 'text', (input) => input.biography),
    column('language', 'text', (input) => input.language ?? 'en'),
    column('searchKey', 'text', (input) => victimSearchKey(input)),
    { name: 'status', constant: Prisma.sql`'DRAFT'::"Status"` },
    { name: 'version', constant: Prisma.sql`1` },
    { name: 'createdAt', constant: timestamp },
    { name: 'updatedAt', constant: timestamp },
  ]);

  const citations = victims.flatMap(({ id, input }) => input.citations.map((citation, position) => ({ ...citation, position, victimId: id })));
  const createdCitations = await insertRows(tx, 'Citation', [
    { name: 'id', type: 'text', values: citations.map(() => newRecordId()) },
    { name: 'sourceId', type: 'text', values: citations.map((citation) => citation.sourceId) },
    { name: 'victimId', type: 'text', values: citations.map((citation) => citation.victimId) },
    { name: 'quote', type: 'text', values: citations.map((citation) => citation.quote) },
    { name: 'quoteIsVerbatim', type: 'boolean', values: citations.map((citation) => citation.quoteIsVerbatim) },
    { name: 'page', type: 'text', values: citations.map((citation) => citation.page) },
    { name: 'position', type: 'integer', values: citations.map((citation) => citation.position) },
    { name: 'createdAt', constant: timestamp },
  ]);

  // The same snapshot lib/victims/mutations.ts records, so that history shows and restores it alike.
  const snapshots = victims.map(({ id, input }): VictimSnapshot => {
    const { citations: victimCitations, disputedValues: _disputedValues, ...fields } = input;
    return {
      id,
      ...fields,
      // The public record's fields, which the CSV does not carry.
      birthPlace: null,
      home: null,
      contentWarning: false,
      honours: null,
      curatorNote: null,
      language: input.language ?? 'en',
      status: 'DRAFT',
      publishAt: null,
      version: 1,
      deletedAt: null,
      updatedAt: now,
      citations: victimCitations.map(({ sourceId, quote, quoteIsVerbatim, page }) => ({ sourceId, quote, quoteIsVerbatim, page, supports: [] })),
      disputedValues: [],
    };
  });
  const createdAudits = await insertRows(tx, 'AuditEntry', [
    { name: 'id', type: 'text', values: victims.map(() => newRecordId()) },
    { name: 'userId', constant: Prisma.sql`${actor.id}` },
    { name: 'action', constant: Prisma.sql`'import'` },
    { name: 'entityType', constant: Prisma.sql`'Victim'` },
    { name: 'entityId', type: 'text', values: victims.map((victim) => victim.id) },
    { name: 'before', constant: Prisma.sql`'null'::jsonb` },
    { name: 'after', type: 'jsonb', values: snapshots.map((snapshot) => JSON.stringify(toAuditJson(snapshot))) },
    { name: 'createdAt', constant: timestamp },
  ]);
  if (createdVictims !== inputs.length || createdCitations !== citations.length || createdAudits !== inputs.length) {
    throw new Error(`Bulk insert wrote ${createdVictims} victims, ${createdCitations} citations, ${createdAudits} audit entries for ${inputs.length} rows.`);
  }
  return createdVictims;
}

/**
 * Imports a whole file, all or nothing: every row is checked again (the database may have changed
 * since the dry run), and if any row is invalid nothing is written. Otherwise one transaction creates
 * every victim as a draft, its citation, and one audit entry per victim (action 'import'), each kind
 * with one bulk INSERT (see insertRows).
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
    if (isUniqueViolation(error, 'slug') || isRawUniqueViolation(error, 'Victim_slug_key')) {
      throw new VictimImportRefusedError(
        'While the file was being imported, another record took one of its addresses. Nothing was imported: check the file again.',
      );
    }
    throw error;
  }
}
