import { parsePartialDate, toIsoDate, type DatePrecision } from '@/lib/dates';
import type { VictimInput } from '@/lib/victims/admin-schema';
import { victimDisplayName } from '@/lib/victims/display';
import { OTHER_NAMES_SEPARATOR } from '@/lib/victims/import/columns';
import type { ImportRow } from '@/lib/victims/import/file';

/**
 * What an import file may repeat: an address already taken (an error) and, likely, a person already
 * recorded (a warning), among existing records and the file's other rows. Pure: no database.
 */

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

/** A row as findLikelyDuplicates compares it; deathKey is null when its date of death cannot be read. */
export type DuplicateCandidate = { row: number; names: string[]; deathKey: string | null };

/** A row's names and date of death, as findLikelyDuplicates compares them. */
export function duplicateCandidateOf(row: ImportRow): DuplicateCandidate {
  const death = parsePartialDate(row.cells.deathDate ?? '');
  const otherNames = (row.cells.otherNames ?? '').split(OTHER_NAMES_SEPARATOR);
  return {
    row: row.row,
    names: namesOf({ nameLatin: row.cells.nameLatin, nameCyrillic: row.cells.nameCyrillic, nameRussian: row.cells.nameRussian, otherNames }),
    deathKey: death ? deathDateKey(death.date, death.precision) : null,
  };
}

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
export function findLikelyDuplicates(rows: DuplicateCandidate[], existing: ExistingVictim[]): Map<number, DuplicateMatch[]> {
  const index = new Map<string, { match: DuplicateMatch; key: string }[]>();
  const add = (candidate: { key: string; names: string[]; deathKey: string }, match: (sameName: string) => DuplicateMatch) => {
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

/** The address a row would get, and whether it was made from the name rather than given. */
export type SlugCandidate = { slug: string; generated: boolean };

/**
 * The errors of rows whose address is taken: by an existing record (deleted ones too, whose
 * addresses stay reserved) or by another row of the file. Keyed by row number.
 */
export function findAddressClashes(rows: { row: number; candidate: SlugCandidate | null }[], existing: ExistingVictim[]): Map<number, string[]> {
  const existingBySlug = new Map(existing.map((victim) => [victim.slug, victim]));
  const rowsBySlug = new Map<string, number[]>();
  for (const { row, candidate } of rows) {
    if (!candidate) continue;
    const rowsWithSlug = rowsBySlug.get(candidate.slug) ?? [];
    rowsWithSlug.push(row);
    rowsBySlug.set(candidate.slug, rowsWithSlug);
  }
  const clashes = new Map<number, string[]>();
  for (const { row, candidate } of rows) {
    if (!candidate) continue;
    const messages: string[] = [];
    const how = candidate.generated ? `The address “${candidate.slug}”, made from the name,` : `The address “${candidate.slug}”`;
    const owner = existingBySlug.get(candidate.slug);
    if (owner) {
      messages.push(
        `${how} is already used by an existing record (${victimDisplayName(owner).name}${owner.deletedAt ? ', deleted' : ''}). If this is a different person, give the row its own slug.`,
      );
    }
    const group = rowsBySlug.get(candidate.slug)!;
    if (group.length > 1) {
      const others = firstOthers(group, row);
      const more = group.length - 1 - others.length;
      const list = `${others.join(', ')}${more > 0 ? ` and ${more.toLocaleString('en')} more` : ''}`;
      messages.push(`${how} is also that of ${group.length === 2 ? 'row' : 'rows'} ${list} of this file. Give each row its own slug.`);
    }
    if (messages.length > 0) clashes.set(row, messages);
  }
  return clashes;
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
