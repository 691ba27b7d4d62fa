import { z } from 'zod';
import { collectFieldErrors, slugFieldErrors } from '@/lib/admin/form-parsing';
import { fromIsoDate } from '@/lib/dates';
import { formField } from '@/lib/forms';
import type { FigureKind, FigureQualifier, FigureScope } from '@/lib/generated/prisma/enums';
import type { Locale } from '@/lib/i18n/config';
import { originalLanguageField } from '@/lib/translations/schema';

export const FIGURE_KINDS = [
  'KILLED',
  'VICTIMS',
  'WOUNDED',
  'DETAINED',
  'MISSING',
  'MEDICAL_ASSISTANCE',
  'TROOPS',
  'EXPELLED',
  'FUNERAL_ATTENDANCE',
  'DEMONSTRATORS',
  'OTHER',
] as const satisfies readonly FigureKind[];
export const FIGURE_QUALIFIERS = ['EXACT', 'MORE_THAN', 'ABOUT', 'AT_LEAST'] as const satisfies readonly FigureQualifier[];
export const FIGURE_SCOPES = ['NOT_STATED', 'BAKU', 'AZERBAIJAN', 'OTHER'] as const satisfies readonly FigureScope[];

/** The figure form: a number as one source states it, with the source's exact words. */
export const figureFormSchema = z.object({
  key: z.string().trim().default(''),
  kind: z.enum(FIGURE_KINDS, { error: 'Choose what the figure counts.' }),
  value: formField.optionalInteger(0, 100_000_000, 'The number'),
  qualifier: z.enum(FIGURE_QUALIFIERS, { error: 'Choose how the source qualifies the number.' }).default('EXACT'),
  scope: z.enum(FIGURE_SCOPES, { error: 'Choose where the figure applies, or “not stated”.' }).default('NOT_STATED'),
  scopeNote: formField.optionalText(300, 'The note on where'),
  asOf: z
    .string()
    .trim()
    .default('')
    .transform((value, context) => {
      if (value === '') return null;
      try {
        return fromIsoDate(value);
      } catch {
        context.addIssue({ code: 'custom', message: 'The date counted up to must be a day that exists (1990-02-09), or left empty.' });
        return z.NEVER;
      }
    }),
  quote: formField.requiredText(5000, 'The source’s words'),
  // An unticked box sends nothing: it means the words summarise the source.
  quoteIsVerbatim: formField.checkbox().default(false),
  page: formField.optionalText(100, 'The page'),
  note: formField.optionalText(2000, 'The note'),
  language: originalLanguageField,
  sourceId: z.string({ error: 'Choose the source that gives the figure.' }).trim().min(1, 'Choose the source that gives the figure.'),
  position: formField.optionalInteger(0, 10_000, 'The position'),
});

/** Checks that need several fields, made on the raw form so they are reported with every other error. */
function crossFieldErrors(object: Record<string, unknown>): Record<string, string[]> {
  const text = (key: string) => (typeof object[key] === 'string' ? (object[key] as string).trim() : '');
  const errors: Record<string, string[]> = {};
  if (text('scope') === 'OTHER' && text('scopeNote') === '') {
    errors.scopeNote = ['Say where the figure applies when it is neither Baku nor Azerbaijan as a whole.'];
  }
  if (text('value') === '' && text('qualifier') !== '' && text('qualifier') !== 'EXACT') {
    errors.qualifier = ['A qualifier needs a number. Where the words give no number, leave the number empty and the qualifier “exactly”.'];
  }
  return errors;
}

export type FigureInput = {
  /** Null when the curator left it empty: a new figure's key is then made from its source and kind. */
  key: string | null;
  kind: FigureKind;
  value: number | null;
  qualifier: FigureQualifier;
  scope: FigureScope;
  scopeNote: string | null;
  asOf: Date | null;
  quote: string;
  quoteIsVerbatim: boolean;
  page: string | null;
  note: string | null;
  /** The language the note on where and the note are written in (the quote is the source's own). */
  language: Locale;
  sourceId: string;
  position: number;
};

/** Parses the whole figure form and returns every field error at once. */
export function parseFigureForm(
  object: Record<string, unknown>,
): { success: true; data: FigureInput } | { success: false; fieldErrors: Record<string, string[]> } {
  const parsed = figureFormSchema.safeParse(object);
  const fieldErrors = collectFieldErrors(parsed, { ...slugFieldErrors(object.key, 'key', 'The key'), ...crossFieldErrors(object) });
  if (!parsed.success || fieldErrors) return { success: false, fieldErrors: fieldErrors ?? {} };
  const values = parsed.data;
  return { success: true, data: { ...values, key: values.key || null, position: values.position ?? 0 } };
}

/** Text compared with its whitespace collapsed, so that line breaks and double spaces do not matter. */
export function collapseWhitespace(text: string): string {
  return text.split(/\s+/).filter(Boolean).join(' ');
}
