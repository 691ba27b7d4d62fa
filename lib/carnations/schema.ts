import { z } from 'zod';
import { locales } from '@/lib/i18n/config';
import type { CarnationTarget } from '@/lib/carnations/subject';

/** The carnation form (components/site/carnation-panel.tsx): which page it was sent from. */
export const carnationFormSchema = z
  .object({
    locale: z.enum(locales, { error: 'The page’s language is missing or unknown.' }),
    target: z.enum(['victim', 'anniversary'], { error: 'The form does not say what the carnation is for.' }),
    slug: z.string().max(200, 'The record’s address is too long.').optional(),
    year: z.coerce.number({ error: 'The anniversary’s year must be a year, such as 2027.' }).int('The anniversary’s year must be a year, such as 2027.').optional(),
  })
  .refine((form) => (form.target === 'victim' ? Boolean(form.slug) : form.year !== undefined), {
    error: 'The form does not say which record the carnation is for.',
    path: ['target'],
  });

export type CarnationForm = z.infer<typeof carnationFormSchema>;

export function carnationTargetOf(form: CarnationForm): CarnationTarget {
  return form.target === 'victim' ? { kind: 'victim', slug: form.slug ?? '' } : { kind: 'anniversary', year: form.year ?? 0 };
}
