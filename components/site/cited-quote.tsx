import { SourceReference } from '@/components/site/source-reference';
import type { CitedQuote as CitedQuoteData } from '@/lib/events/queries';
import type { Locale } from '@/lib/i18n/config';
import { formatPageReference } from '@/lib/sources/format';

/**
 * A source's words, with the source named beneath them. Only exact words are set as a quotation;
 * a summary of a source is labelled as one, so no one cites it as the source's own text.
 */
export function CitedQuote({ citation, locale }: { citation: CitedQuoteData; locale: Locale }) {
  return (
    <figure className="my-3">
      <SourceWords quote={citation.quote} verbatim={citation.quoteIsVerbatim} />
      <figcaption className="mt-1 pl-4 font-sans text-sm text-muted">
        — <SourceReference source={citation.source} locale={locale} />
        {citation.page ? `, ${formatPageReference(citation.page)}` : ''}
      </figcaption>
    </figure>
  );
}

/** Exact words as a quotation; a summary as plain text marked "In summary". */
export function SourceWords({ quote, verbatim }: { quote: string | null; verbatim: boolean }) {
  if (!quote) return null;
  if (verbatim) {
    return (
      <blockquote lang="en" className="italic text-ink">
        “{quote}”
      </blockquote>
    );
  }
  return (
    <blockquote lang="en" className="text-ink">
      <span className="font-sans text-sm font-semibold">In summary (not the source’s exact words): </span>
      {quote}
    </blockquote>
  );
}
