import { z } from 'zod';
import { parseDisputedValueRows, type DisputedValueInput } from '@/lib/citations/disputed-schema';
import { parseCitationRows, type CitationInput } from '@/lib/citations/schema';
import { latestPossibleDay, parsePartialDate, type DatePrecision } from '@/lib/dates';
import { formField } from '@/lib/forms';
import { isSlug, slugify } from '@/lib/slug';

const partialDateField = (label: string) =>
  z
    .string()
    .default('')
    .transform((value, context) => {
      const parsed = parsePartialDate(value);
      if (!parsed) {
        context.addIssue({
          code: 'custom',
          message: `${label} must be a year (1990), a month (1990-01) or a day that exists (1990-01-20), or left empty if unknown.`,
        });
        return z.NEVER;
      }
      return parsed;
    });

/** The languages a record's own texts (circumstances, occupation, biography) can be written in. */
export const VICTIM_LANGUAGES = ['az', 'en', 'ru'] as const;
export type VictimLanguage = (typeof VICTIM_LANGUAGES)[number];

/** A stored language code as a VictimLanguage, or undefined when it is none of them (or absent). */
export function parseVictimLanguage(value: unknown): VictimLanguage | undefined {
  return VICTIM_LANGUAGES.find((language) => language === value);
}

/** The victim form as curators fill it in. Every field may stay empty: unknown stays unknown. */
export const victimFormSchema = z
  .object({
    slug: z.string().trim().default(''),
    nameLatin: formField.optionalText(200, 'The name in Latin script'),
    nameCyrillic: formField.optionalText(200, 'The name in Cyrillic'),
    nameRussian: formField.optionalText(200, 'The Russian form of the name'),
    otherNames: z
      .string()
      .default('')
      .transform((value) => [...new Set(value.split('\n').map((line) => line.trim()).filter(Boolean))])
      .refine((names) => names.length <= 20, 'At most 20 other spellings.')
      .refine((names) => names.every((name) => name.length <= 200), 'Each spelling must be at most 200 characters.'),
    description: formField.optionalText(500, 'The description'),
    sex: z.enum(['FEMALE', 'MALE', 'NOT_STATED'], { error: 'Choose female, male or not stated.' }).default('NOT_STATED'),
    birthDate: partialDateField('The date of birth'),
    age: formField.optionalInteger(0, 120, 'The age'),
    fate: z.enum(['KILLED', 'DIED_OF_WOUNDS', 'MISSING', 'TOOK_OWN_LIFE', 'NOT_STATED'], { error: 'Choose a fate.' }).default('NOT_STATED'),
    deathDate: partialDateField('The date of death'),
    deathPlace: formField.optionalText(200, 'The place of death'),
    birthPlace: formField.optionalText(200, 'The place of birth'),
    home: formField.optionalText(200, 'The home or origin'),
    circumstances: formField.optionalText(4000, 'The circumstances'),
    contentWarning: formField.checkbox(),
    occupation: formField.optionalText(200, 'The occupation'),
    burialPlace: formField.optionalText(300, 'The burial place'),
    honours: formField.optionalText(1000, 'The honours'),
    curatorNote: formField.optionalText(4000, 'The curators’ note'),
    biography: formField.optionalText(20000, 'The biography'),
    correctionNote: formField.optionalText(500, 'The public note of what changed'),
    language: z.enum(VICTIM_LANGUAGES, { error: 'Choose Azerbaijani, English or Russian.' }).default('en'),
  })
  .superRefine((victim, context) => {
    const birth = victim.birthDate;
    const death = victim.deathDate;
    if (birth.date && death.date && latestPossibleDay(death)! < birth.date) {
      context.addIssue({ code: 'custom', path: ['deathDate'], message: 'The date of death is before the date of birth.' });
    }
  });

/** Checks that need several fields, made on the raw form so they are reported with every other error. */
function crossFieldErrors(object: Record<string, unknown>): Record<string, string[]> {
  const text = (key: string) => (typeof object[key] === 'string' ? (object[key] as string).trim() : '');
  const errors: Record<string, string[]> = {};
  if (!text('nameLatin') && !text('nameCyrillic') && !text('nameRussian') && !text('description')) {
    errors.nameLatin = ['Give a name in at least one script or, for a person the source does not name, the source’s description.'];
  }
  if (text('slug') !== '' && !isSlug(text('slug'))) {
    errors.slug = ['The address may contain only lower-case letters, digits and single hyphens.'];
  }
  return errors;
}

