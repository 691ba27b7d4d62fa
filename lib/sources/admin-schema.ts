import { z } from 'zod';
import { collectFieldErrors, optionalWebAddress, partialDateField, slugFieldErrors } from '@/lib/admin/form-parsing';
import { parsePartialDate, partialDateInputValue, type DatePrecision, type Season } from '@/lib/dates';
import { formField } from '@/lib/forms';
import { slugify } from '@/lib/slug';

export const SEASONS = ['WINTER', 'SPRING', 'SUMMER', 'AUTUMN'] as const satisfies readonly Season[];

/**
 * A season is stored as its first month, with the season kept: "Autumn 1999" is 1 September 1999
 * with SEASON precision. Winter is the December that opens the winter of that year's end, as
 * quarterly magazines number their issues (Autumn 1999 is followed by Winter 1999).
 */
const SEASON_FIRST_MONTH: Record<Season, number> = { SPRING: 3, SUMMER: 6, AUTUMN: 9, WINTER: 12 };

/** The form of an external source (a document that is not a release in the archive). */
export const sourceFormSchema = z.object({
  key: z.string().trim().default(''),
  title: formField.requiredText(500, 'The title'),
  author: formField.optionalText(300, 'The author'),
  publisher: formField.optionalText(300, 'The publisher'),
  date: partialDateField('The date must be a year (1999), a month (1999-10) or a day that exists (1999-10-05), or left empty if unknown.'),
  dateSeason: z
    .string()
    .default('')
    .pipe(z.enum(['', ...SEASONS], { error: 'Choose a season, or none.' }))
    .transform((value) => (value === '' ? null : value)),
  details: formField.optionalText(1000, 'The details'),
  url: optionalWebAddress('The address of the document'),
  quotedAt: optionalWebAddress('The address where it is quoted'),
});

/** A season goes with a year alone: "Autumn 1999", not "Autumn 1999-10". */
function seasonErrors(object: Record<string, unknown>): Record<string, string[]> {
  const season = typeof object.dateSeason === 'string' ? object.dateSeason : '';
  if (season === '') return {};
  const parsed = parsePartialDate(typeof object.date === 'string' ? object.date : '');
  if (parsed && !parsed.date) return { date: ['Give the year of the season (1999).'] };
  if (parsed && parsed.precision !== 'YEAR') return { date: ['With a season, give the year alone (1999): “Autumn 1999”.'] };
  return {};
}

export type SourceInput = {
  /** Null when the curator left it empty: a new source's key is then made from its title. */
  key: string | null;
  title: string;
  author: string | null;
  publisher: string | null;
  date: Date | null;
  datePrecision: DatePrecision;
  dateSeason: Season | null;
  details: string | null;
  url: string | null;
  quotedAt: string | null;
};

/** The key a new source gets from its title when the curator leaves the key empty. */
export function defaultSourceKey(title: string): string {
  return slugify(title) || 'source';
}

/** Parses the whole source form and returns every field error at once. */
export function parseSourceForm(
  object: Record<string, unknown>,
): { success: true; data: SourceInput } | { success: false; fieldErrors: Record<string, string[]> } {
  const parsed = sourceFormSchema.safeParse(object);
  const fieldErrors = collectFieldErrors(parsed, { ...slugFieldErrors(object.key, 'key', 'The key'), ...seasonErrors(object) });
  if (!parsed.success || fieldErrors) return { success: false, fieldErrors: fieldErrors ?? {} };
  const { date, dateSeason, ...values } = parsed.data;
  const seasonal = dateSeason !== null && date.date !== null;
  return {
    success: true,
    data: {
      ...values,
      key: values.key || null,
      date: seasonal ? new Date(Date.UTC(date.date!.getUTCFullYear(), SEASON_FIRST_MONTH[dateSeason] - 1, 1)) : date.date,
      datePrecision: seasonal ? 'SEASON' : date.precision,
      dateSeason: seasonal ? dateSeason : null,
    },
  };
}

/** A stored source date back as the form's year-or-month-or-day box and season select. */
export function sourceDateInputValues(date: string | null, precision: DatePrecision, season: Season | null): { date: string; dateSeason: string } {
  if (precision === 'SEASON' && date) return { date: date.slice(0, 4), dateSeason: season ?? '' };
  return { date: partialDateInputValue(date, precision), dateSeason: '' };
}
