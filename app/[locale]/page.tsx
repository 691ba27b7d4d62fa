import type { Metadata } from 'next';
import { PageLink } from '@/components/site/page-link';
import { getTranslations } from 'next-intl/server';
import { CitedAccount } from '@/components/site/cited-account';
import { RememberedTodayList } from '@/components/site/remembered-today-list';
import { LastUpdated } from '@/components/ui/last-updated';
import { PageHeading } from '@/components/ui/page-heading';
import { ACCOUNT_RANGE } from '@/lib/anniversaries/account';
import { formatAnniversaryDate, formatAnniversaryOrdinal } from '@/lib/anniversaries/format';
import { nextAnniversaryYear } from '@/lib/anniversaries/ordinal';
import { listTimelineEvents } from '@/lib/events/queries';
import { pageAlternates } from '@/lib/i18n/alternates';
import { defaultLocale, isLocale } from '@/lib/i18n/config';
import { resolveLocale } from '@/lib/i18n/params';
import { pageSocialMetadata } from '@/lib/og/metadata';
import { rememberedTodayFeedPath } from '@/lib/remembered-today/feed';
import { formatCalendarDate } from '@/lib/remembered-today/phrases';
import { listRememberedToday } from '@/lib/remembered-today/queries';

export const revalidate = 3600;

export async function generateMetadata({ params }: PageProps<'/[locale]'>): Promise<Metadata> {
  const { locale: requested } = await params;
  const locale = isLocale(requested) ? requested : defaultLocale;
  const [t, tRemembrance] = await Promise.all([getTranslations({ locale, namespace: 'home' }), getTranslations({ locale, namespace: 'remembrance' })]);
  const title = t('metaTitle');
  const description = t('metaDescription');
  return {
    title: { absolute: title },
    description,
    // The site's card is this folder's opengraph-image.tsx.
    ...pageSocialMetadata({ locale, path: `/${locale}`, title, description, ownImage: true }),
    alternates: {
      ...pageAlternates(locale, ''),
      types: { 'application/atom+xml': [{ url: rememberedTodayFeedPath(locale), title: tRemembrance('feedTitle') }] },
    },
  };
}

const ENTRY_POINTS = [
  { path: '/victims', key: 'victims' },
  { path: '/timeline', key: 'timeline' },
  { path: '/figures', key: 'figures' },
  { path: '/releases', key: 'releases' },
  { path: '/anniversaries', key: 'anniversaries' },
] as const;

export default async function HomePage({ params }: PageProps<'/[locale]'>) {
  const locale = await resolveLocale(params);
  const [events, remembered, t, tRemembrance] = await Promise.all([
    listTimelineEvents(ACCOUNT_RANGE),
    listRememberedToday(),
    getTranslations({ locale, namespace: 'home' }),
    getTranslations({ locale, namespace: 'remembrance' }),
  ]);
  const today = formatCalendarDate(remembered.date, locale);
  const nextYear = nextAnniversaryYear(new Date());
  return (
    <>
      <PageHeading title={t('title')} lead={t('lead')} />
      <div className="grid gap-12 lg:grid-cols-[2fr_1fr]">
        <section aria-labelledby="what-happened">
          <h2 id="what-happened" className="mb-6 text-2xl font-semibold">
            {t('whatHappened')}
          </h2>
          <CitedAccount events={events} locale={locale} />
        </section>
        <aside className="space-y-10 font-sans">
          <section aria-labelledby="next-anniversary" className="border border-rule p-5">
            <h2 id="next-anniversary" className="text-lg font-semibold">
              {t('nextAnniversary')}
            </h2>
            <p className="mt-2">
              {t('nextAnniversaryDate', { date: formatAnniversaryDate(nextYear, locale), ordinal: formatAnniversaryOrdinal(nextYear, locale) })}
            </p>
            <p className="mt-2">
              {/* The year as digits, never grouped ("2027", not "2 027"). */}
              <PageLink href={`/${locale}/anniversaries/${nextYear}`}>{t('anniversaryPageLink', { year: String(nextYear) })}</PageLink>
            </p>
          </section>
          {/* Said plainly when nobody is remembered today, so a visitor who looks for it every day finds it. */}
          <section aria-labelledby="remembered-today" className="border border-rule p-5">
            <h2 id="remembered-today" className="text-lg font-semibold">
              {tRemembrance('homeHeading')}
            </h2>
            <div className="mt-2">
              {remembered.people.length > 0 ? (
                <RememberedTodayList people={remembered.people} locale={locale} label={tRemembrance('listLabel', { date: today })} />
              ) : (
                <p>{tRemembrance('homeNobody', { date: today })}</p>
              )}
            </div>
            <p className="mt-3">
              <PageLink href={`/${locale}/remembrance`}>{tRemembrance('homeLink')}</PageLink>
            </p>
          </section>
          <nav aria-labelledby="read-further">
            <h2 id="read-further" className="text-lg font-semibold">
              {t('readFurther')}
            </h2>
            <ul className="mt-3 space-y-4">
              {ENTRY_POINTS.map((entry) => (
                <li key={entry.path}>
                  <PageLink href={`/${locale}${entry.path}`} className="font-semibold">
                    {t(`entries.${entry.key}.title`)}
                  </PageLink>
                  <p className="text-sm text-muted">{t(`entries.${entry.key}.text`)}</p>
                </li>
              ))}
            </ul>
          </nav>
        </aside>
      </div>
      <LastUpdated timestamps={events.map((event) => event.updatedAt)} locale={locale} />
    </>
  );
}
