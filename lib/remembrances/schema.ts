import { z } from 'zod';

/** The longest message and name a visitor may leave (the database keeps the same limits). */
export const REMEMBRANCE_MESSAGE_MAX = 500;
export const REMEMBRANCE_NAME_MAX = 80;

/**
 * A visitor's remembrance: a short message in plain text and a name, or anonymous. Every error in
 * plain words. Control characters are refused; the text is stored and shown as text, never as HTML.
 */
export const remembranceFormSchema = z
  .object({
    message: z
      .string({ error: 'Write a message, or lay only a carnation.' })
      .trim()
      .min(1, 'Write a message, or lay only a carnation.')
      .max(REMEMBRANCE_MESSAGE_MAX, `The message can be at most ${REMEMBRANCE_MESSAGE_MAX} characters long.`)
      // eslint-disable-next-line no-control-regex
      .refine((text) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(text), 'The message contains characters that cannot be shown.'),
    name: z
      .string()
      .trim()
      .max(REMEMBRANCE_NAME_MAX, `The name can be at most ${REMEMBRANCE_NAME_MAX} characters long.`)
      // eslint-disable-next-line no-control-regex
      .refine((text) => !/[\u0000-\u001F\u007F]/.test(text), 'The name contains characters that cannot be shown.')
      .optional(),
    anonymous: z.enum(['on', '1', 'true']).optional(),
  })
  .refine((form) => form.anonymous !== undefined || Boolean(form.name), {
    error: 'Give your name, or choose to stay anonymous.',
    path: ['name'],
  })
  .transform((form) => ({ message: form.message, authorName: form.anonymous !== undefined || !form.name ? null : form.name }));

export type RemembranceInput = z.infer<typeof remembranceFormSchema>;

/** What a curator decides about a remembrance. A refusal or hiding says why; the history keeps it. */
export const moderationSchema = z
  .object({
    id: z.string({ error: 'The message to moderate is missing.' }).min(1, 'The message to moderate is missing.'),
    version: z.coerce.number({ error: 'The form is out of date; reload the page.' }).int('The form is out of date; reload the page.').min(1),
    decision: z.enum(['approve', 'reject', 'hide'], { error: 'Choose approve, reject or hide.' }),
    reason: z.string().trim().max(500, 'The reason can be at most 500 characters long.').optional(),
  })
  .refine((form) => form.decision === 'approve' || Boolean(form.reason), {
    error: 'Say why the message is rejected or hidden; the reason is kept in the history.',
    path: ['reason'],
  });

export type ModerationInput = z.infer<typeof moderationSchema>;
