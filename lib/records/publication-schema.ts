import { z } from 'zod';
import { BAKU_UTC_OFFSET, BAKU_UTC_OFFSET_MS } from '@/lib/baku-time';


/** "2027-01-20T00:00" typed as Baku time, as an instant; null for an empty box or an impossible time. */
export function parseBakuDateTime(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value.trim());
  if (!match) return null;
  const date = new Date(`${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:00${BAKU_UTC_OFFSET}`);
  if (Number.isNaN(date.getTime())) return null;
  // Reject rolled-over values such as 31 February.
  const back = formatBakuDateTimeInput(date);
  return back === value.trim() ? date : null;
}

/** An instant as the value of a datetime-local box in Baku time. */
export function formatBakuDateTimeInput(date: Date): string {
  const shifted = new Date(date.getTime() + BAKU_UTC_OFFSET_MS);
  return shifted.toISOString().slice(0, 16);
}

/** The version the form was opened at: every change sends it back so stale saves are refused. */
export const versionField = z.coerce
  .number({ error: 'The form is missing its version; reload the page.' })
  .int()
  .positive('The form is missing its version; reload the page.');

/** Publishing: now, or at a time in Baku. */
export const publishFormSchema = z.object({
  version: versionField,
  publishAt: z
    .string()
    .default('')
    .transform((value, context) => {
      if (value.trim() === '') return null;
      const date = parseBakuDateTime(value);
      if (!date) {
        context.addIssue({ code: 'custom', message: 'The publication time must be a real date and time, such as 2027-01-20 00:00.' });
        return z.NEVER;
      }
      return date;
    }),
});

export const versionOnlySchema = z.object({ version: versionField });
