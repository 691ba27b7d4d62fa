import { z } from 'zod';
import { parsePartialDate, type DatePrecision } from '@/lib/dates';
import { formField } from '@/lib/forms';
import { ORIGINAL_LANGUAGES } from '@/lib/translations/schema';

/** The kind of value a disputed fact takes: a date of death is a date, an age a number, a place words. */
export type DisputedValueKind = 'date' | 'number' | 'text';

/** A fact that curators may record disputed versions of, and the kind of value its versions give. */
export type DisputedFieldDefinition = { field: string; label: string; kind: DisputedValueKind };

/**
 * The facts that may be disputed, per kind of record: the one list that the forms, the parser and
 * the tests read. The public pages show the versions of exactly these facts (the memorial page
 * beside the fact, the timeline under the event's title), so a field added here must be shown there.
 */
export const DISPUTED_FIELDS = {
  victim: [
    { field: 'deathDate', label: 'Date of death', kind: 'date' },
    { field: 'age', label: 'Age', kind: 'number' },
    { field: 'deathPlace', label: 'Place of death', kind: 'text' },
    { field: 'wounds', label: 'Wounds (how many)', kind: 'number' },
  ],
  event: [{ field: 'date', label: 'Date', kind: 'date' }],
} as const satisfies Record<string, readonly DisputedFieldDefinition[]>;

export type DisputedRecordKind = keyof typeof DISPUTED_FIELDS;

/** How many empty version rows a form offers, so versions can be added without JavaScript. */
export const BLANK_DISPUTED_ROWS = 1;

/** The largest number a version may give (an age, a count of wounds). */
const MAX_NUMBER = 10_000;

/** One source's version of a disputed fact, as a save writes it (its position is its place in the list). */
export type DisputedValueInput = {
  field: string;
  date: Date | null;
  endDate: Date | null;
  datePrecision: DatePrecision;
  number: number | null;
  text: string | null;
  language: string;
  note: string | null;
  sourceId: string;
  /** The form row it came from, so that a refusal found while saving (a deleted source) can name it. */
  row?: number;
};

const DATE_HINT = 'a year (1990), a month (1990-01) or a day that exists (1990-01-20)';

/** One row of the disputed-values part of a form, before the checks that need the whole row. */
export const disputedValueRowSchema = z.object({
  field: z.string().trim().default(''),
  date: z.string().trim().default(''),
  endDate: z.string().trim().default(''),
  number: formField.optionalInteger(0, MAX_NUMBER, 'The number'),
  text: formField.optionalText(500, 'The words'),
  language: z.enum(ORIGINAL_LANGUAGES, { error: 'Choose the language of the words: Azerbaijani, English or Russian.' }).default('en'),
  note: formField.optionalText(1000, 'The note'),
  sourceId: z.string().trim().default(''),
  remove: formField.checkbox(),
});

/** A box of a disputed-value row in a form: "disputed.<row>.<box>". */
export const DISPUTED_ROW_KEY = /^disputed\.(\d{1,3})\.(field|date|endDate|number|text|language|note|sourceId|remove)$/;

/** How each kind of fact may be given: as its own kind of value, or in the source's words. */
const GIVEN_AS: Record<DisputedValueKind, string> = { date: 'as a date or in words', number: 'as a number or in words', text: 'in words' };

/**
 * The errors of one parsed row that need several of its boxes: the field must be one of the record
 * kind's, exactly one value must be given and of a kind the field takes (a date for a date, a
 * number for a count; words for any fact), an end date only after a date, no earlier, and as precise.
 */
