import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { toIsoDate, type DatePrecision, type Season } from '@/lib/dates';

/** The fields every public page needs to show a source beside a fact. */
export const sourceSummarySelect = {
  key: true,
  kind: true,
  title: true,
  author: true,
  publisher: true,
  date: true,
  datePrecision: true,
  dateSeason: true,
  details: true,
  url: true,
  quotedAt: true,
  language: true,
  reliabilityNote: true,
  dateNote: true,
  editorialNote: true,
  release: {
    select: {
      slug: true,
      title: true,
      titleIsEditorial: true,
      issuedOn: true,
      status: true,
      deletedAt: true,
      publishAt: true,
      organization: { select: { name: true } },
    },
  },
} satisfies Prisma.SourceSelect;

export type SourceSummary = {
  key: string;
  kind: 'RELEASE' | 'EXTERNAL' | 'TESTIMONY';
  title: string;
  author: string | null;
  publisher: string | null;
  date: string | null;
  datePrecision: DatePrecision;
  dateSeason: Season | null;
  details: string | null;
  url: string | null;
  quotedAt: string | null;
  /** The document's language, where known. */
  language: string | null;
  /** The curators' note on how far the source can be relied on (English, the memorial's words). */
  reliabilityNote: string | null;
  /** A date the source does not print, as the curators infer it ("30 years on, i.e. 2020"): never a date. */
  dateNote: string | null;
  /** The memorial's own remark about the source (its parts do not add up to its total). */
  editorialNote: string | null;
  /** Slug of the archived release, when the source is a release visible to the public. */
  releaseSlug: string | null;
};

type SourceRow = Prisma.SourceGetPayload<{ select: typeof sourceSummarySelect }>;

/** Shapes a source row for display; a release that is not public is cited without a link. */
export function toSourceSummary(row: SourceRow, now: Date): SourceSummary {
  const release = row.release;
  const releaseIsPublic =
    release !== null &&
    release.status === 'PUBLISHED' &&
    release.deletedAt === null &&
    (release.publishAt === null || release.publishAt <= now);
  return {
    key: row.key,
    kind: row.kind,
    title: release ? release.title : (row.title ?? 'Untitled source'),
    author: row.author,
    publisher: release ? (release.organization?.name ?? null) : row.publisher,
    date: toIsoDate(release ? release.issuedOn : row.date),
    datePrecision: release ? 'DAY' : row.datePrecision,
    dateSeason: row.dateSeason,
    details: row.details,
    url: row.url,
    quotedAt: row.quotedAt,
    language: row.language,
    reliabilityNote: row.reliabilityNote,
    dateNote: row.dateNote,
    editorialNote: row.editorialNote,
    releaseSlug: releaseIsPublic ? release.slug : null,
  };
}
