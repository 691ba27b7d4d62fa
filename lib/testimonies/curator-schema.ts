import { z } from 'zod';
import { isProposalField, type ProposalField } from '@/lib/testimonies/fields';

/** The longest question, reason or alt text a curator writes here (the testifier reads the first two). */
export const CURATOR_MESSAGE_MAX = 2000;

const outOfDate = 'The form is out of date; reload the page.';

/** What every decision form carries: the testimony and the version the curator saw. */
const decisionBase = {
  id: z.string({ error: 'The testimony is missing; reload the page.' }).min(1, 'The testimony is missing; reload the page.').max(40, 'The testimony is missing; reload the page.'),
  version: z.coerce.number({ error: outOfDate }).int(outOfDate).min(1, outOfDate),
};

const messageText = (label: string) =>
  z
    .string({ error: `${label} is required.` })
    .trim()
    .min(1, `${label} is required.`)
    .max(CURATOR_MESSAGE_MAX, `${label} can be at most ${CURATOR_MESSAGE_MAX} characters long.`)
    // eslint-disable-next-line no-control-regex
    .refine((text) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(text), `${label} contains characters that cannot be shown.`);

/** A checkbox group: absent (nothing ticked), one value, or several. */
const ticked = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]));

export const reviewTestimonySchema = z.object({ ...decisionBase });

export const askTestimonySchema = z.object({ ...decisionBase, question: messageText('The question') });

export const declineTestimonySchema = z.object({ ...decisionBase, reason: messageText('The reason') });

/** Accepting field by field: at least one of the proposed fields, each a field a testimony may state. */
export const acceptTestimonySchema = z.object({
  ...decisionBase,
  fields: ticked
    .refine((fields) => fields.length > 0, 'Tick at least one proposed value to accept, or decline the testimony.')
    .refine((fields) => fields.every(isProposalField), 'One of the ticked values is not a field a testimony may state.')
    .transform((fields) => [...new Set(fields)] as ProposalField[]),
});

/**
 * A withhold request decided: withheld with the notice "withheld at the family's request", withheld
 * silently, or declined (then with the reason the testifier reads).
 */
export const withholdDecisionSchema = z
  .object({
    ...decisionBase,
    decision: z.enum(['withhold-notice', 'withhold-silent', 'decline'], { error: 'Choose how to decide the request.' }),
    reason: z.string().trim().max(CURATOR_MESSAGE_MAX, `The reason can be at most ${CURATOR_MESSAGE_MAX} characters long.`).optional(),
  })
  .refine((form) => form.decision !== 'decline' || Boolean(form.reason), {
    error: 'Say why the request is declined; the testifier reads the reason.',
    path: ['reason'],
  });

/** Making a photograph the testifier allowed to be published the record's photograph. */
export const usePhotographSchema = z.object({
  ...decisionBase,
  fileId: z.string({ error: 'The photograph is missing; reload the page.' }).min(1, 'The photograph is missing; reload the page.').max(40),
  altText: z
    .string({ error: 'Describe the photograph for people who cannot see it.' })
    .trim()
    .min(1, 'Describe the photograph for people who cannot see it.')
    .max(300, 'The description can be at most 300 characters long.'),
  contentWarning: z.literal('on', { error: 'The content warning box sent an unexpected value.' }).optional().transform((value) => value === 'on'),
  photoState: z.string().max(40).default(''),
});

export type ReviewTestimonyInput = z.infer<typeof reviewTestimonySchema>;
export type AskTestimonyInput = z.infer<typeof askTestimonySchema>;
export type DeclineTestimonyInput = z.infer<typeof declineTestimonySchema>;
export type AcceptTestimonyInput = z.infer<typeof acceptTestimonySchema>;
export type WithholdDecisionInput = z.infer<typeof withholdDecisionSchema>;
export type UsePhotographInput = z.infer<typeof usePhotographSchema>;
