import { z } from 'zod';
import { collectFieldErrors } from '@/lib/admin/form-parsing';
import { FIRST_ANNIVERSARY_YEAR } from '@/lib/anniversaries/ordinal';
import { formField } from '@/lib/forms';
import type { Locale } from '@/lib/i18n/config';
import { originalLanguageField } from '@/lib/translations/schema';

/** The last year a curator may prepare a record for; far enough ahead for any planning. */
export const LAST_ANNIVERSARY_YEAR = 2200;

/** How many events one anniversary may link; the form lists them all as checkboxes. */
const MAX_LINKED_EVENTS = 500;

const yearField = z
  .string()
  .trim()
  .default('')
  .transform((value, context) => {
    const message = `The year must be a whole year from ${FIRST_ANNIVERSARY_YEAR} to ${LAST_ANNIVERSARY_YEAR}, such as 2027.`;
    if (value === '') {
      context.addIssue({ code: 'custom', message: 'Give the year of the commemoration, such as 2027.' });
      return z.NEVER;
    }
    const year = /^\d{4}$/.test(value) ? Number(value) : Number.NaN;
    if (!(year >= FIRST_ANNIVERSARY_YEAR && year <= LAST_ANNIVERSARY_YEAR)) {
      context.addIssue({ code: 'custom', message });
      return z.NEVER;
    }
    return year;
  });

/** The ticked events: a form sends one value per box, so none, one (a string) or several (an array). */
const eventIdsField = z
  .union([z.string(), z.array(z.string())])
  // .optional() on the input, not a union with undefined: zod only treats the former as an optional key.
  .optional()
  .transform((value) => [...new Set((value === undefined ? [] : Array.isArray(value) ? value : [value]).map((id) => id.trim()).filter(Boolean))])
  .refine((ids) => ids.length <= MAX_LINKED_EVENTS, `Link at most ${MAX_LINKED_EVENTS} events.`)
  .refine((ids) => ids.every((id) => /^[a-z0-9]{1,40}$/.test(id)), 'A chosen event is not valid. Reload the page and choose again.');

/** The anniversary form as curators fill it in. */
export const anniversaryFormSchema = z.object({
  year: yearField,
  title: formField.optionalText(200, 'The title'),
  introduction: formField.optionalText(20000, 'The introduction'),
  language: originalLanguageField,
  eventIds: eventIdsField,
});

export type AnniversaryInput = {
  year: number;
  title: string | null;
  introduction: string | null;
  /** The language the title and introduction are written in. */
  language: Locale;
  eventIds: string[];
};

/** Parses the whole anniversary form and returns every field error at once. */
export function parseAnniversaryForm(
  object: Record<string, unknown>,
): { success: true; data: AnniversaryInput } | { success: false; fieldErrors: Record<string, string[]> } {
  const parsed = anniversaryFormSchema.safeParse(object);
  const fieldErrors = collectFieldErrors(parsed, {});
  if (!parsed.success || fieldErrors) return { success: false, fieldErrors: fieldErrors ?? {} };
  return { success: true, data: parsed.data };
}
