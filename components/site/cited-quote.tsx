import { formatPageReference } from '@/lib/sources/format';
import { SourceReference } from '@/components/site/source-reference';
import type { CitedQuote as CitedQuoteData } from '@/lib/events/queries';
import type { Locale } from '@/lib/i18n/config';

/** A source's own words, set as a quotation with the source named beneath it. */
export function CitedQuote({ citation, locale }: { citation: CitedQuoteData; locale: Locale }) {
  return (
    <figure className="my-3">
      {citation.quote ? (
        <blockquote lang="en" className="italic text-ink">
          “{citation.quote}”
        </blockquote>
      ) : null}
      <figcaption className="mt-1 pl-4 font-sans text-sm text-muted">
        — <SourceReference source={citation.source} locale={locale} />
        {citation.page ? `, ${formatPageReference(citation.page)}` : ''}
      </figcaption>
    </figure>
  );
}
