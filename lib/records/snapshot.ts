import { z } from 'zod';
import { DatePrecision } from '@/lib/generated/prisma/enums';
import { locales } from '@/lib/i18n/config';

/*
 * Pieces of the schemas that read a record's version back from the audit log. An audit entry keeps
 * the record as JSON: dates are ISO strings, and an entry written before a field existed lacks it.
 * Each kind of record declares its snapshot schema from these (lib/records/define.ts), so a restore
 * parses the entry, never casts it.
 */

/** A date kept as an ISO string (or still a Date, when the snapshot did not pass through JSON). */
export const snapshotDate = z.coerce.date();

/** A date that may be unknown. */
export const snapshotOptionalDate = z.union([z.null(), z.undefined(), z.coerce.date()]).transform((value) => value ?? null);

/** A column added after the first audit entries: an entry that lacks it restores `fallback`. */
export function addedLater<Schema extends z.ZodType>(schema: Schema, fallback: z.output<Schema>) {
  return schema.nullish().transform((value) => (value ?? fallback) as z.output<Schema>);
}

/** Optional words: null when unknown. */
export const snapshotText = z.string().nullable();

/**
 * The original language of a record's texts; entries from before records had a language were all
 * English (the column's default), so that is what restoring one brings back. (An absent key must be
 * allowed explicitly: zod refuses a missing key even where the schema would accept undefined.)
 */
export const snapshotLanguage = z
  .unknown()
  .optional()
  .transform((value) => (locales as readonly unknown[]).includes(value) ? (value as (typeof locales)[number]) : 'en');

export const snapshotDatePrecision = z.enum(DatePrecision);

/** Citations as audit entries keep them, in the form's order. */
export const snapshotCitations = z.array(
  z.object({
    sourceId: z.string(),
    quote: snapshotText,
    page: snapshotText,
    quoteIsVerbatim: z.boolean(),
    supports: addedLater(z.array(z.string()), []),
  }),
);

/** Disputed versions of a fact; entries from before they were recorded leave the current ones as they are (undefined). */
export const snapshotDisputedValues = z
  .array(
    z.object({
      field: z.string(),
      date: snapshotOptionalDate,
      endDate: snapshotOptionalDate,
      datePrecision: snapshotDatePrecision,
      number: z.number().nullable(),
      text: snapshotText,
      language: z.string(),
      note: snapshotText,
      sourceId: z.string(),
    }),
  )
  .optional();
