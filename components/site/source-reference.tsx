import { PageLink } from '@/components/site/page-link';
import { getTranslations } from 'next-intl/server';
import { formatPartialDate } from '@/lib/dates';
import type { SourceSummary } from '@/lib/sources/queries';
import type { Locale } from '@/lib/i18n/config';
import { formatPageReference } from '@/lib/sources/format';

/**
 * A source named the way a reader can find it again: an archived release links to its page,
 * an external document gives its author, publisher, date, details and address, a family's testimony
 * reads "from the testimony of <name>, 2027" (or "from a family's testimony, 2027"). Titles and names are
 * the source's own and stay as written; only the words around them are in the page's language.
 */
export async function SourceReference({ source, locale }: { source: SourceSummary; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'sources' });
  const date = source.date ? formatPartialDate(source.date, source.datePrecision, { locale, season: source.dateSeason }) : null;
  if (source.kind === 'TESTIMONY') {
    // A family's accepted testimony: its contributor only when they allowed it (the source's author),
    // and the year it was accepted; never anything that could reach the testifier.
    const year = source.date ? source.date.slice(0, 4) : '';
    return <span data-testimony-source>{source.author ? t('testimonyOf', { name: source.author, year }) : t('familyTestimony', { year })}</span>;
  }
  if (source.kind === 'RELEASE') {
    const title = source.releaseSlug ? (
      <PageLink href={`/${locale}/releases/${source.releaseSlug}`}>{source.title}</PageLink>
    ) : (
      <span>{source.title}</span>
    );
    return (
      <span>
        {title}
        {source.publisher ? `, ${source.publisher}` : `, ${t('issuerNotNamed')}`}
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
      {!date && source.dateNote ? (
        // The curators' inference about an undated page, in their words (English): never a date.
        <span lang={locale === 'en' ? undefined : 'en'}>{` (${source.dateNote})`}</span>
      ) : null}
      {source.details ? `, ${source.details}` : ''}
      {source.quotedAt ? (
        <>
          {`, ${t('quotedAt')} `}
          <a href={source.quotedAt} rel="noopener noreferrer nofollow">
            {source.quotedAt.replace(/^https?:\/\//, '')}
          </a>
        </>
      ) : null}
      {` ${t('external')}`}
    </span>
  );
}

/** ", p. 287" after a source, in the page's language; nothing when the citation names no page. */
export async function PageReference({ page, locale }: { page: string | null; locale: Locale }) {
  if (!page) return null;
  const t = await getTranslations({ locale, namespace: 'sources' });
  return `, ${formatPageReference(page, { page: (value) => t('page', { page: value }), pages: (value) => t('pages', { pages: value }) })}`;
}
