import { createHash } from 'node:crypto';
import { toCsv, type CsvValue } from '@/lib/csv/write';
import type { SourceSummary } from '@/lib/sources/queries';
import type { Locale } from '@/lib/i18n/config';
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

/**
 * The licence under which the export may be reused: the operator's setting (lib/operator-texts/),
 * never one the memorial assumes. Its statement is given in each site language the operator wrote.
 */
export type ExportLicence =
  | { stated: true; name: string; url: string | null; statement: Record<Locale, string | null> }
  | { stated: false; statement: string };

/** What the export says when the operator has set no licence: plainly that, and nothing more. */
export const NO_LICENCE_STATED = 'No licence has been stated for reusing this data: the operator of the memorial has not set one.';

/** The licence in one line (the CSV's data_licence column): its name and address, or that none is stated. */
export function licenceLine(licence: ExportLicence): string {
  if (!licence.stated) return NO_LICENCE_STATED;
  return licence.url ? `${licence.name} (${licence.url})` : licence.name;
}

export type MemorialExport = {
  title: string;
  site: string;
  /** The licence of the data, as the operator set it, or that none is stated. */
  licence: ExportLicence;
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

/** The content but the victims: curated records, a few hundred, read whole. The victims come in batches. */
export type ListedContent = Omit<MemorialContent, 'victims'>;

/** What the export says about itself, before its content. */
export type MemorialExportHeader = Omit<MemorialExport, keyof MemorialContent>;

/** The latest of ISO timestamps (they sort as text), or null. */
function latest(timestamps: Iterable<string>): string | null {
  let found: string | null = null;
  for (const value of timestamps) if (found === null || value > found) found = value;
  return found;
}

/**
 * The export's header from the listed content and a summary of the victims (their number and latest
 * change), so that the victims need not be held in memory to write it.
 */
export function memorialExportHeader(
  listed: ListedContent,
  victims: { count: number; lastUpdated: string | null },
  version: string,
  site: string,
  generatedAt: Date,
  licence: ExportLicence,
): MemorialExportHeader {
  const timestamps = [...listed.issuers, ...listed.releases, ...listed.events, ...listed.figures, ...listed.anniversaries].map((record) => record.updatedAt);
  return {
    title: 'Black January memorial: published content',
    site,
    licence,
    version,
    versionMethod: VERSION_METHOD,
    generatedAt: generatedAt.toISOString(),
    lastUpdated: latest([...timestamps, ...(victims.lastUpdated ? [victims.lastUpdated] : [])]),
    counts: {
      issuers: listed.issuers.length,
      releases: listed.releases.length,
      sources: listed.sources.length,
      events: listed.events.length,
      figures: listed.figures.length,
      victims: victims.count,
      anniversaries: listed.anniversaries.length,
    },
  };
}

/** Wraps the content with its version, the time of generation and a count of each kind of record. */
export function buildMemorialExport(content: MemorialContent, site: string, generatedAt: Date, licence: ExportLicence): MemorialExport {
  const { victims, ...listed } = content;
  const header = memorialExportHeader(listed, { count: victims.length, lastUpdated: latest(victims.map((victim) => victim.updatedAt)) }, contentVersion(content), site, generatedAt, licence);
  return { ...header, ...content };
}

/**
 * contentVersion of a content whose victims come one at a time: the SHA-256 is fed the same JSON
 * text, piece by piece (the keys in MemorialContent's order), so the version is the same.
 */
export function contentVersionOfParts(listed: ListedContent): { addVictim: (victim: ExportVictim) => void; version: () => string } {
  const hash = createHash('sha256');
  const { issuers, releases, sources, events, figures, anniversaries } = listed;
  hash.update(
    `{"issuers":${JSON.stringify(issuers)},"releases":${JSON.stringify(releases)},"sources":${JSON.stringify(sources)},"events":${JSON.stringify(events)},"figures":${JSON.stringify(figures)},"victims":[`,
    'utf8',
  );
  let first = true;
  return {
    addVictim(victim) {
      hash.update(`${first ? '' : ','}${JSON.stringify(victim)}`, 'utf8');
      first = false;
    },
    version() {
      hash.update(`],"anniversaries":${JSON.stringify(anniversaries)}}`, 'utf8');
      return hash.digest('hex').slice(0, 16);
    },
  };
}

/** An item of a list inside the document, as JSON.stringify(document, null, 2) indents it. */
function indentedItem(item: unknown): string {
  return JSON.stringify(item, null, 2).replace(/^/gm, '    ');
}

function jsonList(name: string, items: readonly unknown[]): string {
  return `  ${JSON.stringify(name)}: ${items.length === 0 ? '[]' : `[\n${items.map(indentedItem).join(',\n')}\n  ]`}`;
}

/**
 * The JSON export in pieces, the victims as they come: the same text as
 * `${JSON.stringify(buildMemorialExport(...), null, 2)}\n`, never the whole of it in memory.
 */
export async function* memorialJsonChunks(header: MemorialExportHeader, listed: ListedContent, victims: AsyncIterable<ExportVictim>): AsyncGenerator<string> {
  const opening = JSON.stringify(header, null, 2);
  yield `${opening.slice(0, -2)},\n`;
  for (const name of ['issuers', 'releases', 'sources', 'events', 'figures'] as const) yield `${jsonList(name, listed[name])},\n`;
  let pending = '  "victims": [';
  let first = true;
  for await (const victim of victims) {
    pending += `${first ? '\n' : ',\n'}${indentedItem(victim)}`;
    first = false;
    if (pending.length >= 64 * 1024) {
      yield pending;
      pending = '';
    }
  }
  yield `${pending}${first ? ']' : '\n  ]'},\n${jsonList('anniversaries', listed.anniversaries)}\n}\n`;
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
  'data_licence',
] as const;

type CsvColumn = (typeof CSV_COLUMNS)[number];
type CsvRow = Partial<Record<CsvColumn, CsvValue>>;

/**
 * The facts of the export — events, figures and victim records — as CSV, each row with the source
 * that supports it (its key, title, publisher, date and address) and the source's words. A fact
 * whose every source was taken off the site keeps one row with empty source columns. In parts, so
 * that the victims can be written as they come: `header`, then `events`, `figures`, `victims`.
 */
export function memorialCsvWriter(data: Pick<MemorialExport, 'sources' | 'releases' | 'version' | 'generatedAt' | 'licence'>): {
  header: () => string;
  events: (events: readonly ExportEvent[]) => string;
  figures: (figures: readonly ExportFigure[]) => string;
  victims: (victims: readonly ExportVictim[]) => string;
} {
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
  const meta = { export_version: data.version, export_generated_at: data.generatedAt, data_licence: licenceLine(data.licence) };
  const lines = (rows: CsvRow[]) =>
    toCsv(
      rows.map((row) => {
        const full: CsvRow = { ...row, ...meta };
        return CSV_COLUMNS.map((column) => full[column]);
      }),
    );

  return {
    header: () => toCsv([CSV_COLUMNS]),
    events: (events) =>
      lines(
        events.flatMap((event) =>
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
      ),
    figures: (figures) =>
      lines(
        figures.map((figure) => ({
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
      ),
    victims: (victims) =>
      lines(
        victims.flatMap((victim) =>
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
      ),
  };
}

/** The whole CSV of an export held in memory (tests, and the pieces' reference). */
export function memorialCsv(data: MemorialExport): string {
  const writer = memorialCsvWriter(data);
  return writer.header() + writer.events(data.events) + writer.figures(data.figures) + writer.victims(data.victims);
}
