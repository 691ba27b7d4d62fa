import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { DisputedVersions } from '@/components/site/fact-sources';
import { CitedQuote } from '@/components/site/cited-quote';
import { UntranslatedNote } from '@/components/site/localised-text';
import { LastUpdated } from '@/components/ui/last-updated';
import { PageHeading } from '@/components/ui/page-heading';
import { renderMarkdown } from '@/lib/content/markdown';
import { formatDateSpan } from '@/lib/dates';
import { listTimelineEvents } from '@/lib/events/queries';
import { pageAlternates } from '@/lib/i18n/alternates';
import { resolveLocale } from '@/lib/i18n/params';
import { pageSocialMetadata } from '@/lib/og/metadata';
import { localiseRecords } from '@/lib/translations/localise';

export const revalidate = 3600;

export async function generateMetadata({ params }: PageProps<'/[locale]/timeline'>): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'timeline' });
  const title = t('title');
  const description = t('description');
  return {
    title,
    description,
    ...pageSocialMetadata({ locale, path: `/${locale}/timeline`, title, description }),
    alternates: pageAlternates(locale, '/timeline'),
  };
}

export default async function TimelinePage({ params }: PageProps<'/[locale]/timeline'>) {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'timeline' });
  const events = await localiseRecords('EVENT', await listTimelineEvents(), locale);
  return (
    <>
      <PageHeading title={t('title')} lead={t('lead')} />
      {events.length === 0 ? (
        <p className="font-sans">{t('none')}</p>
      ) : (
        <ol className="relative space-y-10 border-l-2 border-rule pl-6">
          {events.map((event) => {
            const title = event.localised.title ?? { text: event.title, lang: event.language, untranslated: false };
            const description = event.localised.description;
            return (
              <li key={event.slug} id={event.slug} className="scroll-mt-6">
                <article aria-labelledby={`event-${event.slug}`}>
                  <p className="font-sans text-sm font-semibold uppercase tracking-wide text-mourning">
                    <time dateTime={event.date}>{formatDateSpan(event.date, event.endDate, event.datePrecision, locale)}</time>
                    {event.time ? <span>{`, ${t('bakuTime', { time: event.time })}`}</span> : null}
                  </p>
                  <h2 id={`event-${event.slug}`} className="mt-1 text-xl font-semibold" lang={title.lang === locale ? undefined : title.lang}>
                    {title.text}
                  </h2>
                  <DisputedVersions versions={event.disputedValues} locale={locale} heading={t('disputedDate')} sourceNumber={() => null} />
                  {event.place ? <p className="font-sans text-sm text-muted">{event.place}</p> : null}
                  {description ? (
                    // Descriptions are Markdown, rendered through the server-side sanitiser.
                    <div
                      className="prose-archive mt-2 max-w-3xl"
                      lang={description.lang === locale ? undefined : description.lang}
                      dangerouslySetInnerHTML={{ __html: renderMarkdown(description.text) }}
                    />
                  ) : null}
                  {/* One note per event: its untranslated fields are all in the same original language. */}
                  {title.untranslated || description?.untranslated ? (
                    <UntranslatedNote lang={title.untranslated ? title.lang : description!.lang} locale={locale} />
                  ) : null}
                  <h3 className="sr-only">{t('sources')}</h3>
                  {event.citations.map((citation, index) => (
                    <CitedQuote key={index} citation={citation} locale={locale} />
                  ))}
                </article>
              </li>
            );
          })}
        </ol>
      )}
      <LastUpdated timestamps={events.map((event) => event.updatedAt)} locale={locale} />
    </>
  );
}
