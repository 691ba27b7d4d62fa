import type {
  DatePrecision,
  Fate,
  FigureKind,
  FigureQualifier,
  FigureScope,
  OrganizationKind,
  Season,
  Sex,
  SourceKind,
  TextFormat,
} from '../../lib/generated/prisma/enums';
import type { EditorialRepairs } from './normalize';

/**
 * Shapes of the seed content. Dates are ISO calendar dates ("1990-01-20"); a date with MONTH or
 * YEAR precision is the first day of that month or year, as the schema documents. Every record is
 * identified by a stable key or slug, so re-seeding can tell what already exists.
 */

/** An ISO calendar date, "YYYY-MM-DD". */
export type IsoDate = `${number}-${number}-${number}`;

export interface SeedOrganization {
  key: string;
  slug: string;
  name: string;
  kind: OrganizationKind;
  country: string | null;
  city: string | null;
  address: string | null;
  website: string | null;
}

export interface SeedRelease {
  slug: string;
  /** The file in prisma/seed-data/releases/ that holds the text as received. */
  fileName: string;
  title: string;
  /** True when the release prints no title and `title` is the archive's, in square brackets. */
  titleIsEditorial: boolean;
  issuedOn: IsoDate;
  place: string | null;
  language: string;
  referenceNumber: string | null;
  bodyFormat: TextFormat;
  anniversaryYear: number;
  organizationKey: string | null;
  editorialNote: string | null;
  /** Changes beyond generic whitespace normalisation; each one is described in editorialNote. */
  editorialRepairs?: EditorialRepairs;
}

export interface SeedSource {
  key: string;
  kind: SourceKind;
  /** For kind RELEASE: the slug of the release this source is. */
  releaseSlug: string | null;
  title: string | null;
  author: string | null;
  publisher: string | null;
  date: IsoDate | null;
  datePrecision: DatePrecision;
  dateSeason: Season | null;
  details: string | null;
  url: string | null;
  quotedAt: string | null;
}

export interface SeedCitation {
  sourceKey: string;
  /** The source's exact words (whitespace aside; release bodies may be hard-wrapped). */
  quote: string;
  /** false where the words summarise the source (external.md's digest) rather than quote it. */
  verbatim?: false;
  page?: string;
}

export interface SeedEvent {
  slug: string;
  title: string;
  description: string;
  date: IsoDate;
  datePrecision: DatePrecision;
  endDate: IsoDate | null;
  /** "HH:MM", Baku time, only where a source states the time. */
  time: string | null;
  place: string | null;
  citations: SeedCitation[];
}

export interface SeedFigure {
  key: string;
  kind: FigureKind;
  /** Null where the source's words are not a number ("hundreds of people"). */
  value: number | null;
  qualifier: FigureQualifier;
  scope: FigureScope;
  scopeNote: string | null;
  asOf: IsoDate | null;
  /** The source's exact words, a full clause; authoritative over value/qualifier/scope. */
  quote: string;
  /** false where the words summarise the source (external.md's digest) rather than quote it. */
  verbatim?: false;
  page: string | null;
  note: string | null;
  sourceKey: string;
  position: number;
}

export interface SeedVictim {
  slug: string;
  nameLatin: string | null;
  nameCyrillic: string | null;
  nameRussian: string | null;
  /** For a person the source describes without a name: the source's own words. */
  description: string | null;
  sex: Sex;
  age: number | null;
  fate: Fate;
  deathPlace: string | null;
  circumstances: string | null;
  occupation: string | null;
  burialPlace: string | null;
  biography: string | null;
  citations: SeedCitation[];
}

export interface SeedAnniversary {
  year: number;
  title: string | null;
  introduction: string | null;
}
