import type { Metadata } from 'next';
import { CitedQuote } from '@/components/site/cited-quote';
import { LastUpdated } from '@/components/ui/last-updated';
import { PageHeading } from '@/components/ui/page-heading';
import { renderMarkdown } from '@/lib/content/markdown';
import { formatDateSpan } from '@/lib/dates';
import { listTimelineEvents } from '@/lib/events/queries';
import { resolveLocale } from '@/lib/i18n/params';
import { pageSocialMetadata } from '@/lib/og/metadata';

export const revalidate = 3600;

export async function generateMetadata({ params }: PageProps<'/[locale]/timeline'>): Promise<Metadata> {
  const { locale } = await params;
  const title = 'Timeline';
  const description = 'The events before, during and after 20 January 1990 in order, each with the words of every source that states it.';
  return {
    title,
    description,
    ...pageSocialMetadata({ locale, path: `/${locale}/timeline`, title, description }),
    alternates: { canonical: `/${locale}/timeline` },
  };
}

export default async function TimelinePage({ params }: PageProps<'/[locale]/timeline'>) {
  const locale = await resolveLocale(params);
  const events = await listTimelineEvents();
  return (
    <>
      <PageHeading
        title="Timeline"
        lead="Each event is dated only as precisely as its sources allow, and quotes every source that states it. Where the sources give different accounts, each is shown."
      />
      {events.length === 0 ? (
        <p className="font-sans">No events have been published yet.</p>
      ) : (
        <ol className="relative space-y-10 border-l-2 border-rule pl-6">
          {events.map((event) => (
            <li key={event.slug} id={event.slug} className="scroll-mt-6">
              <article aria-labelledby={`event-${event.slug}`}>
                <p className="font-sans text-sm font-semibold uppercase tracking-wide text-mourning">
                  <time dateTime={event.date}>{formatDateSpan(event.date, event.endDate, event.datePrecision, locale)}</time>
                  {event.time ? <span>{`, ${event.time} (Baku time)`}</span> : null}
                </p>
                <h2 id={`event-${event.slug}`} className="mt-1 text-xl font-semibold">
                  {event.title}
                </h2>
                {event.place ? <p className="font-sans text-sm text-muted">{event.place}</p> : null}
                {event.description ? (
                  // Descriptions are Markdown, rendered through the server-side sanitiser.
                  <div className="prose-archive mt-2 max-w-3xl" dangerouslySetInnerHTML={{ __html: renderMarkdown(event.description) }} />
                ) : null}
                <h3 className="sr-only">Sources</h3>
                {event.citations.map((citation, index) => (
                  <CitedQuote key={index} citation={citation} locale={locale} />
                ))}
              </article>
            </li>
          ))}
        </ol>
      )}
      <LastUpdated timestamps={events.map((event) => event.updatedAt)} locale={locale} />
    </>
  );
}
