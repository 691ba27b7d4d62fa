import { createHash } from 'node:crypto';
import { toCsv, type CsvValue } from '@/lib/export/csv';
import type { SourceSummary } from '@/lib/sources/queries';
import { victimDisplayName } from '@/lib/victims/display';

/**
 * The downloadable export of everything the public site shows, as researchers and journalists cite
 * it. Pure shapes and formatting here; the database read is in queries.ts.
 */

/** A source's words supporting an event or a victim record. */
export type ExportCitation = { sourceKey: string; quote: string | null; quoteIsVerbatim: boolean; page: string | null };

/** A source as every public page names it (a release's source takes the release's title, issuer and date). */
export type ExportSource = SourceSummary;

export type ExportIssuer = {
  slug: string;
  name: string;
  kind: string;
  country: string | null;
  city: string | null;
  address: string | null;
  website: string | null;
  url: string;
  updatedAt: string;
};

export type ExportRelease = {
  slug: string;
  title: string;
  titleIsEditorial: boolean;
  issuerSlug: string | null;
  issuerName: string | null;
  issuedOn: string;
  place: string | null;
  language: string;
  referenceNumber: string | null;
  anniversaryYear: number | null;
  body: string;
  bodyFormat: string;
  editorialNote: string | null;
  sourceKey: string | null;
  url: string;
  updatedAt: string;
};

export type ExportEvent = {
  slug: string;
  title: string;
  description: string | null;
  date: string;
  datePrecision: string;
  endDate: string | null;
  time: string | null;
  place: string | null;
  updatedAt: string;
  citations: ExportCitation[];
};

export type ExportFigure = {
  key: string;
  kind: string;
  value: number | null;
  qualifier: string;
  scope: string;
  scopeNote: string | null;
  asOf: string | null;
  quote: string;
  quoteIsVerbatim: boolean;
  page: string | null;
  note: string | null;
  sourceKey: string;
  updatedAt: string;
};

export type ExportVictim = {
  slug: string;
  nameLatin: string | null;
  nameCyrillic: string | null;
  nameRussian: string | null;
  otherNames: string[];
  description: string | null;
  sex: string;
  birthDate: string | null;
  birthDatePrecision: string;
  age: number | null;
  fate: string;
  deathDate: string | null;
  deathDatePrecision: string;
  deathPlace: string | null;
  circumstances: string | null;
  occupation: string | null;
  burialPlace: string | null;
  biography: string | null;
  url: string;
  updatedAt: string;
  citations: ExportCitation[];
};

export type ExportAnniversary = {
  year: number;
  title: string | null;
  introduction: string | null;
  eventSlugs: string[];
  url: string;
  updatedAt: string;
};

/** The published content itself, in a stable order (by slug, key or year). */
export type MemorialContent = {
  issuers: ExportIssuer[];
  releases: ExportRelease[];
  sources: ExportSource[];
  events: ExportEvent[];
  figures: ExportFigure[];
  victims: ExportVictim[];
  anniversaries: ExportAnniversary[];
};

export type MemorialExport = {
  title: string;
  site: string;
  /** The content's SHA-256 (first 16 hex digits): the same content always has the same version. */
  version: string;
  versionMethod: string;
  generatedAt: string;
  /** The latest change to any record in the export. */
  lastUpdated: string | null;
  counts: Record<keyof MemorialContent, number>;
} & MemorialContent;

const VERSION_METHOD =
  'The first 16 hexadecimal digits of the SHA-256 of the published content (every list of this document, serialised as JSON): the same content always has the same version, and any change gives a new one.';

/** The version of a content: a hash, so that a citation of a version names exactly one content. */
export function contentVersion(content: MemorialContent): string {
  return createHash('sha256').update(JSON.stringify(content), 'utf8').digest('hex').slice(0, 16);
}

/** Wraps the content with its version, the time of generation and a count of each kind of record. */
export function buildMemorialExport(content: MemorialContent, site: string, generatedAt: Date): MemorialExport {
  const timestamps = [...content.issuers, ...content.releases, ...content.events, ...content.figures, ...content.victims, ...content.anniversaries].map(
    (record) => record.updatedAt,
  );
  return {
    title: 'Black January memorial: published content',
    site,
    version: contentVersion(content),
    versionMethod: VERSION_METHOD,
    generatedAt: generatedAt.toISOString(),
    lastUpdated: timestamps.length > 0 ? timestamps.reduce((latest, value) => (value > latest ? value : latest)) : null,
    counts: {
      issuers: content.issuers.length,
      releases: content.releases.length,
      sources: content.sources.length,
      events: content.events.length,
      figures: content.figures.length,
      victims: content.victims.length,
      anniversaries: content.anniversaries.length,
    },
    ...content,
  };
}