export type VictimFormValues = z.infer<typeof victimFormSchema>;

export type VictimInput = {
  slug: string;
  nameLatin: string | null;
  nameCyrillic: string | null;
  nameRussian: string | null;
  otherNames: string[];
  description: string | null;
  sex: 'FEMALE' | 'MALE' | 'NOT_STATED';
  birthDate: Date | null;
  birthDatePrecision: DatePrecision;
  age: number | null;
  fate: 'KILLED' | 'DIED_OF_WOUNDS' | 'MISSING' | 'TOOK_OWN_LIFE' | 'NOT_STATED';
  deathDate: Date | null;
  deathDatePrecision: DatePrecision;
  deathPlace: string | null;
  /** The public record's fields; left out (the CSV import), a save keeps the stored ones. */
  birthPlace?: string | null;
  home?: string | null;
  contentWarning?: boolean;
  honours?: string | null;
  /** For curators only; never public. */
  curatorNote?: string | null;
  circumstances: string | null;
  occupation: string | null;
  burialPlace: string | null;
  biography: string | null;
  /** The language of circumstances, occupation and biography; left out, a save keeps the stored one (new records: English). */
  language?: VictimLanguage;
  citations: CitationInput[];
  /** Each source's version of a disputed fact; left out (the CSV import, a form without them), a save keeps the stored ones. */
  disputedValues?: DisputedValueInput[];
  /**
   * What this save corrected, in a sentence for the public ("The date of death corrected from the
   * family's testimony."): kept with the version the save makes, shown on the memorial page with its
   * date and listed in the feed of new and corrected names. Not a field of the record: a restore or
   * an import carries none.
   */
  correctionNote?: string | null;
};

/** The address a new record gets when the curator leaves it empty: from the name, or the description. */
export function defaultVictimSlug(values: Pick<VictimFormValues, 'nameLatin' | 'nameCyrillic' | 'nameRussian' | 'description'>): string {
  const name = values.nameLatin ?? values.nameCyrillic ?? values.nameRussian;
  const slug = name ? slugify(name) : `unidentified-${slugify(values.description ?? '')}`;
  return slug.replace(/-+$/, '') || 'victim';
}

/**
 * Parses the whole victim form, citations included, and returns every field error at once.
 */
export function parseVictimForm(
  object: Record<string, unknown>,
): { success: true; data: VictimInput } | { success: false; fieldErrors: Record<string, string[]> } {
  const parsed = victimFormSchema.safeParse(object);
  const citations = parseCitationRows(object);
  const disputed = parseDisputedValueRows(object, 'victim');
  const fieldErrors: Record<string, string[]> = { ...citations.fieldErrors, ...disputed.fieldErrors, ...crossFieldErrors(object) };
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = issue.path.length > 0 ? String(issue.path[0]) : '_form';
      fieldErrors[key] = [...(fieldErrors[key] ?? []), issue.message];
    }
  }
  if (!parsed.success || Object.keys(fieldErrors).length > 0) return { success: false, fieldErrors };
  const values = parsed.data;
  return {
    success: true,
    data: {
      slug: values.slug || defaultVictimSlug(values),
      nameLatin: values.nameLatin,
      nameCyrillic: values.nameCyrillic,
      nameRussian: values.nameRussian,
      otherNames: values.otherNames,
      description: values.description,
      sex: values.sex,
      birthDate: values.birthDate.date,
      birthDatePrecision: values.birthDate.precision,
      age: values.age,
      fate: values.fate,
      deathDate: values.deathDate.date,
      deathDatePrecision: values.deathDate.precision,
      deathPlace: values.deathPlace,
      birthPlace: values.birthPlace,
      home: values.home,
      contentWarning: values.contentWarning,
      honours: values.honours,
      curatorNote: values.curatorNote,
      circumstances: values.circumstances,
      occupation: values.occupation,
      burialPlace: values.burialPlace,
      biography: values.biography,
      language: values.language,
      citations: citations.citations,
      disputedValues: disputed.disputedValues,
      correctionNote: values.correctionNote,
    },
  };
}
