import 'server-only';
import { disputedValuesSelect, toDisputedVersion, type DisputedVersion } from '@/lib/citations/disputed';
import { db } from '@/lib/db';
import { cachedQuery, cacheTags } from '@/lib/cache';
import { toIsoDate, type DatePrecision } from '@/lib/dates';
import { publicWhere } from '@/lib/records/public-where';
import type { CitedQuote } from '@/lib/citations/cited-quote';
import { sourceSummarySelect, toSourceSummary } from '@/lib/sources/queries';
import type { Prisma } from '@/lib/generated/prisma/client';

const timelineEventSelect = (now: Date) =>
  ({
  id: true,
  slug: true,
  language: true,
  title: true,
  description: true,
  date: true,
  datePrecision: true,
  endDate: true,
  time: true,
  place: true,
  updatedAt: true,
  citations: {
    where: { source: publicWhere(now) },
    orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
    select: { quote: true, quoteIsVerbatim: true, page: true, source: { select: sourceSummarySelect } },
  },
  disputedValues: disputedValuesSelect(now),
}) satisfies Prisma.EventSelect;

export type TimelineEvent = {
  /** id and language let pages show the title and description in the reader's language (localiseRecords). */
  id: string;
  slug: string;
  language: string;
  title: string;
  description: string | null;
  date: string;
  datePrecision: DatePrecision;
  endDate: string | null;
  time: string | null;
  place: string | null;
  updatedAt: string;
  citations: CitedQuote[];
  /** Where the sources disagree on the date: each version with its source. */
  disputedValues: DisputedVersion[];
};

type EventRow = Prisma.EventGetPayload<{ select: ReturnType<typeof timelineEventSelect> }>;

function toTimelineEvent(row: EventRow, now: Date): TimelineEvent {
  return {
    id: row.id,
    slug: row.slug,
    language: row.language,
    title: row.title,
    description: row.description,
    date: toIsoDate(row.date)!,
    datePrecision: row.datePrecision,
    endDate: toIsoDate(row.endDate),
    time: row.time,
    place: row.place,
    updatedAt: row.updatedAt.toISOString(),
    citations: row.citations
      .map((citation) => ({
        quote: citation.quote,
        quoteIsVerbatim: citation.quoteIsVerbatim,
        page: citation.page,
        source: toSourceSummary(citation.source, now),
      })),
    disputedValues: row.disputedValues.map((value) => toDisputedVersion(value, now)),
  };
}

async function readTimelineEvents(range?: { from: string; to: string }): Promise<TimelineEvent[]> {
  const now = new Date();
  const rows = await db.event.findMany({
    where: {
      ...publicWhere(now),
      ...(range ? { date: { gte: new Date(`${range.from}T00:00:00Z`), lte: new Date(`${range.to}T00:00:00Z`) } } : {}),
    },
    orderBy: [{ date: 'asc' }, { time: 'asc' }, { title: 'asc' }],
    select: timelineEventSelect(now),
  });
  return rows.map((row) => toTimelineEvent(row, now));
}

/** Every public event in date order, each with its citations. Optionally only those within a date range. */
export const listTimelineEvents = cachedQuery('listTimelineEvents', readTimelineEvents, () => [
  cacheTags.events,
  cacheTags.sources,
  cacheTags.releases,
]);
