import { z } from 'zod';
import { parsePartialDate } from '@/lib/dates';
import { isSlug } from '@/lib/slug';

/**
 * Every error of an admin form at once: the schema's issues (keyed by their first path segment)
 * added to the errors of checks made on the raw form (citations, cross-field rules). Returns
 * undefined when there are none.
 */
export function collectFieldErrors(
  parsed: z.ZodSafeParseResult<unknown>,
  extra: Record<string, string[]>,
): Record<string, string[]> | undefined {
  const fieldErrors: Record<string, string[]> = { ...extra };
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = issue.path.length > 0 ? String(issue.path[0]) : '_form';
      fieldErrors[key] = [...(fieldErrors[key] ?? []), issue.message];
    }
  }
  return Object.keys(fieldErrors).length > 0 ? fieldErrors : undefined;
}

/** The error of an address or key box that was filled in but is not a well-formed slug. */
export function slugFieldErrors(value: unknown, field = 'slug', label = 'The address'): Record<string, string[]> {
  const text = typeof value === 'string' ? value.trim() : '';
  if (text === '' || isSlug(text)) return {};
  return { [field]: [`${label} may contain only lower-case letters, digits and single hyphens.`] };
}

/** `base` when no record has it yet, otherwise the first of "base-2", "base-3"… that is free. */
export function firstFreeKey(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  let suffix = 2;
  while (used.has(`${base}-${suffix}`)) suffix += 1;
  return `${base}-${suffix}`;
}

/**
 * A partial date box ("1990", "1990-01", "1990-01-20", or empty for unknown), read with its
 * precision; anything else, including a day that does not exist, is reported with `message`.
 */
export function partialDateField(message: string) {
  return z
    .string()
    .default('')
    .transform((value, context) => {
      const parsed = parsePartialDate(value);
      if (!parsed) {
        context.addIssue({ code: 'custom', message });
        return z.NEVER;
      }
      return parsed;
    });
}

/**
 * A web address a reader can follow (http or https, with a host name), or an empty box.
 * `invalid` replaces the sentence shown for something that is not such an address.
 */
export function optionalWebAddress(
  label: string,
  max = 2000,
  invalid = `${label} must be a full web address starting with http:// or https://, or left empty.`,
) {
  return z
    .string()
    .trim()
    .default('')
    .transform((value, context) => {
      if (value === '') return null;
      let url: URL | null = null;
      try {
        url = new URL(value);
      } catch {
        url = null;
      }
      if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname.includes('.') || /\s/.test(value)) {
        context.addIssue({ code: 'custom', message: invalid });
        return z.NEVER;
      }
      if (value.length > max) {
        context.addIssue({ code: 'custom', message: `${label} must be at most ${max} characters.` });
        return z.NEVER;
      }
      return value;
    });
}
