import 'server-only';
import { db } from '@/lib/db';
import { cachedQuery, cacheTags } from '@/lib/cache';
import { toIsoDate } from '@/lib/dates';
import { publicWhere } from '@/lib/records/public-where';
import { sourceSummarySelect, toSourceSummary, type SourceSummary } from '@/lib/sources/queries';
import type { FigureKind, FigureQualifier, FigureScope } from '@/lib/generated/prisma/enums';

export { groupFiguresByKind, type FigureGroup } from '@/lib/figures/grouping';

export type LedgerFigure = {
  /** id and language let pages show the notes in the reader's language (localiseRecords). */
  id: string;
  language: string;
  key: string;
  kind: FigureKind;
  value: number | null;
  valueMax: number | null;
  qualifier: FigureQualifier;
  scope: FigureScope;
  scopeNote: string | null;
  asOf: string | null;
  period: string | null;
  quote: string;
  quoteIsVerbatim: boolean;
  page: string | null;
  note: string | null;
  updatedAt: string;
  source: SourceSummary;
};

async function readFigures(): Promise<LedgerFigure[]> {
  const now = new Date();
  const rows = await db.figure.findMany({
    where: { ...publicWhere(now), source: publicWhere(now) },
    orderBy: [{ kind: 'asc' }, { position: 'asc' }, { key: 'asc' }],
    select: {
      id: true,
      language: true,
      key: true,
      kind: true,
      value: true,
      valueMax: true,
      qualifier: true,
      scope: true,
      scopeNote: true,
      asOf: true,
      period: true,
      quote: true,
      quoteIsVerbatim: true,
      page: true,
      note: true,
      updatedAt: true,
      source: { select: sourceSummarySelect },
    },
  });
  return rows
    .map((row) => ({ ...row, asOf: toIsoDate(row.asOf), updatedAt: row.updatedAt.toISOString(), source: toSourceSummary(row.source, now) }))
    .sort((a, b) => compareSourceDates(a.source, b.source));
}

function compareSourceDates(a: SourceSummary, b: SourceSummary): number {
  return (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.key.localeCompare(b.key);
}

/** Every public figure, each with the source that gives it, ordered by the source's date. */
export const listFigures = cachedQuery('listFigures', readFigures, () => [cacheTags.figures, cacheTags.sources, cacheTags.releases]);

