import 'server-only';
import { db } from '@/lib/db';
import { cachedQuery, cacheTags } from '@/lib/cache';
import { Prisma } from '@/lib/generated/prisma/client';
import type { Fate } from '@/lib/generated/prisma/enums';
import { foldName } from '@/lib/victims/search/search-key';
import { PLACE_NOT_RECORDED, VICTIMS_PAGE_SIZE, type VictimSearch } from '@/lib/victims/schema';

export type VictimListItem = {
  slug: string;
  nameLatin: string | null;
  nameCyrillic: string | null;
  nameRussian: string | null;
  otherNames: string[];
  description: string | null;
  age: number | null;
  fate: Fate;
  deathPlace: string | null;
  home: string | null;
  updatedAt: string;
};

/**
 * `totalIsAtLeast` is set for a broad search (more than BROAD_SEARCH_MATCHES matches): the total is
 * then that bound, not an exact count, and the list is the records whose words match the query's
 * exactly, by name.
 */
export type VictimSearchResult = { victims: VictimListItem[]; total: number; pageCount: number; totalIsAtLeast?: boolean };

/**
 * Above this many matches a search is broad ("Məmmədov" alone in a large archive): ranking every
 * match would read every matching row, so its cost would grow with the archive. A broad search is
 * instead counted only up to this bound and listed by name through the name index, keeping only
 * records that have the query's words exactly (a fuzzy match could never reach the first pages of
 * thousands of exact ones anyway).
 */
export const BROAD_SEARCH_MATCHES = 1000;

/**
 * The search as the database sees it: the name folded to its key (lib/victims/search/search-key.ts), so
 * that every spelling of a name shares one cache entry.
 */
export type NormalisedVictimSearch = Omit<VictimSearch, 'q'> & { key: string | undefined };

export function normaliseVictimSearch(search: VictimSearch): NormalisedVictimSearch {
  const { q, ...filters } = search;
  return { ...filters, key: q ? foldName(q) || undefined : undefined };
}

/** The words of a folded query that the search requires, at most six (a longer query is a sentence, not a name). */
function queryWords(key: string): string[] {
  return [...new Set(key.split(' '))].slice(0, 6);
}

/** The vocabulary words one query word matches, each with how close it is (2 = the same word). */
type WordMatches = { words: string[]; closeness: number[] };

/**
 * Step one of a name search: each query word against the vocabulary of every word of every key
 * ("VictimSearchWord", kept by a trigger). A word matches itself, any word containing it, and a word
 * in which most of its trigrams appear (word_similarity ≥ pg_trgm.word_similarity_threshold, 0.6),
 * which is what lets "Mammadva" find "mamadova". A word shorter than three letters matches words
 * that begin with it. The vocabulary is small (names repeat), so this costs about a millisecond.
 */
async function matchQueryWords(words: string[]): Promise<WordMatches[]> {
  const selects = words.map(
    (word, position) => Prisma.sql`SELECT ${position}::int AS position, w.word,
        (CASE WHEN w.word = ${word} THEN 2 ELSE similarity(${word}, w.word) END)::float8 AS closeness
      FROM "VictimSearchWord" w
      WHERE ${word.length >= 3 ? Prisma.sql`(w.word LIKE ${`%${word}%`} OR ${word} <% w.word)` : Prisma.sql`w.word LIKE ${`${word}%`}`}`,
  );
  const rows = await db.$queryRaw<{ position: number; word: string; closeness: number }[]>`${Prisma.join(selects, ' UNION ALL ')}`;
  return words.map((_, position) => {
    const matches = rows.filter((row) => row.position === position);
    return { words: matches.map((row) => row.word), closeness: matches.map((row) => row.closeness) };
  });
}

/** The last day a partially known date of death can be (a month's or a year's last day). */
const latestDeathDay = Prisma.sql`(CASE v."deathDatePrecision"
  WHEN 'DAY' THEN v."deathDate"
  WHEN 'YEAR' THEN (date_trunc('year', v."deathDate") + interval '1 year - 1 day')::date
  ELSE (date_trunc('month', v."deathDate") + interval '1 month - 1 day')::date END)`;

