import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { RememberedTodayList } from '@/components/site/remembered-today-list';
import { PageHeading } from '@/components/ui/page-heading';
import { pageAlternates } from '@/lib/i18n/alternates';
import { resolveLocale } from '@/lib/i18n/params';
import { pageSocialMetadata } from '@/lib/og/metadata';
import { rememberedTodayFeedPath } from '@/lib/remembered-today/feed';
import { formatCalendarDate } from '@/lib/remembered-today/phrases';
import { listRememberedToday } from '@/lib/remembered-today/queries';

// An hour at most; the read it makes ends at Baku's midnight, and so does the page (lib/cache.ts, cache-handler.mjs).
export const revalidate = 3600;

export async function generateMetadata({ params }: PageProps<'/[locale]/remembrance'>): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'remembrance' });
  const title = t('title');
  const description = t('metaDescription');
  return {
    title,
    description,
    ...pageSocialMetadata({ locale, path: `/${locale}/remembrance`, title, description }),
    alternates: {
      ...pageAlternates(locale, '/remembrance'),
      types: { 'application/atom+xml': [{ url: rememberedTodayFeedPath(locale), title: t('feedTitle') }] },
    },
  };
}

export default async function RemembrancePage({ params }: PageProps<'/[locale]/remembrance'>) {
  const locale = await resolveLocale(params);
  const [{ date, people }, t] = await Promise.all([listRememberedToday(), getTranslations({ locale, namespace: 'remembrance' })]);
  const today = formatCalendarDate(date, locale);
  return (
    <>
      <PageHeading title={t('title')} lead={t('lead', { date: today })} />
      {people.length > 0 ? (
        <RememberedTodayList people={people} locale={locale} label={t('listLabel', { date: today })} />
      ) : (
        <p>{t('nobody', { date: today })}</p>
      )}
      <p className="mt-8 font-sans text-sm text-muted">{t('leapDay')}</p>
      <p className="mt-2 font-sans text-sm">
        <a href={rememberedTodayFeedPath(locale)} type="application/atom+xml">
          {t('feedLink')}
        </a>
      </p>
    </>
  );
}
