import Link from 'next/link';
import { formatPartialDate } from '@/lib/dates';
import type { SourceSummary } from '@/lib/sources/queries';
import type { Locale } from '@/lib/i18n/config';

/**
 * A source named the way a reader can find it again: an archived release links to its page,
 * an external document gives its author, publisher, date, details and address.
 */
export function SourceReference({ source, locale }: { source: SourceSummary; locale: Locale }) {
  const date = source.date ? formatPartialDate(source.date, source.datePrecision, { locale, season: source.dateSeason }) : null;
  if (source.kind === 'RELEASE') {
    const title = source.releaseSlug ? (
      <Link href={`/${locale}/releases/${source.releaseSlug}`}>{source.title}</Link>
    ) : (
      <span>{source.title}</span>
    );
    return (
      <span>
        {title}
        {source.publisher ? `, ${source.publisher}` : ', issuer not named in the text'}
        {date ? `, ${date}` : ''}
      </span>
    );
  }
  return (
    <span>
      {source.author ? `${source.author}, ` : ''}
      {source.url ? (
        <a href={source.url} rel="noopener noreferrer nofollow">
          “{source.title}”
        </a>
      ) : (
        <span>“{source.title}”</span>
      )}
      {source.publisher ? `, ${source.publisher}` : ''}
      {date ? `, ${date}` : ''}
      {source.details ? `, ${source.details}` : ''}
      {source.quotedAt ? (
        <>
          {', as quoted at '}
          <a href={source.quotedAt} rel="noopener noreferrer nofollow">
            {source.quotedAt.replace(/^https?:\/\//, '')}
          </a>
        </>
      ) : null}
      {' (external source)'}
    </span>
  );
}