/** The file name of a download, naming the version so that saved copies of different versions differ. */
export function exportFileName(version: string, extension: 'json' | 'csv'): string {
  return `black-january-memorial-${version}.${extension}`;
}

/** The columns of the CSV: one row per fact and source (a fact with two citations has two rows). */
export const CSV_COLUMNS = [
  'record_type',
  'record_key',
  'title',
  'description',
  'date',
  'date_precision',
  'end_date',
  'time',
  'place',
  'figure_kind',
  'figure_value',
  'figure_qualifier',
  'figure_scope',
  'figure_scope_note',
  'victim_name_latin',
  'victim_name_cyrillic',
  'victim_name_russian',
  'victim_age',
  'victim_fate',
  'url',
  'quote',
  'quote_is_verbatim',
  'page',
  'source_key',
  'source_kind',
  'source_title',
  'source_author',
  'source_publisher',
  'source_date',
  'source_url',
  'source_release_url',
  'export_version',
  'export_generated_at',
] as const;

type CsvColumn = (typeof CSV_COLUMNS)[number];
type CsvRow = Partial<Record<CsvColumn, CsvValue>>;

/**
 * The facts of the export — events, figures and victim records — as CSV, each row with the source
 * that supports it (its key, title, publisher, date and address) and the source's words. A fact
 * whose every source was taken off the site keeps one row with empty source columns.
 */
export function memorialCsv(data: MemorialExport): string {
  const sources = new Map(data.sources.map((source) => [source.key, source]));
  const releaseUrls = new Map(data.releases.map((release) => [release.slug, release.url]));
  const sourceColumns = (citation: ExportCitation | null): CsvRow => {
    if (!citation) return {};
    const source = sources.get(citation.sourceKey);
    return {
      quote: citation.quote,
      quote_is_verbatim: citation.quoteIsVerbatim,
      page: citation.page,
      source_key: citation.sourceKey,
      source_kind: source?.kind,
      source_title: source?.title,
      source_author: source?.author,
      source_publisher: source?.publisher,
      source_date: source?.date,
      source_url: source?.url,
      source_release_url: source?.releaseSlug ? releaseUrls.get(source.releaseSlug) : null,
    };
  };
  const perCitation = (fact: CsvRow, citations: ExportCitation[]): CsvRow[] =>
    (citations.length > 0 ? citations : [null]).map((citation) => ({ ...fact, ...sourceColumns(citation) }));

  const rows: CsvRow[] = [
    ...data.events.flatMap((event) =>
      perCitation(
        {
          record_type: 'event',
          record_key: event.slug,
          title: event.title,
          description: event.description,
          date: event.date,
          date_precision: event.datePrecision,
          end_date: event.endDate,
          time: event.time,
          place: event.place,
        },
        event.citations,
      ),
    ),
    ...data.figures.map((figure) => ({
      record_type: 'figure',
      record_key: figure.key,
      description: figure.note,
      date: figure.asOf,
      date_precision: figure.asOf ? 'DAY' : null,
      figure_kind: figure.kind,
      figure_value: figure.value,
      figure_qualifier: figure.qualifier,
      figure_scope: figure.scope,
      figure_scope_note: figure.scopeNote,
      ...sourceColumns({ sourceKey: figure.sourceKey, quote: figure.quote, quoteIsVerbatim: figure.quoteIsVerbatim, page: figure.page }),
    })),
    ...data.victims.flatMap((victim) =>
      perCitation(
        {
          record_type: 'victim',
          record_key: victim.slug,
          title: victimDisplayName(victim).name,
          description: victim.description,
          date: victim.deathDate,
          date_precision: victim.deathDate ? victim.deathDatePrecision : null,
          place: victim.deathPlace,
          victim_name_latin: victim.nameLatin,
          victim_name_cyrillic: victim.nameCyrillic,
          victim_name_russian: victim.nameRussian,
          victim_age: victim.age,
          victim_fate: victim.fate,
          url: victim.url,
        },
        victim.citations,
      ),
    ),
  ];
  const meta = { export_version: data.version, export_generated_at: data.generatedAt };
  return toCsv([
    CSV_COLUMNS,
    ...rows.map((row) => {
      const full: CsvRow = { ...row, ...meta };
      return CSV_COLUMNS.map((column) => full[column]);
    }),
  ]);
}
