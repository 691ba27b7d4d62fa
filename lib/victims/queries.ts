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
import { victimDisplayName } from '@/lib/victims/display';
import type { NameChange } from '@/lib/feeds/names-feed';

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
  /** The latest public note of what a save corrected, with its time, or null. */
  lastCorrection: { note: string; at: string } | null;
  /** Fields removed at the family's request that the page marks so (their values are gone from the record). */
  withheldFields: string[];
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
      withheldFields: true,
      citations: {
        where: { source: publicWhere(now) },
        orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
        select: { quote: true, quoteIsVerbatim: true, page: true, supports: true, sourceId: true, source: { select: sourceSummarySelect } },
      },
      disputedValues: disputedValuesSelect(now),
      corrections: { orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: 1, select: { note: true, createdAt: true } },
    },
  });
  if (!row) return null;
  const { corrections, ...victim } = row;
  return {
    ...victim,
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
    lastCorrection: corrections[0] ? { note: corrections[0].note, at: corrections[0].createdAt.toISOString() } : null,
  };
}

/** One public victim with every recorded field and its citations, or null. */
export const getVictimBySlug = cachedQuery('getVictimBySlug', readVictimBySlug, (slug) => [cacheTags.victims, cacheTags.victim(slug), cacheTags.sources], {
  byAddress: true,
});

/** How many changes the feed of new and corrected names lists. */
export const NAME_CHANGES_LIMIT = 50;

const nameFields = { slug: true, nameLatin: true, nameCyrillic: true, nameRussian: true, description: true } as const;

/**
 * The newest public names and corrections of public records, newest first: a name is new from its
 * first publication (a record public before that was recorded counts from its creation).
 */
export const listNameChanges = cachedQuery(
  'listNameChanges',
  async (): Promise<NameChange[]> => {
    const now = new Date();
    const where = publicWhere(now);
    const [published, older, corrections] = await Promise.all([
      db.victim.findMany({ where: { ...where, firstPublishedAt: { not: null } }, orderBy: [{ firstPublishedAt: 'desc' }, { id: 'asc' }], take: NAME_CHANGES_LIMIT, select: { ...nameFields, firstPublishedAt: true } }),
      db.victim.findMany({ where: { ...where, firstPublishedAt: null }, orderBy: [{ createdAt: 'desc' }, { id: 'asc' }], take: NAME_CHANGES_LIMIT, select: { ...nameFields, createdAt: true } }),
      db.victimCorrection.findMany({
        where: { victim: where },
        orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
        take: NAME_CHANGES_LIMIT,
        select: { id: true, note: true, createdAt: true, victim: { select: nameFields } },
      }),
    ]);
    const changes: NameChange[] = [
      ...published.map((victim) => ({ kind: 'new' as const, victimSlug: victim.slug, name: victimDisplayName(victim).name, at: victim.firstPublishedAt!.toISOString() })),
      ...older.map((victim) => ({ kind: 'new' as const, victimSlug: victim.slug, name: victimDisplayName(victim).name, at: victim.createdAt.toISOString() })),
      ...corrections.map((correction) => ({
        kind: 'correction' as const,
        id: correction.id,
        victimSlug: correction.victim.slug,
        name: victimDisplayName(correction.victim).name,
        note: correction.note,
        at: correction.createdAt.toISOString(),
      })),
    ];
    return changes.sort((a, b) => b.at.localeCompare(a.at)).slice(0, NAME_CHANGES_LIMIT);
  },
  () => [cacheTags.victims],
);
