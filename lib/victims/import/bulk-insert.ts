import 'server-only';
import { randomBytes } from 'node:crypto';
import { toAuditJson } from '@/lib/audit/mutations';
import { Prisma } from '@/lib/generated/prisma/client';
import type { Actor } from '@/lib/records/change';
import type { VictimInput } from '@/lib/victims/admin-schema';
import type { VictimSnapshot } from '@/lib/victims/mutations';
import { victimSearchKey } from '@/lib/victims/search/search-key';

/**
 * The import's write: many victims, their citations and their audit entries in three INSERT
 * statements, inside the transaction importVictims (mutations.ts) opens.
 */

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

const isoDay = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

/** Writes the victims, their citations and one audit entry each, with three INSERT statements. */
export async function insertImportedVictims(tx: Prisma.TransactionClient, actor: Actor, inputs: VictimInput[]): Promise<number> {
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
    const { citations: victimCitations, disputedValues: _disputedValues, correctionNote: _correctionNote, ...fields } = input;
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