function filterConditions(search: NormalisedVictimSearch, matches: WordMatches[], now: Date): Prisma.Sql[] {
  // The same rule as publicWhere (lib/records/public-where.ts), in SQL.
  const conditions = [
    Prisma.sql`v.status = 'PUBLISHED'`,
    Prisma.sql`v."deletedAt" IS NULL`,
    Prisma.sql`(v."publishAt" IS NULL OR v."publishAt" <= ${now})`,
  ];
  // Step two: every query word must be matched by some word of the record, in any order ("Elchin
  // Guliyev" finds "Elçin Mustafa oğlu Quliyev"); the GIN index on "searchWords" serves &&.
  for (const match of matches) conditions.push(Prisma.sql`v."searchWords" && ${match.words}::text[]`);
  if (search.place === PLACE_NOT_RECORDED) conditions.push(Prisma.sql`v."deathPlace" IS NULL`);
  else if (search.place) conditions.push(Prisma.sql`v."deathPlace" = ${search.place}`);
  if (search.home) conditions.push(Prisma.sql`v.home = ${search.home}`);
  if (search.ageMin !== undefined) conditions.push(Prisma.sql`v.age >= ${search.ageMin}`);
  if (search.ageMax !== undefined) conditions.push(Prisma.sql`v.age <= ${search.ageMax}`);
  if (search.fate) conditions.push(Prisma.sql`v.fate = ${search.fate}::"Fate"`);
  // A date known only to the month or year matches when that period overlaps the range.
  if (search.diedFrom || search.diedTo) conditions.push(Prisma.sql`v."deathDate" IS NOT NULL AND v."deathDatePrecision" <> 'UNKNOWN'`);
  if (search.diedFrom) conditions.push(Prisma.sql`${latestDeathDay} >= ${search.diedFrom}::date`);
  if (search.diedTo) conditions.push(Prisma.sql`v."deathDate" <= ${search.diedTo}::date`);
  return conditions;
}

const BY_NAME = Prisma.sql`"nameLatin" ASC NULLS LAST, "nameCyrillic" ASC NULLS LAST, "nameRussian" ASC NULLS LAST, slug ASC`;

/**
 * Ranking: a name form whose key is exactly the query's (Mamedova for Məmmədova) first, then a name
 * form or word that begins with the query, then the rest by how close their words are to the query
 * words (trigram similarity, so "Mammadva" ranks Mammadova above Mammadov); ties by name. The
 * closeness is only worked out for that last tier, where it decides something.
 */
function rankedColumns(key: string, matches: WordMatches[]): { tier: Prisma.Sql; closeness: Prisma.Sql } {
  const tier = Prisma.sql`CASE
      WHEN strpos(v."searchKey", ${`|${key}|`}) > 0 THEN 0
      WHEN strpos(v."searchKey", ${`|${key}`}) > 0 OR strpos(v."searchKey", ${` ${key}`}) > 0 THEN 1
      ELSE 2 END`;
  const closeness = Prisma.join(
    matches.map(
      (match) => Prisma.sql`coalesce((SELECT max(c.closeness) FROM unnest(${match.words}::text[], ${match.closeness}::float8[]) AS c(word, closeness)
        WHERE c.word = ANY(ranked."searchWords")), 0)`,
    ),
    ' + ',
  );
  return { tier, closeness };
}

type VictimRow = Omit<VictimListItem, 'updatedAt'> & { updatedAt: Date; total: number };

/**
 * One page of public victims matching a normalised search, and how many match in all. Everything
 * runs in PostgreSQL: the query is folded in TypeScript by the function that folds names on write,
 * then matched against the vocabulary, then victims are found by their words.
 */
