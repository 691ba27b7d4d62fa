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
  /** public-record.md's columns: the document's language, the kind of publisher, its reliability note. */
  language?: string | null;
  publisherKind?: string | null;
  reliabilityNote?: string | null;
  /** A date the page does not print but the file infers ("~2020 (30 years on)"): a note, never a date. */
  dateNote?: string | null;
  /** The memorial's remark about the source (its parts do not add up to its total). */
  editorialNote?: string | null;
}

export interface SeedCitation {
  sourceKey: string;
  /**
   * The source's exact words (whitespace aside; release bodies may be hard-wrapped). Null for a
   * public-record citation, which names the facts it supports rather than quoting (the file's
   * summaries are the memorial's words; they live in the record's own fields).
   */
  quote: string | null;
  /** The record's fields this source supports (empty: the record as a whole). */
  supports?: VictimFact[] | EventFact[];
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
  /** Where the sources disagree on the event's date: each version with its source. */
  disputed?: SeedDisputedValue[];
}

/** The facts of a victim record a citation can support (field names of Victim, "name" for every name form). */
export type VictimFact =
  | 'name'
  | 'sex'
  | 'birthDate'
  | 'birthPlace'
  | 'age'
  | 'fate'
  | 'deathDate'
  | 'deathPlace'
  | 'home'
  | 'occupation'
  | 'burialPlace'
  | 'circumstances'
  | 'honours'
  | 'wounds';

export type EventFact = 'title' | 'date' | 'place' | 'description';

/** One source's version of a disputed fact: a date (or span), a number, or a text. */
export interface SeedDisputedValue {
  field: 'deathDate' | 'age' | 'deathPlace' | 'wounds' | 'date';
  sourceKey: string;
  date?: IsoDate;
  endDate?: IsoDate;
  datePrecision?: DatePrecision;
  number?: number;
  text?: string;
  note?: string;
}

export interface SeedFigure {
  key: string;
  kind: FigureKind;
  /** Null where the source's words are not a number ("hundreds of people"). */
  value: number | null;
  /** The upper end of a range ("131–170"). */
  valueMax?: number | null;
  qualifier: FigureQualifier;
  scope: FigureScope;
  scopeNote: string | null;
  asOf: IsoDate | null;
  /** The period the figure covers as the source frames it. */
  period?: string | null;
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
  /** Every other spelling a source uses, each as that source spells it. */
  otherNames?: string[];
  /** For a person the source describes without a name: the source's own words. */
  description: string | null;
  sex: Sex;
  birthDate?: IsoDate | null;
  birthDatePrecision?: DatePrecision;
  birthPlace?: string | null;
  age: number | null;
  fate: Fate;
  deathDate?: IsoDate | null;
  deathDatePrecision?: DatePrecision;
  deathPlace: string | null;
  /** Where the person came from or lived; never copied into deathPlace. */
  home?: string | null;
  circumstances: string | null;
  /** The circumstances are folded behind a warning (public-record.md's "Content warning: yes"). */
  contentWarning?: boolean;
  occupation: string | null;
  burialPlace: string | null;
  /** Only with a decree's or law's number or date. */
  honours?: string | null;
  biography: string | null;
  /** Curators only: the file's cautions. Never public. */
  curatorNote?: string | null;
  /** DRAFT for a record the file says to corroborate before publishing. */
  status?: 'DRAFT' | 'PUBLISHED';
  citations: SeedCitation[];
  disputed?: SeedDisputedValue[];
}

export interface SeedAnniversary {
  year: number;
  title: string | null;
  introduction: string | null;
}
