import 'server-only';
import { db } from '@/lib/db';
import { cachedQuery, cacheTags } from '@/lib/cache';
import { toIsoDate, type DatePrecision } from '@/lib/dates';
import { publicWhere } from '@/lib/publication';
import { sourceSummarySelect, toSourceSummary } from '@/lib/sources/queries';
import { PLACE_NOT_RECORDED, VICTIMS_PAGE_SIZE, type VictimSearch } from '@/lib/victims/schema';
import type { CitedQuote } from '@/lib/events/queries';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Fate, Sex } from '@/lib/generated/prisma/enums';
import { victimRecordFields } from '@/lib/victims/fields';

export type VictimListItem = {
  slug: string;
  nameLatin: string | null;
  nameCyrillic: string | null;
  nameRussian: string | null;
  description: string | null;
  age: number | null;
  fate: Fate;
  deathPlace: string | null;
  updatedAt: string;
};

function victimSearchWhere(search: VictimSearch, now: Date): Prisma.VictimWhereInput {
  const and: Prisma.VictimWhereInput[] = [publicWhere(now)];
  if (search.q) {
    const contains = { contains: search.q, mode: 'insensitive' as const };
    and.push({
      OR: [
        { nameLatin: contains },
        { nameCyrillic: contains },
        { nameRussian: contains },
        { otherNames: { has: search.q } },
        { description: contains },
      ],
    });
  }
  if (search.place === PLACE_NOT_RECORDED) and.push({ deathPlace: null });
  else if (search.place) and.push({ deathPlace: search.place });
  if (search.ageMin !== undefined) and.push({ age: { gte: search.ageMin } });
  if (search.ageMax !== undefined) and.push({ age: { lte: search.ageMax } });
  return { AND: and };
}

async function readVictims(search: VictimSearch): Promise<{ victims: VictimListItem[]; total: number; pageCount: number }> {
  const now = new Date();
  const where = victimSearchWhere(search, now);
  const [victims, total] = await Promise.all([
    db.victim.findMany({
      where,
      orderBy: [{ nameLatin: { sort: 'asc', nulls: 'last' } }, { slug: 'asc' }],
      skip: (search.page - 1) * VICTIMS_PAGE_SIZE,
      take: VICTIMS_PAGE_SIZE,
      select: {
        slug: true,
        nameLatin: true,
        nameCyrillic: true,
        nameRussian: true,
        description: true,
        age: true,
        fate: true,
        deathPlace: true,
        updatedAt: true,
      },
    }),
    db.victim.count({ where }),
  ]);
  return {
    victims: victims.map((victim) => ({ ...victim, updatedAt: victim.updatedAt.toISOString() })),
    total,
    pageCount: Math.max(1, Math.ceil(total / VICTIMS_PAGE_SIZE)),
  };
}

/** A page of public victims matching a name search and filters, keyed in the cache by the normalised search. */
export const listVictims = cachedQuery('listVictims', readVictims, () => [cacheTags.victims]);

/** The places of death recorded for public victims, for the place filter. */
export const listVictimPlaces = cachedQuery(
  'listVictimPlaces',
  async (): Promise<{ places: string[]; hasUnrecorded: boolean }> => {
    const now = new Date();
    const rows = await db.victim.groupBy({ by: ['deathPlace'], where: publicWhere(now), orderBy: { deathPlace: 'asc' } });
    return {
      places: rows.flatMap((row) => (row.deathPlace ? [row.deathPlace] : [])),
      hasUnrecorded: rows.some((row) => row.deathPlace === null),
    };
  },
  () => [cacheTags.victims],
);

export type VictimDetail = VictimListItem & {
  otherNames: string[];
  sex: Sex;
  birthDate: string | null;
  birthDatePrecision: DatePrecision;
  deathDate: string | null;
  deathDatePrecision: DatePrecision;
  circumstances: string | null;
  occupation: string | null;
  burialPlace: string | null;
  biography: string | null;
  updatedAt: string;
  citations: CitedQuote[];
};

async function readVictimBySlug(slug: string): Promise<VictimDetail | null> {
  const now = new Date();
  const row = await db.victim.findFirst({
    where: { slug, ...publicWhere(now) },
    select: {
      ...victimRecordFields,
      updatedAt: true,
      citations: {
        where: { source: publicWhere(now) },
        orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
        select: { quote: true, quoteIsVerbatim: true, page: true, source: { select: sourceSummarySelect } },
      },
    },
  });
  if (!row) return null;
  return {
    ...row,
    birthDate: toIsoDate(row.birthDate),
    deathDate: toIsoDate(row.deathDate),
    updatedAt: row.updatedAt.toISOString(),
    citations: row.citations.map((citation) => ({
      quote: citation.quote,
      quoteIsVerbatim: citation.quoteIsVerbatim,
      page: citation.page,
      source: toSourceSummary(citation.source, now),
    })),
  };
}

/** One public victim with every recorded field and its citations, or null. */
export const getVictimBySlug = cachedQuery('getVictimBySlug', readVictimBySlug, (slug) => [cacheTags.victims, cacheTags.victim(slug), cacheTags.sources]);
