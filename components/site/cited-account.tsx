import { PageLink } from '@/components/site/page-link';
import { getTranslations } from 'next-intl/server';
import { CitedQuote } from '@/components/site/cited-quote';
import { UntranslatedNote } from '@/components/site/localised-text';
import { formatDateSpan } from '@/lib/dates';
import type { TimelineEvent } from '@/lib/events/queries';
import type { Locale } from '@/lib/i18n/config';
import { localiseRecords } from '@/lib/translations/localise';

/**
 * The days of January 1990 told only through the sources' own words, event by event. Event titles
 * are shown in the reader's language where translated, else in the original with a note.
 */
export async function CitedAccount({ events, locale, headingLevel = 3 }: { events: TimelineEvent[]; locale: Locale; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  if (events.length === 0) {
    const t = await getTranslations({ locale, namespace: 'timeline' });
    return <p className="font-sans text-muted">{t('accountNone')}</p>;
  }
  const localised = await localiseRecords('EVENT', events, locale);
  return (
    <ol className="space-y-8">
      {localised.map((event) => {
        const title = event.localised.title ?? { text: event.title, lang: event.language, untranslated: false };
        return (
          <li key={event.slug}>
            <article aria-labelledby={`account-${event.slug}`}>
              <Heading id={`account-${event.slug}`} className="text-xl font-semibold">
                <PageLink href={`/${locale}/timeline#${event.slug}`} className="text-ink no-underline hover:underline" lang={title.lang === locale ? undefined : title.lang}>
                  {title.text}
                </PageLink>
              </Heading>
              {title.untranslated ? <UntranslatedNote lang={title.lang} locale={locale} /> : null}
              <p className="font-sans text-sm text-muted">
                <time dateTime={event.date}>{formatDateSpan(event.date, event.endDate, event.datePrecision, locale)}</time>
                {event.place ? ` · ${event.place}` : ''}
              </p>
              {event.citations.map((citation, index) => (
                <CitedQuote key={index} citation={citation} locale={locale} />
              ))}
            </article>
          </li>
        );
      })}
    </ol>
  );
}
