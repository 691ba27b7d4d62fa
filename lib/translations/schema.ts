import { z } from 'zod';
import type { TranslatableKind } from '@/lib/generated/prisma/enums';
import { collectFieldErrors } from '@/lib/admin/form-parsing';
import { formField } from '@/lib/forms';
import { locales, type Locale } from '@/lib/i18n/config';
import { TRANSLATABLE_FIELDS } from '@/lib/translations/fields';

/** The languages a record's original may be written in: the site's own. */
export const ORIGINAL_LANGUAGES = locales;

/** The site languages in English, for the curators' area (which stays in English). */
export const LANGUAGE_LABELS: Record<Locale, string> = { az: 'Azerbaijani', en: 'English', ru: 'Russian' };

/** The original-language select of the event, figure and anniversary forms. */
export const originalLanguageField = z.enum(ORIGINAL_LANGUAGES, { error: 'Choose the language the texts are written in: Azerbaijani, English or Russian.' }).default('en');

/** The four kinds of record with translatable texts, as the curators' area names and finds them. */
export const TRANSLATION_KINDS = {
  EVENT: { label: 'Event', plural: 'Events', path: '/admin/events' },
  FIGURE: { label: 'Figure', plural: 'Figures', path: '/admin/figures' },
  VICTIM: { label: 'Victim', plural: 'Victims', path: '/admin/victims' },
  ANNIVERSARY: { label: 'Anniversary', plural: 'Anniversaries', path: '/admin/anniversaries' },
} as const satisfies Record<TranslatableKind, { label: string; plural: string; path: string }>;

export const TRANSLATABLE_KINDS = Object.keys(TRANSLATION_KINDS) as TranslatableKind[];

/**
 * The audit log's name for a record's translations. Entries are keyed by the translated record's
 * id, so "/admin/history?entityType=ContentTranslation&entityId=<id>" is the history of one
 * record's translations; there is no restorer for it (a translation is corrected by saving again).
 */
export const TRANSLATION_ENTITY_TYPE = 'ContentTranslation';

/** The translations editor of one record. */
export function translationsPath(kind: TranslatableKind, id: string): string {
  return `${TRANSLATION_KINDS[kind].path}/${id}/translations`;
}

/**
 * Each translatable field named in words, with the length its original may have: a translation
 * may be somewhat longer than its original (Russian and Azerbaijani often are), so twice that.
 */
export const FIELD_RULES: Record<TranslatableKind, Record<string, { label: string; max: number; markdown: boolean }>> = {
  EVENT: {
    title: { label: 'Title', max: 600, markdown: false },
    description: { label: 'Description', max: 40_000, markdown: true },
  },
  FIGURE: {
    scopeNote: { label: 'Note on where', max: 600, markdown: false },
    note: { label: 'Note', max: 4000, markdown: false },
  },
  VICTIM: {
    circumstances: { label: 'Circumstances', max: 8000, markdown: false },
    occupation: { label: 'Occupation', max: 400, markdown: false },
    biography: { label: 'Biography', max: 40_000, markdown: true },
  },
  ANNIVERSARY: {
    title: { label: 'Title', max: 400, markdown: false },
    introduction: { label: 'Introduction', max: 40_000, markdown: true },
  },
};

const NOTE_MAX = 1000;

/** The form's names: one box per language and field, its row's version, and one note per language. */
export const translationFieldName = {
  text: (locale: string, field: string) => `text.${locale}.${field}`,
  version: (locale: string, field: string) => `version.${locale}.${field}`,
  note: (locale: string) => `note.${locale}`,
};

/** One field's translation as submitted: null (an empty box) deletes it. */
export type FieldTranslationInput = {
  field: string;
  text: string | null;
  /** The version of the translation the form was opened with; 0 when there was none. */
  version: number;
};

/** A language's translations as submitted, with where they come from. */
export type LanguageTranslationInput = { locale: Locale; note: string | null; fields: FieldTranslationInput[] };

export type TranslationsInput = { languages: LanguageTranslationInput[] };

const versionField = z
  .string()
  .trim()
  .default('0')
  .refine((value) => /^\d{1,9}$/.test(value), 'The form is out of date; reload the page.')
  .transform(Number);

/**
 * Parses a translations form: the boxes present in the form (any site language, the kind's
 * translatable fields), each with its version, and each language's note. Every error at once.
 */
export function parseTranslationForm(
  kind: TranslatableKind,
  object: Record<string, unknown>,
): { success: true; data: TranslationsInput } | { success: false; fieldErrors: Record<string, string[]> } {
  const fields = TRANSLATABLE_FIELDS[kind] as readonly string[];
  const shape: Record<string, z.ZodType> = {};
  const present = (name: string) => typeof object[name] === 'string';
  for (const locale of locales) {
    for (const field of fields) {
      const name = translationFieldName.text(locale, field);
      if (!present(name)) continue;
      const rule = FIELD_RULES[kind][field]!;
      shape[name] = formField.optionalText(rule.max, `The ${LANGUAGE_LABELS[locale]} ${rule.label.toLowerCase()}`);
      shape[translationFieldName.version(locale, field)] = versionField;
    }
    shape[translationFieldName.note(locale)] = formField.optionalText(NOTE_MAX, `The note on the ${LANGUAGE_LABELS[locale]} translation`);
  }
  // Repeated keys (arrays) are refused by the string schemas; only the boxes above are read.
  const picked = Object.fromEntries(Object.keys(shape).filter((name) => object[name] !== undefined).map((name) => [name, object[name]]));
  const parsed = z.object(shape).safeParse(picked);

  const extra: Record<string, string[]> = {};
  for (const locale of locales) {
    const note = object[translationFieldName.note(locale)];
    const anyText = fields.some((field) => {
      const text = object[translationFieldName.text(locale, field)];
      return typeof text === 'string' && text.trim() !== '';
    });
    if (typeof note === 'string' && note.trim() !== '' && !anyText) {
      extra[translationFieldName.note(locale)] = [`The note says where the ${LANGUAGE_LABELS[locale]} translation comes from, but every ${LANGUAGE_LABELS[locale]} box is empty. Add the translation or empty the note.`];
    }
  }
  const fieldErrors = collectFieldErrors(parsed, extra);
  if (!parsed.success || fieldErrors) return { success: false, fieldErrors: fieldErrors ?? {} };

  const values = parsed.data as Record<string, string | number | null>;
  const languages: LanguageTranslationInput[] = [];
  for (const locale of locales) {
    const submitted = fields
      .filter((field) => translationFieldName.text(locale, field) in values)
      .map((field) => ({
        field,
        text: values[translationFieldName.text(locale, field)] as string | null,
        version: values[translationFieldName.version(locale, field)] as number,
      }));
    if (submitted.length > 0) languages.push({ locale, note: (values[translationFieldName.note(locale)] as string | null) ?? null, fields: submitted });
  }
  return { success: true, data: { languages } };
}
