import { formatTimestampDate } from '@/lib/dates';

/** "Last updated" from the newest change among the records a page shows. */
export function LastUpdated({ timestamps, locale }: { timestamps: (string | null | undefined)[]; locale: string }) {
  const newest = timestamps.filter((value): value is string => Boolean(value)).sort().at(-1);
  if (!newest) return null;
  return (
    <p className="mt-12 font-sans text-sm text-muted">
      Last updated <time dateTime={newest}>{formatTimestampDate(newest, locale)}</time>
    </p>
  );
}
