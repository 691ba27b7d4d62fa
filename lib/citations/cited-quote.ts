import type { SourceSummary } from '@/lib/sources/queries';

/** A source's words supporting a fact; quoteIsVerbatim is false where the words summarise the source. */
export type CitedQuote = {
  quote: string | null;
  quoteIsVerbatim: boolean;
  page: string | null;
  source: SourceSummary;
  /** The record's facts this source supports (empty: the record as a whole). */
  supports?: string[];
};
