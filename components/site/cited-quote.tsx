import { getTranslations } from 'next-intl/server';
import { PageReference, SourceReference } from '@/components/site/source-reference';
import type { CitedQuote as CitedQuoteData } from '@/lib/citations/cited-quote';
import type { Locale } from '@/lib/i18n/config';

/** The language the sources' quoted words are kept in. Quotations are never translated. */
const QUOTE_LANGUAGE = 'en';

/**
 * A source's words, with the source named beneath them. Only exact words are set as a quotation;
 * a summary of a source is labelled as one, so no one cites it as the source's own text.
 */
export function CitedQuote({ citation, locale }: { citation: CitedQuoteData; locale: Locale }) {
  return (
    <figure className="my-3">
      <SourceWords quote={citation.quote} verbatim={citation.quoteIsVerbatim} locale={locale} />
      <figcaption className="mt-1 pl-4 font-sans text-sm text-muted">
        — <SourceReference source={citation.source} locale={locale} />
        <PageReference page={citation.page} locale={locale} />
      </figcaption>
    </figure>
  );
}

/**
 * Exact words as a quotation; a summary as plain text marked "In summary". The words stay as the
 * source has them, marked with their language; only the label is in the page's language.
 */
export async function SourceWords({ quote, verbatim, locale = 'en' }: { quote: string | null; verbatim: boolean; locale?: Locale }) {
  if (!quote) return null;
  if (verbatim) {
    return (
      <blockquote lang={QUOTE_LANGUAGE} className="italic text-ink">
        “{quote}”
      </blockquote>
    );
  }
  const t = await getTranslations({ locale, namespace: 'sources' });
  return (
    <blockquote className="text-ink">
      <span className="font-sans text-sm font-semibold">{t('inSummary')} </span>
      <span lang={QUOTE_LANGUAGE}>{quote}</span>
    </blockquote>
  );
}
