import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { formatPartialDate, toIsoDate, type DatePrecision } from '@/lib/dates';
import { intlLocale } from '@/lib/i18n/config';
import { publicWhere } from '@/lib/records/public-where';
import { sourceSummarySelect, toSourceSummary, type SourceSummary } from '@/lib/sources/queries';

/**
 * Disputed values: where sources disagree about one fact of a victim or an event (a date of death,
 * an age, a place, the date of the Haftoni killings), each source's version is a row of its own,
 * shown side by side with its source, as the figures page shows numbers. The record's own field
 * holds only what the sources agree on (or nothing); nothing here ever chooses between versions.
 */
export type DisputedVersion = {
  field: string;
  date: string | null;
  endDate: string | null;
  datePrecision: DatePrecision;
  number: number | null;
  text: string | null;
  language: string;
  note: string | null;
  source: SourceSummary;
};

/** The select for a record's public disputed values (their source must be public too). */
export function disputedValuesSelect(now: Date) {
  return {
    where: { source: publicWhere(now) },
    orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
    select: {
      field: true,
      date: true,
      endDate: true,
      datePrecision: true,
      number: true,
      text: true,
      language: true,
      note: true,
      source: { select: sourceSummarySelect },
    },
  } satisfies Prisma.Victim$disputedValuesArgs;
}

type DisputedRow = Prisma.DisputedValueGetPayload<{ select: ReturnType<typeof disputedValuesSelect>['select'] }>;

export function toDisputedVersion(row: DisputedRow, now: Date): DisputedVersion {
  return { ...row, date: toIsoDate(row.date), endDate: toIsoDate(row.endDate), source: toSourceSummary(row.source, now) };
}

/**
 * A version as readers see it: "21 January 1990", "19–20 January 1990" (a night that spans two
 * days, formatted as one range by Intl), "17", or the version's text.
 */
export function formatDisputedValue(version: Pick<DisputedVersion, 'date' | 'endDate' | 'datePrecision' | 'number' | 'text'>, locale: string): string {
  if (version.date) {
    if (version.endDate && version.datePrecision === 'DAY') {
      const format = new Intl.DateTimeFormat(intlLocale(locale), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
      return format.formatRange(new Date(`${version.date}T00:00:00Z`), new Date(`${version.endDate}T00:00:00Z`));
    }
    return formatPartialDate(version.date, version.datePrecision, { locale });
  }
  if (version.number !== null) return new Intl.NumberFormat(intlLocale(locale)).format(version.number);
  return version.text ?? '';
}

/** The versions of each disputed field, those that say the same thing together, in the order given. */
export function groupDisputedVersions(
  versions: DisputedVersion[],
  locale: string,
): Map<string, { display: string; language: string | null; versions: DisputedVersion[] }[]> {
  const byField = new Map<string, { display: string; language: string | null; versions: DisputedVersion[] }[]>();
  for (const version of versions) {
    const display = formatDisputedValue(version, locale);
    const groups = byField.get(version.field) ?? [];
    const same = groups.find((group) => group.display === display);
    if (same) same.versions.push(version);
    else groups.push({ display, language: version.text !== null ? version.language : null, versions: [version] });
    byField.set(version.field, groups);
  }
  return byField;
}