function rowErrors(
  row: z.infer<typeof disputedValueRowSchema>,
  fields: readonly DisputedFieldDefinition[],
  index: number,
): { errors: Record<string, string>; value?: DisputedValueInput } {
  const errors: Record<string, string> = {};
  const definition = fields.find((candidate) => candidate.field === row.field);
  if (row.field === '') errors.field = 'Choose which fact this version is about.';
  else if (!definition) errors.field = `“${row.field}” cannot be disputed on this kind of record. Choose one of: ${fields.map((field) => field.label).join(', ')}.`;
  const start = parsePartialDate(row.date);
  const end = parsePartialDate(row.endDate);
  if (!start) errors.date = `The date must be ${DATE_HINT}, or left empty.`;
  if (!end) errors.endDate = `The end date must be ${DATE_HINT}, or left empty.`;
  const given = [start?.date ? 'date' : null, row.number !== null ? 'number' : null, row.text !== null ? 'text' : null].filter(Boolean);
  if (given.length === 0 && start && end) errors.date = 'Give the version’s value: a date, a number or the source’s words.';
  if (given.length > 1) errors.date = 'Give one value per version: a date, a number or words, not several. Add another row for another version.';
  if (definition && given.length === 1) {
    if (start?.date && definition.kind !== 'date') errors.date = `${definition.label} is given ${GIVEN_AS[definition.kind]}, not as a date.`;
    if (row.number !== null && definition.kind !== 'number') errors.number = `${definition.label} is given ${GIVEN_AS[definition.kind]}, not as a number.`;
  }
  if (end?.date && !start?.date && start) errors.endDate = 'An end date needs a start date.';
  if (start?.date && end?.date) {
    if (end.precision !== start.precision) errors.endDate = 'Give the end date as precisely as the start: both a year, both a month, or both a day.';
    else if (end.date < start.date) errors.endDate = 'The end date is before the start date.';
  }
  if (row.sourceId === '') errors.sourceId = 'Choose the source that gives this version.';
  if (Object.keys(errors).length > 0 || !start || !end) return { errors };
  return {
    errors,
    value: {
      field: row.field,
      date: start.date,
      endDate: end.date,
      datePrecision: start.date ? start.precision : 'UNKNOWN',
      number: row.number,
      text: row.text,
      // A language says what the words are written in; a date or number has none of its own.
      language: row.text !== null ? row.language : 'en',
      note: row.note,
      sourceId: row.sourceId,
      row: index,
    },
  };
}

/**
 * Reads the disputed-value rows of a record form ("disputed.0.field", "disputed.0.date", …) for a
 * kind of record. A row left empty, or ticked for removal, is left out; every error of every
 * other row is returned at once, keyed by the row's box ("disputed.0.sourceId"). A form without
 * any such rows (the CSV import, an older form) gives undefined: a save then keeps the stored versions.
 */
export function parseDisputedValueRows(
  object: Record<string, unknown>,
  kind: DisputedRecordKind,
): { disputedValues: DisputedValueInput[] | undefined; fieldErrors: Record<string, string[]> } {
  const raw = new Map<number, Record<string, unknown>>();
  for (const [key, value] of Object.entries(object)) {
    const match = DISPUTED_ROW_KEY.exec(key);
    if (!match) continue;
    const index = Number(match[1]);
    raw.set(index, { ...raw.get(index), [match[2]!]: value });
  }
  if (raw.size === 0) return { disputedValues: undefined, fieldErrors: {} };
  const disputedValues: DisputedValueInput[] = [];
  const fieldErrors: Record<string, string[]> = {};
  const add = (index: number, box: string, message: string) => {
    const key = `disputed.${index}.${box}`;
    fieldErrors[key] = [...(fieldErrors[key] ?? []), message];
  };
  for (const [index, values] of [...raw].sort(([a], [b]) => a - b)) {
    const parsed = disputedValueRowSchema.safeParse(values);
    if (parsed.success && parsed.data.remove) continue;
    const blank = ['field', 'date', 'endDate', 'number', 'text', 'note', 'sourceId'].every((box) => typeof values[box] !== 'string' || values[box].trim() === '');
    if (blank) continue;
    if (!parsed.success) {
      for (const issue of parsed.error.issues) add(index, String(issue.path[0]), issue.message);
      continue;
    }
    const { errors, value } = rowErrors(parsed.data, DISPUTED_FIELDS[kind], index);
    for (const [box, message] of Object.entries(errors)) add(index, box, message);
    if (value) disputedValues.push(value);
  }
  return { disputedValues, fieldErrors };
}
