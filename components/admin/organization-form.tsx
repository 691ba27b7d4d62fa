'use client';

import { labelOptions, SelectField, TextField } from '@/components/admin/form-fields';
import { RecordForm, type RecordFormProps } from '@/components/admin/record-form';
import { ORGANIZATION_KIND_LABELS } from '@/lib/organizations/labels';

const KIND_OPTIONS = [{ value: '', label: 'Choose…' }, ...labelOptions(ORGANIZATION_KIND_LABELS)];

/**
 * The issuer form, for creating and editing. After a refused save the fields show exactly what the
 * curator typed (the action echoes it back), so nothing typed is lost.
 */
export function OrganizationForm(form: RecordFormProps) {
  return (
    <RecordForm {...form}>
      {({ value, errors }) => (
        <>
          <TextField name="name" label="Name" required hint="As the releases name the issuer." errors={errors.name} defaultValue={value('name')} maxLength={300} />
          <div className="grid gap-4 sm:grid-cols-2">
            <SelectField name="kind" label="Kind" required options={KIND_OPTIONS} errors={errors.kind} defaultValue={value('kind')} />
            <TextField name="slug" label="Address" hint="Left empty, it is made from the name. Lower-case letters, digits and hyphens." errors={errors.slug} defaultValue={value('slug')} />
          </div>
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField name="country" label="Country" hint="Where the issuer sits; empty if no release says." errors={errors.country} defaultValue={value('country')} />
            <TextField name="city" label="City" errors={errors.city} defaultValue={value('city')} />
          </div>
          <TextField name="address" label="Postal address" errors={errors.address} defaultValue={value('address')} />
          <TextField name="website" label="Website" type="url" hint="A full address, such as https://example.org; or leave empty." errors={errors.website} defaultValue={value('website')} />
        </>
      )}
    </RecordForm>
  );
}
