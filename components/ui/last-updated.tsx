import { getTranslations } from 'next-intl/server';
import { formatTimestampDate } from '@/lib/dates';
import type { Locale } from '@/lib/i18n/config';

/** "Last updated" from the newest change among the records a page shows. */
export async function LastUpdated({ timestamps, locale }: { timestamps: (string | null | undefined)[]; locale: string }) {
  const newest = timestamps.filter((value): value is string => Boolean(value)).sort().at(-1);
  if (!newest) return null;
  const t = await getTranslations({ locale: locale as Locale, namespace: 'common' });
  return (
    <p className="mt-12 font-sans text-sm text-muted">
      {t.rich('lastUpdated', { date: formatTimestampDate(newest, locale), time: (chunks) => <time dateTime={newest}>{chunks}</time> })}
    </p>
  );
}
