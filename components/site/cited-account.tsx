import Link from 'next/link';
import { CitedQuote } from '@/components/site/cited-quote';
import { formatDateSpan } from '@/lib/dates';
import type { TimelineEvent } from '@/lib/events/queries';
import type { Locale } from '@/lib/i18n/config';

/** The days of January 1990 told only through the sources' own words, event by event. */
export function CitedAccount({ events, locale, headingLevel = 3 }: { events: TimelineEvent[]; locale: Locale; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  if (events.length === 0) return <p className="font-sans text-muted">No sourced account has been published yet.</p>;
  return (
    <ol className="space-y-8">
      {events.map((event) => (
        <li key={event.slug}>
          <article aria-labelledby={`account-${event.slug}`}>
            <Heading id={`account-${event.slug}`} className="text-xl font-semibold">
              <Link href={`/${locale}/timeline#${event.slug}`} className="text-ink no-underline hover:underline">
                {event.title}
              </Link>
            </Heading>
            <p className="font-sans text-sm text-muted">
              <time dateTime={event.date}>{formatDateSpan(event.date, event.endDate, event.datePrecision, locale)}</time>
              {event.place ? ` · ${event.place}` : ''}
            </p>
            {event.citations.map((citation, index) => (
              <CitedQuote key={index} citation={citation} locale={locale} />
            ))}
          </article>
        </li>
      ))}
    </ol>
  );
}
