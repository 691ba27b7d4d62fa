import 'server-only';
import { db } from '@/lib/db';
import { cachedQuery, cacheTags } from '@/lib/cache';
import { toIsoDate, type DatePrecision } from '@/lib/dates';
import { publicWhere } from '@/lib/records/public-where';
import { sourceSummarySelect, toSourceSummary } from '@/lib/sources/queries';
import { disputedValuesSelect, toDisputedVersion, type DisputedVersion } from '@/lib/citations/disputed';
import type { CitedQuote } from '@/lib/citations/cited-quote';
import type { Sex } from '@/lib/generated/prisma/enums';
import { victimRecordFields } from '@/lib/victims/fields';
import type { VictimListItem } from '@/lib/victims/search/search';

export type { VictimListItem } from '@/lib/victims/search/search';
/** The name search lives in lib/victims/search/search.ts; re-exported so that readers keep one entry point. */
export { listVictims } from '@/lib/victims/search/search';

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

/** The homes (places of origin) recorded for public victims, for the home filter. */
export const listVictimHomes = cachedQuery(
  'listVictimHomes',
  async (): Promise<string[]> => {
    const rows = await db.victim.groupBy({ by: ['home'], where: { ...publicWhere(new Date()), home: { not: null } }, orderBy: { home: 'asc' } });
    return rows.flatMap((row) => (row.home ? [row.home] : []));
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
  birthPlace: string | null;
  home: string | null;
  contentWarning: boolean;
  honours: string | null;
  updatedAt: string;
  citations: (CitedQuote & { supports: string[] })[];
  disputedValues: DisputedVersion[];
  /** True when every citation is of one source: the page says the record rests on it alone. */
  singleSource: boolean;
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
        select: { quote: true, quoteIsVerbatim: true, page: true, supports: true, sourceId: true, source: { select: sourceSummarySelect } },
      },
      disputedValues: disputedValuesSelect(now),
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
      supports: citation.supports,
      source: toSourceSummary(citation.source, now),
    })),
    disputedValues: row.disputedValues.map((value) => toDisputedVersion(value, now)),
    singleSource: new Set(row.citations.map((citation) => citation.sourceId)).size === 1,
  };
}

/** One public victim with every recorded field and its citations, or null. */
export const getVictimBySlug = cachedQuery('getVictimBySlug', readVictimBySlug, (slug) => [cacheTags.victims, cacheTags.victim(slug), cacheTags.sources], {
  byAddress: true,
});
