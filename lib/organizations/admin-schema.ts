import { z } from 'zod';
import { optionalWebAddress } from '@/lib/admin/form-parsing';
import { fieldErrorsFrom, formField } from '@/lib/forms';
import { ORGANIZATION_KINDS } from '@/lib/organizations/labels';
import { isSlug, slugify } from '@/lib/slug';

/** A web address a visitor can follow: http or https with a host name, or an empty box. */
const websiteField = optionalWebAddress(
  'The website',
  500,
  'The website must be a full address starting with http:// or https://, such as https://example.org, or left empty.',
);

/** The issuer form as curators fill it in. Only the name and kind are required. */
export const organizationFormSchema = z.object({
  slug: z
    .string()
    .trim()
    .default('')
    .refine((value) => value === '' || isSlug(value), 'The address may contain only lower-case letters, digits and single hyphens.'),
  name: formField.requiredText(300, 'The name'),
  kind: z.enum(ORGANIZATION_KINDS, { error: 'Choose what kind of issuer this is.' }),
  country: formField.optionalText(120, 'The country'),
  city: formField.optionalText(120, 'The city'),
  address: formField.optionalText(500, 'The address'),
  website: websiteField,
});

export type OrganizationInput = {
  slug: string;
  name: string;
  kind: z.infer<typeof organizationFormSchema>['kind'];
  country: string | null;
  city: string | null;
  address: string | null;
  website: string | null;
};

/** The address an issuer gets when the curator leaves it empty: from its name. */
export function defaultOrganizationSlug(name: string): string {
  return slugify(name) || 'organization';
}

/** Parses the whole issuer form and returns every field error at once. */
export function parseOrganizationForm(
  object: Record<string, unknown>,
): { success: true; data: OrganizationInput } | { success: false; fieldErrors: Record<string, string[]> } {
  const parsed = organizationFormSchema.safeParse(object);
  if (!parsed.success) return { success: false, fieldErrors: fieldErrorsFrom(parsed.error) };
  const values = parsed.data;
  return { success: true, data: { ...values, slug: values.slug || defaultOrganizationSlug(values.name) } };
}
