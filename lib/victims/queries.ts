import 'server-only';
import { db } from '@/lib/db';
import { cachedQuery, cacheTags } from '@/lib/cache';
import { toIsoDate, type DatePrecision } from '@/lib/dates';
import { publicWhere } from '@/lib/publication';
import { sourceSummarySelect, toSourceSummary } from '@/lib/sources/queries';
import type { CitedQuote } from '@/lib/events/queries';
import type { Sex } from '@/lib/generated/prisma/enums';
import { victimRecordFields } from '@/lib/victims/fields';
import type { VictimListItem } from '@/lib/victims/search';

export type { VictimListItem } from '@/lib/victims/search';
/** The name search lives in lib/victims/search.ts; re-exported so that readers keep one entry point. */
export { listVictims } from '@/lib/victims/search';

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
  /** For localising circumstances, occupation and biography (lib/translations/localise.ts): the record and its original language. */
  id: string;
  language: string;
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
      id: true,
      language: true,
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
