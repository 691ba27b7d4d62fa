import { z } from 'zod';
import { collectFieldErrors } from '@/lib/admin/form-parsing';
import { formField } from '@/lib/forms';
import { locales, type Locale } from '@/lib/i18n/config';

/**
 * The operator's texts: words the memorial's operator states, never the project's. Each is written
 * in the site's three languages and may be empty until the operator writes it; an empty text is
 * "not stated", and nothing is ever shown or sent in its place.
 *
 * | text | where it appears | rules |
 * | --- | --- | --- |
 * | privacyNotice | /[locale]/privacy; the testimony form links to it | Markdown, rendered through the sanitiser |
 * | consentShare | a box the testifier ticks: they may share what they send, and the memorial may use it | one line, plain text |
 * | consentContact | a box: curators may contact them about the testimony | one line, plain text |
 * | consentPhotographs | a box: the memorial may publish the photographs they hold the rights to | one line, plain text |
 * | licenceStatement | the export, beside the licence's name and address | plain text |
 *
 * The licence's name (e.g. "CC BY 4.0") and address are the same in every language.
 */
export const LOCALISED_TEXTS = {
  privacyNotice: { label: 'Privacy notice', phrase: 'privacy notice', max: 40_000, markdown: true, oneLine: false },
  consentShare: { label: 'Consent: “I may share this”', phrase: 'consent statement “I may share this”', max: 600, markdown: false, oneLine: true },
  consentContact: { label: 'Consent: “contact me about it”', phrase: 'consent statement “contact me about it”', max: 600, markdown: false, oneLine: true },
  consentPhotographs: {
    label: 'Consent: “publish photographs I hold the rights to”',
    phrase: 'consent statement “publish photographs I hold the rights to”',
    max: 600,
    markdown: false,
    oneLine: true,
  },
  licenceStatement: { label: 'Licence statement', phrase: 'licence statement', max: 2000, markdown: false, oneLine: false },
} as const;

export type LocalisedText = keyof typeof LOCALISED_TEXTS;
export const LOCALISED_TEXT_NAMES = Object.keys(LOCALISED_TEXTS) as LocalisedText[];

/** The consent statements the testimony form shows, in this order. */
export const CONSENT_TEXTS = ['consentShare', 'consentContact', 'consentPhotographs'] as const satisfies readonly LocalisedText[];

/** What the testimony form needs, in the testifier's language, before it may open. */
export const TESTIMONY_PREREQUISITES = ['privacyNotice', ...CONSENT_TEXTS] as const satisfies readonly LocalisedText[];

type LocaleSuffix = Capitalize<Locale>;
/** The column (and form field) of a text in one language: privacyNotice + az → privacyNoticeAz. */
export type LocalisedColumn = `${LocalisedText}${LocaleSuffix}`;

export function localisedColumn(text: LocalisedText, locale: Locale): LocalisedColumn {
  return `${text}${(locale.charAt(0).toUpperCase() + locale.slice(1)) as LocaleSuffix}`;
}

export const LOCALISED_COLUMNS: LocalisedColumn[] = LOCALISED_TEXT_NAMES.flatMap((text) => locales.map((locale) => localisedColumn(text, locale)));

/** Every text column of the record, as the form names its fields. */
export type OperatorTextValues = Record<LocalisedColumn, string | null> & { licenceName: string | null; licenceUrl: string | null };

export const OPERATOR_TEXT_COLUMNS: (keyof OperatorTextValues)[] = [...LOCALISED_COLUMNS, 'licenceName', 'licenceUrl'];

/** The site languages in English, for the curators' area (which stays in English). */
export const LANGUAGE_NAMES: Record<Locale, string> = { az: 'Azerbaijani', en: 'English', ru: 'Russian' };

/** The audit log's name for the operator's texts; the one record's id is OPERATOR_TEXTS_ID. */
export const OPERATOR_TEXTS_ENTITY_TYPE = 'OperatorTexts';
export const OPERATOR_TEXTS_ID = 'operator';

export const LICENCE_NAME_MAX = 200;
export const LICENCE_URL_MAX = 500;

function localisedField(text: LocalisedText, locale: Locale) {
  const rule = LOCALISED_TEXTS[text];
  const label = `The ${LANGUAGE_NAMES[locale]} ${rule.phrase}`;
  const field = formField.optionalText(rule.max, label);
  if (!rule.oneLine) return field;
  return field.refine((value) => value === null || !/[\r\n]/.test(value), `${label} must be one line: it is the label of a box the testifier ticks.`);
}

const licenceUrlField = formField
  .optionalText(LICENCE_URL_MAX, 'The licence’s address')
  .refine((value) => value === null || /^https?:\/\/[^\s/$.?#][^\s]*$/i.test(value), 'The licence’s address must be a web address beginning with https:// (or http://).');

const versionField = z
  .string({ error: 'The form is out of date; reload the page.' })
  .trim()
  .refine((value) => /^\d{1,9}$/.test(value), 'The form is out of date; reload the page.')
  .transform(Number);

/** The form's schema: every text of every language, the licence, and the version the form was opened at (0: none saved yet). */
export const operatorTextsSchema = z.object({
  ...(Object.fromEntries(LOCALISED_COLUMNS.map((column) => [column, localisedField(column.slice(0, -2) as LocalisedText, column.slice(-2).toLowerCase() as Locale)])) as Record<
    LocalisedColumn,
    ReturnType<typeof localisedField>
  >),
  licenceName: formField.optionalText(LICENCE_NAME_MAX, 'The licence’s name').refine((value) => value === null || !/[\r\n]/.test(value), 'The licence’s name must be one line.'),
  licenceUrl: licenceUrlField,
  version: versionField,
});

export type OperatorTextsInput = { version: number; values: OperatorTextValues };

/**
 * Parses the operator's texts form: every field error at once. A licence's address or statement
 * without its name is refused (the export would state a licence it cannot name).
 */
export function parseOperatorTextsForm(object: Record<string, unknown>): { success: true; data: OperatorTextsInput } | { success: false; fieldErrors: Record<string, string[]> } {
  const names = [...OPERATOR_TEXT_COLUMNS, 'version'];
  // Only the form's own fields are read; a missing box is an empty one.
  const picked = Object.fromEntries(names.map((name) => [name, object[name] ?? (name === 'version' ? undefined : '')]));
  const parsed = operatorTextsSchema.safeParse(picked);
  const extra: Record<string, string[]> = {};
  if (parsed.success && parsed.data.licenceName === null) {
    const statements = locales.filter((locale) => parsed.data[localisedColumn('licenceStatement', locale)] !== null);
    if (parsed.data.licenceUrl !== null || statements.length > 0) {
      extra.licenceName = ['Name the licence (for example “CC BY 4.0”), or empty its address and statements: the export cannot state a licence without its name.'];
    }
  }
  const fieldErrors = collectFieldErrors(parsed, extra);
  if (!parsed.success || fieldErrors) return { success: false, fieldErrors: fieldErrors ?? {} };
  const { version, ...values } = parsed.data;
  return { success: true, data: { version, values: values as OperatorTextValues } };
}

/** The texts of one language, by name; null where the operator has not stated one. */
export function textsIn(values: OperatorTextValues, locale: Locale): Record<LocalisedText, string | null> {
  return Object.fromEntries(LOCALISED_TEXT_NAMES.map((text) => [text, values[localisedColumn(text, locale)]])) as Record<LocalisedText, string | null>;
}
