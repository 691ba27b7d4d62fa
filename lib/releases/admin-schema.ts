import { z } from 'zod';
import { fromIsoDate } from '@/lib/dates';
import { fieldErrorsFrom, formField } from '@/lib/forms';
import { UNATTRIBUTED_ISSUER } from '@/lib/releases/schema';
import { isSlug, slugify } from '@/lib/slug';

/** The longest release text accepted: far above any real release, low enough to keep pages sane. */
export const RELEASE_BODY_MAX_LENGTH = 200_000;

/** The earliest day a release about 20 January 1990 can have been issued. */
const EARLIEST_ISSUE = '1990-01-01';

/**
 * A BCP 47 language tag as releases need it: a language (en, az, ru), optionally a script (az-Cyrl)
 * and a region (en-GB, es-419). Extensions and private use are not needed for an archive.
 */
export const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[a-z]{4})?(?:-(?:[a-z]{2}|\d{3}))?$/i;

const issuedOnField = z
  .string({ error: 'The date of issue is required.' })
  .trim()
  .transform((value, context) => {
    if (value === '') {
      context.addIssue({ code: 'custom', message: 'The date of issue is required: the full day, such as 2020-01-20.' });
      return z.NEVER;
    }
    let date: Date;
    try {
      date = fromIsoDate(value);
    } catch {
      context.addIssue({ code: 'custom', message: 'The date of issue must be a day that exists, written YYYY-MM-DD (2020-01-20).' });
      return z.NEVER;
    }
    if (value < EARLIEST_ISSUE || date.getUTCFullYear() > 2200) {
      context.addIssue({ code: 'custom', message: 'The date of issue must be between 1 January 1990 and 2200.' });
      return z.NEVER;
    }
    return date;
  });

const languageField = z
  .string()
  .trim()
  .default('')
  .transform((value, context) => {
    if (!LANGUAGE_TAG.test(value)) {
      context.addIssue({ code: 'custom', message: 'The language must be a language code such as en, az or ru (optionally with a region, en-GB).' });
      return z.NEVER;
    }
    try {
      return Intl.getCanonicalLocales(value)[0]!;
    } catch {
      context.addIssue({ code: 'custom', message: 'The language must be a language code such as en, az or ru (optionally with a region, en-GB).' });
      return z.NEVER;
    }
  });

/** The release text as archived: line endings made uniform, outer blank space dropped, words kept. */
const bodyField = z
  .string({ error: 'The text of the release is required.' })
  .transform((value) => value.replace(/\r\n?/g, '\n').trim())
  .pipe(
    z
      .string()
      .min(1, 'The text of the release is required.')
      .max(RELEASE_BODY_MAX_LENGTH, `The text must be at most ${RELEASE_BODY_MAX_LENGTH.toLocaleString('en-GB')} characters.`),
  );

const issuerField = z
  .string()
  .trim()
  .default('')
  .transform((value, context) => {
    if (value === UNATTRIBUTED_ISSUER) return null;
    if (value === '' || value.length > 64) {
      context.addIssue({ code: 'custom', message: 'Choose the issuer, or “Not named in the text” when the release names none.' });
      return z.NEVER;
    }
    return value;
  });

/** The release this one translates: a record id, or empty for an original. Checked against the database on save. */
const translationOfField = z
  .string()
  .trim()
  .default('')
  .transform((value, context) => {
    if (value === '') return null;
    if (value.length > 64) {
      context.addIssue({ code: 'custom', message: 'Choose the original release from the list, or leave it empty when this release is itself an original.' });
      return z.NEVER;
    }
    return value;
  });

/** The release form as curators fill it in. */
export const releaseFormSchema = z.object({
  slug: z
    .string()
    .trim()
    .default('')
    .refine((value) => value === '' || isSlug(value), 'The address may contain only lower-case letters, digits and single hyphens.'),
  title: formField.requiredText(500, 'The title'),
  // An unticked box sends nothing; formField.checkbox() alone would call the missing key an error.
  titleIsEditorial: formField.checkbox().default(false),
  organizationId: issuerField,
  issuedOn: issuedOnField,
  place: formField.optionalText(200, 'The place'),
  language: languageField,
  referenceNumber: formField.optionalText(100, 'The reference number'),
  bodyFormat: z.enum(['MARKDOWN', 'PLAIN_TEXT'], { error: 'Choose whether the text is Markdown or plain text.' }),
  body: bodyField,
  anniversaryYear: formField.optionalInteger(1991, 2200, 'The anniversary year'),
  editorialNote: formField.optionalText(4000, 'The archive note'),
  translationOfId: translationOfField,
});

export type ReleaseInput = {
  slug: string;
  title: string;
  titleIsEditorial: boolean;
  organizationId: string | null;
  issuedOn: Date;
  place: string | null;
  language: string;
  referenceNumber: string | null;
  body: string;
  bodyFormat: 'MARKDOWN' | 'PLAIN_TEXT';
  anniversaryYear: number | null;
  editorialNote: string | null;
  /** The release this one is a translation of, issued as a separate document; null for an original. */
  translationOfId: string | null;
};

/** Whether a title is the archive's own, written in square brackets ("[Statement on …]"). */
export function isBracketedTitle(title: string): boolean {
  return /^\[[^\]]+\]$/.test(title.trim());
}

/** The title rule, checked on the raw form so that it is reported with every other error. */
function crossFieldErrors(object: Record<string, unknown>): Record<string, string[]> {
  const title = typeof object.title === 'string' ? object.title.trim() : '';
  const editorial = formField.checkbox().default(false).safeParse(object.titleIsEditorial);
  if (title === '' || !editorial.success) return {};
  if (editorial.data && !isBracketedTitle(title)) {
    return { title: ['A title given by the archive must be written in square brackets, such as “[Statement on the anniversary]”.'] };
  }
  if (!editorial.data && isBracketedTitle(title)) {
    return { title: ['A title in square brackets is the archive’s: tick “The release prints no title”, or remove the brackets.'] };
  }
  return {};
}

/** The address a new release gets when the curator leaves it empty: its date and title. */
export function defaultReleaseSlug(issuedOn: Date, title: string): string {
  const day = issuedOn.toISOString().slice(0, 10);
  return `${day}-${slugify(title) || 'release'}`;
}

/** Parses the whole release form and returns every field error at once. */
export function parseReleaseForm(
  object: Record<string, unknown>,
): { success: true; data: ReleaseInput } | { success: false; fieldErrors: Record<string, string[]> } {
  const parsed = releaseFormSchema.safeParse(object);
  const fieldErrors = parsed.success ? {} : fieldErrorsFrom(parsed.error);
  for (const [field, messages] of Object.entries(crossFieldErrors(object))) {
    fieldErrors[field] = [...(fieldErrors[field] ?? []), ...messages];
  }
  if (!parsed.success || Object.keys(fieldErrors).length > 0) return { success: false, fieldErrors };
  const values = parsed.data;
  return { success: true, data: { ...values, slug: values.slug || defaultReleaseSlug(values.issuedOn, values.title) } };
}
