import 'server-only';
import { db } from '@/lib/db';
import { cachedQuery, cacheTags } from '@/lib/cache';
import { Prisma } from '@/lib/generated/prisma/client';
import type { Fate } from '@/lib/generated/prisma/enums';
import { foldName } from '@/lib/victims/search-key';
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
  updatedAt: string;
};

export type VictimSearchResult = { victims: VictimListItem[]; total: number; pageCount: number };

/**
 * The search as the database sees it: the name folded to its key (lib/victims/search-key.ts), so
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

/** The last day a partially known date of death can be (a month's or a year's last day). */
const latestDeathDay = Prisma.sql`(CASE v."deathDatePrecision"
  WHEN 'DAY' THEN v."deathDate"
  WHEN 'YEAR' THEN (date_trunc('year', v."deathDate") + interval '1 year - 1 day')::date
  ELSE (date_trunc('month', v."deathDate") + interval '1 month - 1 day')::date END)`;

function filterConditions(search: NormalisedVictimSearch, now: Date): Prisma.Sql[] {
  // The same rule as publicWhere (lib/publication.ts), in SQL.
  const conditions = [
    Prisma.sql`v.status = 'PUBLISHED'`,
    Prisma.sql`v."deletedAt" IS NULL`,
    Prisma.sql`(v."publishAt" IS NULL OR v."publishAt" <= ${now})`,
  ];
  if (search.key) {
    // Every word of the query must appear in some name form, in any order ("Elchin Guliyev" finds
    // "Elçin Mustafa oğlu Quliyev"): as a substring, or as a word whose trigrams mostly appear in one
    // stretch of the key (word_similarity ≥ pg_trgm.word_similarity_threshold, 0.6), which is what
    // lets "Mammadva" find Mammadova. The trigram index on "searchKey" serves both operators; a
    // substring shorter than three letters cannot use it, so short words match by trigrams only.
    for (const word of queryWords(search.key)) {
      conditions.push(
        word.length >= 3 ? Prisma.sql`(v."searchKey" LIKE ${`%${word}%`} OR ${word} <% v."searchKey")` : Prisma.sql`${word} <% v."searchKey"`,
      );
    }
  }
  if (search.place === PLACE_NOT_RECORDED) conditions.push(Prisma.sql`v."deathPlace" IS NULL`);
  else if (search.place) conditions.push(Prisma.sql`v."deathPlace" = ${search.place}`);
  if (search.ageMin !== undefined) conditions.push(Prisma.sql`v.age >= ${search.ageMin}`);
  if (search.ageMax !== undefined) conditions.push(Prisma.sql`v.age <= ${search.ageMax}`);
  if (search.fate) conditions.push(Prisma.sql`v.fate = ${search.fate}::"Fate"`);
  // A date known only to the month or year matches when that period overlaps the range.
  if (search.diedFrom || search.diedTo) conditions.push(Prisma.sql`v."deathDate" IS NOT NULL AND v."deathDatePrecision" <> 'UNKNOWN'`);
  if (search.diedFrom) conditions.push(Prisma.sql`${latestDeathDay} >= ${search.diedFrom}::date`);
  if (search.diedTo) conditions.push(Prisma.sql`v."deathDate" <= ${search.diedTo}::date`);
  return conditions;
}

/**
 * Ranking: a name form whose key is exactly the query's (Mamedova for Məmmədova) first, then a
 * name form or word that begins with the query, then the rest by how closely each query word
 * matches a whole word (strict_word_similarity, so "Mammadva" ranks Mammadova above Mammadov);
 * ties by name.
 */
function orderBy(key: string | undefined): Prisma.Sql {
  const byName = Prisma.sql`v."nameLatin" ASC NULLS LAST, v."nameCyrillic" ASC NULLS LAST, v."nameRussian" ASC NULLS LAST, v.slug ASC`;
  if (!key) return byName;
  const closeness = Prisma.join(
    queryWords(key).map((word) => Prisma.sql`strict_word_similarity(${word}, v."searchKey")`),
    ' + ',
  );
  return Prisma.sql`CASE
      WHEN v."searchKey" LIKE ${`%|${key}|%`} THEN 0
      WHEN v."searchKey" LIKE ${`%|${key}%`} OR v."searchKey" LIKE ${`% ${key}%`} THEN 1
      ELSE 2 END,
    ${closeness} DESC, ${byName}`;
}

type VictimRow = Omit<VictimListItem, 'updatedAt'> & { updatedAt: Date };

/**
 * One page of public victims matching a normalised search, and how many match in all. Everything
 * runs in PostgreSQL: the query is folded in TypeScript by the function that folds names on write.
 */
export async function searchVictims(search: NormalisedVictimSearch, now: Date = new Date()): Promise<VictimSearchResult> {
  const where = Prisma.join(filterConditions(search, now), ' AND ');
  const offset = (search.page - 1) * VICTIMS_PAGE_SIZE;
  const [rows, counted] = await Promise.all([
    db.$queryRaw<VictimRow[]>`
      SELECT v.slug, v."nameLatin", v."nameCyrillic", v."nameRussian", v."otherNames", v.description, v.age, v.fate::text AS fate,
             v."deathPlace", v."updatedAt"
      FROM "Victim" v
      WHERE ${where}
      ORDER BY ${orderBy(search.key)}
      LIMIT ${VICTIMS_PAGE_SIZE} OFFSET ${offset}`,
    db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM "Victim" v WHERE ${where}`,
  ]);
  const total = counted[0]?.total ?? 0;
  return {
    victims: rows.map((row) => ({ ...row, updatedAt: row.updatedAt.toISOString() })),
    total,
    pageCount: Math.max(1, Math.ceil(total / VICTIMS_PAGE_SIZE)),
  };
}

const cachedSearchVictims = cachedQuery('listVictims', (search: NormalisedVictimSearch) => searchVictims(search), () => [cacheTags.victims]);

/** A page of public victims matching a name search and filters, keyed in the cache by the normalised search. */
export function listVictims(search: VictimSearch): Promise<VictimSearchResult> {
  return cachedSearchVictims(normaliseVictimSearch(search));
}
