import { z } from 'zod';
import { locales } from '@/lib/i18n/config';
import type { RemembranceProblem } from '@/lib/remembrances/answer';
import { remembranceFormSchema, type RemembranceInput } from '@/lib/remembrances/schema';

/** Which memorial page a visitor's remembrance or report was sent from. */
export const remembrancePageSchema = z.object({
  locale: z.enum(locales, { error: 'The page’s language is missing or unknown.' }),
  slug: z.string({ error: 'The form does not say which record it is for.' }).min(1, 'The form does not say which record it is for.').max(200, 'The record’s address is too long.'),
});

/** The report form: the page, and which published message. */
export const remembranceReportSchema = remembrancePageSchema.extend({
  id: z.string({ error: 'The form does not say which message is reported.' }).regex(/^[a-z0-9]{1,40}$/, 'The form does not say which message is reported.'),
});

/**
 * Reads the remembrance form's own fields (remembranceFormSchema): the input, or what is wrong with
 * it as problems the answer page words in the visitor's language (the schema's English messages are
 * the curators' and the tests').
 */
export function parseRemembranceFields(fields: Record<string, string>): { ok: true; input: RemembranceInput } | { ok: false; problems: RemembranceProblem[] } {
  const parsed = remembranceFormSchema.safeParse({
    message: fields.message,
    name: fields.name || undefined,
    anonymous: fields.anonymous || undefined,
  });
  if (parsed.success) return { ok: true, input: parsed.data };
  const problems = new Set<RemembranceProblem>();
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] === 'name' || issue.path[0] === 'anonymous' ? 'name' : 'message';
    const given = (fields[field] ?? '').trim();
    if (issue.code === 'too_big') problems.add(`${field}-too-long`);
    else if (given === '') problems.add(`${field}-missing`);
    else problems.add(`${field}-characters`);
  }
  return { ok: false, problems: [...problems] };
}
