import { z } from 'zod';

/**
 * What every server action returns to its form: a sentence for the whole form and the errors of
 * each field, all at once. Never a submitted password, never a raw exception or stack.
 * `values` echoes what the curator typed when nothing was saved, so no typing is ever lost.
 */
export type FormState = {
  message?: string;
  fieldErrors?: Record<string, string[]>;
  values?: Record<string, string>;
  /** Sanitised HTML of a Markdown preview, when the curator asked for one. */
  preview?: string;
};

export const initialFormState: FormState = {};

/** Every field error of a failed parse, keyed by field name. */
export function fieldErrorsFrom(error: z.ZodError): Record<string, string[]> {
  const flattened = z.flattenError(error);
  const fieldErrors: Record<string, string[]> = {};
  for (const [field, messages] of Object.entries(flattened.fieldErrors as Record<string, string[] | undefined>)) {
    if (messages && messages.length > 0) fieldErrors[field] = messages;
  }
  if (flattened.formErrors.length > 0) fieldErrors._form = flattened.formErrors;
  return fieldErrors;
}

/** Fields never echoed back to a form: whatever was typed there is typed again. */
export const SECRET_FIELD_NAMES = ['password', 'currentPassword', 'newPassword', 'confirmPassword'];

/** The text fields of a form, for echoing back after a refused save (files and secrets left out). */
export function echoValues(formData: FormData, omit: string[] = []): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value !== 'string' || key.startsWith('$ACTION') || omit.includes(key)) continue;
    values[key] = key in values ? `${values[key]}\n${value}` : value;
  }
  return values;
}

/** A form's fields as a plain object for zod; repeated keys become arrays, empty strings stay. */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith('$ACTION')) continue;
    const existing = object[key];
    if (existing === undefined) object[key] = value;
    else object[key] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return object;
}

/** Zod helpers for HTML form values, where an empty box means "unknown". */
export const formField = {
  /** Optional text: trimmed; an empty box becomes null. */
  optionalText: (max: number, label: string) =>
    z
      .string()
      .trim()
      .max(max, `${label} must be at most ${max} characters.`)
      .transform((value) => (value === '' ? null : value))
      .nullable()
      .default(null),
  /** Required text, trimmed. */
  requiredText: (max: number, label: string) =>
    z
      .string({ error: `${label} is required.` })
      .trim()
      .min(1, `${label} is required.`)
      .max(max, `${label} must be at most ${max} characters.`),
  /** Optional whole number within bounds; an empty box becomes null. */
  optionalInteger: (min: number, max: number, label: string) =>
    z
      .string()
      .trim()
      .transform((value, context) => {
        if (value === '') return null;
        if (!/^-?\d+$/.test(value)) {
          context.addIssue({ code: 'custom', message: `${label} must be a whole number.` });
          return z.NEVER;
        }
        const number = Number(value);
        if (number < min || number > max) {
          context.addIssue({ code: 'custom', message: `${label} must be between ${min} and ${max}.` });
          return z.NEVER;
        }
        return number;
      })
      .nullable()
      .default(null),
  /** A checkbox: present means true. */
  checkbox: () =>
    z
      .union([z.literal('on'), z.literal('true'), z.literal('1'), z.null()])
      .optional()
      .transform((value) => value === 'on' || value === 'true' || value === '1'),
};
