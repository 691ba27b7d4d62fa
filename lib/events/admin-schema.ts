import { z } from 'zod';
import { parseDisputedValueRows, type DisputedValueInput } from '@/lib/citations/disputed-schema';
import { parseCitationRows, type CitationInput } from '@/lib/citations/schema';
import { parsePartialDate, type DatePrecision } from '@/lib/dates';
import { formField } from '@/lib/forms';
import { collectFieldErrors, partialDateField, slugFieldErrors } from '@/lib/admin/form-parsing';
import type { Locale } from '@/lib/i18n/config';
import { slugify } from '@/lib/slug';
import { originalLanguageField } from '@/lib/translations/schema';

/** "HH:MM" on a 24-hour clock, 00:00 to 23:59. */
const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

const DATE_HINT = 'a year (1990), a month (1990-01) or a day that exists (1990-01-20)';

/** The event form as curators fill it in. */
export const eventFormSchema = z.object({
  slug: z.string().trim().default(''),
  title: formField.requiredText(300, 'The title'),
  description: formField.optionalText(20000, 'The description'),
  date: partialDateField(`The date must be ${DATE_HINT}.`).refine((parsed) => parsed.date !== null, 'The date is required.'),
  endDate: partialDateField(`The end date must be ${DATE_HINT}, or left empty.`),
  time: z
    .string()
    .trim()
    .default('')
    .refine((value) => value === '' || TIME_PATTERN.test(value), 'The time must be HH:MM on a 24-hour clock, from 00:00 to 23:59.')
    .transform((value) => value || null),
  place: formField.optionalText(200, 'The place'),
  language: originalLanguageField,
});

/** An event's span: the end, when given, has the start's precision and is not before it. */
function spanErrors(object: Record<string, unknown>): Record<string, string[]> {
  const start = parsePartialDate(typeof object.date === 'string' ? object.date : '');
  const end = parsePartialDate(typeof object.endDate === 'string' ? object.endDate : '');
  if (!start?.date || !end?.date) return {};
  if (end.precision !== start.precision) {
    return { endDate: ['Give the end date as precisely as the start: both a year, both a month, or both a day.'] };
  }
  if (end.date < start.date) return { endDate: ['The end date is before the start date.'] };
  return {};
}

export type EventInput = {
  slug: string;
  title: string;
  description: string | null;
  date: Date;
  datePrecision: DatePrecision;
  endDate: Date | null;
  time: string | null;
  place: string | null;
  /** The language the title and description are written in. */
  language: Locale;
  citations: CitationInput[];
  /** Each source's version of the date where sources disagree; left out (a form without them), a save keeps the stored ones. */
  disputedValues?: DisputedValueInput[];
};

/** Parses the whole event form, citations included, and returns every field error at once. */
export function parseEventForm(
  object: Record<string, unknown>,
): { success: true; data: EventInput } | { success: false; fieldErrors: Record<string, string[]> } {
  const parsed = eventFormSchema.safeParse(object);
  const citations = parseCitationRows(object);
  const disputed = parseDisputedValueRows(object, 'event');
  const fieldErrors = collectFieldErrors(parsed, { ...citations.fieldErrors, ...disputed.fieldErrors, ...slugFieldErrors(object.slug), ...spanErrors(object) });
  if (!parsed.success || fieldErrors) return { success: false, fieldErrors: fieldErrors ?? {} };
  const values = parsed.data;
  return {
    success: true,
    data: {
      slug: values.slug || slugify(values.title) || 'event',
      title: values.title,
      description: values.description,
      date: values.date.date!,
      datePrecision: values.date.precision,
      endDate: values.endDate.date,
      time: values.time,
      place: values.place,
      language: values.language,
      citations: citations.citations,
      disputedValues: disputed.disputedValues,
    },
  };
}