export async function searchVictims(search: NormalisedVictimSearch, now: Date = new Date()): Promise<VictimSearchResult> {
  const words = search.key ? queryWords(search.key) : [];
  const matches = words.length > 0 ? await matchQueryWords(words) : [];
  if (matches.some((match) => match.words.length === 0)) return { victims: [], total: 0, pageCount: 1 };
  const where = Prisma.join(filterConditions(search, matches, now), ' AND ');
  const offset = (search.page - 1) * VICTIMS_PAGE_SIZE;
  const listed = Prisma.sql`v.slug, v."nameLatin", v."nameCyrillic", v."nameRussian", v."otherNames", v.description, v.age,
    v.fate::text AS fate, v."deathPlace", v.home, v."updatedAt"`;
  if (!search.key) {
    // Filters alone (a place, a home, a fate) can match most of a large archive: the page walks the
    // name index and stops after a page, and the total is counted on its own through the filters'
    // indexes. (count(*) OVER () would read and sort every match: 0.4 s for 20 000 of 100 000.)
    const [page, [counted]] = await Promise.all([
      db.$queryRaw<Omit<VictimRow, 'total'>[]>`
        SELECT ${listed} FROM "Victim" v WHERE ${where} ORDER BY ${BY_NAME} LIMIT ${VICTIMS_PAGE_SIZE} OFFSET ${offset}`,
      db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM "Victim" v WHERE ${where}`,
    ]);
    const total = counted?.total ?? 0;
    return {
      victims: page.map((row) => ({ ...row, updatedAt: row.updatedAt.toISOString() })),
      total,
      pageCount: Math.max(1, Math.ceil(total / VICTIMS_PAGE_SIZE)),
    };
  }
  // A name search: the total comes with the page (count(*) OVER ()), over at most the bound's matches.
  const { tier, closeness } = rankedColumns(search.key, matches);
  const rows = await db.$queryRaw<VictimRow[]>`
    SELECT slug, "nameLatin", "nameCyrillic", "nameRussian", "otherNames", description, age, fate, "deathPlace", home, "updatedAt", total
    FROM (SELECT ${listed}, count(*) OVER ()::int AS total, v."searchWords", ${tier} AS tier
      FROM (SELECT * FROM "Victim" v WHERE ${where} LIMIT ${BROAD_SEARCH_MATCHES + 1}) AS v) AS ranked
    ORDER BY tier, CASE WHEN tier = 2 THEN ${closeness} END DESC, ${BY_NAME}
    LIMIT ${VICTIMS_PAGE_SIZE} OFFSET ${offset}`;
  // A page past the end has no rows to carry the total; only then is it counted on its own.
  const total = rows[0]?.total ?? (await boundedCount(where, offset));
  // Ranking reads at most one match more than the bound: with more, the search is broad.
  if (total > BROAD_SEARCH_MATCHES) return broadSearch(search, matches, now, offset);
  return {
    victims: rows.map(({ total: _total, ...row }) => ({ ...row, updatedAt: row.updatedAt.toISOString() })),
    total,
    pageCount: Math.max(1, Math.ceil(total / VICTIMS_PAGE_SIZE)),
  };
}

/**
 * How many records match a name search, for a page past the end (which has no row to carry the
 * total): up to one more than the bound.
 */
async function boundedCount(where: Prisma.Sql, offset: number): Promise<number> {
  if (offset === 0) return 0;
  const [row] = await db.$queryRaw<{ total: number }[]>`
    SELECT count(*)::int AS total FROM (SELECT 1 FROM "Victim" v WHERE ${where} LIMIT ${BROAD_SEARCH_MATCHES + 1}) AS matching`;
  return row?.total ?? 0;
}

/**
 * A broad search, page by page in name order: the planner walks the name index and stops after a
 * page of records whose words include each query word exactly (or, for a query word with no exact
 * word in the vocabulary, any of its matches).
 */
async function broadSearch(search: NormalisedVictimSearch, matches: WordMatches[], now: Date, offset: number): Promise<VictimSearchResult> {
  const exact = matches.map((match) => {
    const words = match.words.filter((_, index) => match.closeness[index] === 2);
    return { words: words.length > 0 ? words : match.words, closeness: [] };
  });
  const where = Prisma.join(filterConditions(search, exact, now), ' AND ');
  const rows = await db.$queryRaw<Omit<VictimRow, 'total'>[]>`
    SELECT v.slug, v."nameLatin", v."nameCyrillic", v."nameRussian", v."otherNames", v.description, v.age,
      v.fate::text AS fate, v."deathPlace", v.home, v."updatedAt"
    FROM "Victim" v WHERE ${where} ORDER BY ${BY_NAME} LIMIT ${VICTIMS_PAGE_SIZE} OFFSET ${offset}`;
  return {
    victims: rows.map((row) => ({ ...row, updatedAt: row.updatedAt.toISOString() })),
    total: BROAD_SEARCH_MATCHES,
    pageCount: Math.ceil(BROAD_SEARCH_MATCHES / VICTIMS_PAGE_SIZE),
    totalIsAtLeast: true,
  };
}

// A visitor's query: kept in the bounded store, not in Next's data cache (lib/cache.ts).
const cachedSearchVictims = cachedQuery('listVictims', (search: NormalisedVictimSearch) => searchVictims(search), () => [cacheTags.victims], {
  visitorInput: true,
});

/** A page of public victims matching a name search and filters, keyed in the cache by the normalised search. */
export function listVictims(search: VictimSearch): Promise<VictimSearchResult> {
  return cachedSearchVictims(normaliseVictimSearch(search));
}
