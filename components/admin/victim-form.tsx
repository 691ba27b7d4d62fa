'use client';

import { useActionState } from 'react';
import { CitationRows, citationRowsFromValues, type CitationRowValue, type SourceOption } from '@/components/admin/citation-rows';
import { FormMessage, SelectField, SubmitButton, TextAreaField, TextField } from '@/components/admin/form-fields';
import { initialFormState, type FormState } from '@/lib/forms';

export type VictimFormDefaults = Record<string, string> & { citations?: never };

const SEX_OPTIONS = [
  { value: 'NOT_STATED', label: 'Not stated in the sources' },
  { value: 'FEMALE', label: 'Female' },
  { value: 'MALE', label: 'Male' },
];
const FATE_OPTIONS = [
  { value: 'NOT_STATED', label: 'Not stated in the sources' },
  { value: 'KILLED', label: 'Killed' },
  { value: 'DIED_OF_WOUNDS', label: 'Died of wounds' },
  { value: 'MISSING', label: 'Missing' },
];

/**
 * The victim form, for creating and editing. After a refused save the fields show exactly what the
 * curator typed (the action echoes it back), so nothing typed is lost.
 */
export function VictimForm({
  action,
  defaults,
  citations,
  sources,
  hidden,
  submitLabel,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  defaults: Record<string, string>;
  citations: CitationRowValue[];
  sources: SourceOption[];
  hidden?: Record<string, string>;
  submitLabel: string;
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const values = state.values ?? defaults;
  const errors = state.fieldErrors ?? {};
  const rows = state.values ? citationRowsFromValues(state.values) : citations;
  const value = (name: string) => values[name] ?? '';
  // A new key after each answer remounts the fields with the values the server sent back.
  const formKey = JSON.stringify(state.values ?? null).length + (state.message ?? '');
  return (
    <form action={formAction} key={formKey} className="space-y-6" noValidate>
      {Object.entries(hidden ?? {}).map(([name, hiddenValue]) => (
        <input key={name} type="hidden" name={name} value={hiddenValue} />
      ))}
      <FormMessage message={state.message} tone={state.preview ? 'info' : 'error'} />
      <fieldset className="grid gap-4 sm:grid-cols-3">
        <legend className="mb-2 font-sans font-semibold">Names</legend>
        <TextField name="nameLatin" label="Name in Latin script" errors={errors.nameLatin} defaultValue={value('nameLatin')} hint="As the source spells it." />
        <TextField name="nameCyrillic" label="Name in Cyrillic" errors={errors.nameCyrillic} defaultValue={value('nameCyrillic')} />
        <TextField name="nameRussian" label="Russian form of the name" errors={errors.nameRussian} defaultValue={value('nameRussian')} />
      </fieldset>
      <TextAreaField name="otherNames" label="Other spellings" hint="One per line, each as a source gives it." rows={2} errors={errors.otherNames} defaultValue={value('otherNames')} />
      <TextField
        name="description"
        label="Description, for a person the source does not name"
        hint="The source’s own words, e.g. “a 7-year old boy”."
        errors={errors.description}
        defaultValue={value('description')}
      />
      <TextField name="slug" label="Address" hint="Left empty, it is made from the name. Lower-case letters, digits and hyphens." errors={errors.slug} defaultValue={value('slug')} />
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField name="sex" label="Sex" options={SEX_OPTIONS} errors={errors.sex} defaultValue={value('sex') || 'NOT_STATED'} />
        <TextField name="birthDate" label="Date of birth" hint="1975, 1975-04 or 1975-04-12; empty if unknown." errors={errors.birthDate} defaultValue={value('birthDate')} />
        <TextField name="age" label="Age" inputMode="numeric" errors={errors.age} defaultValue={value('age')} />
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField name="fate" label="Fate" options={FATE_OPTIONS} errors={errors.fate} defaultValue={value('fate') || 'NOT_STATED'} />
        <TextField name="deathDate" label="Date of death" hint="1990, 1990-01 or 1990-01-20; empty if unknown." errors={errors.deathDate} defaultValue={value('deathDate')} />
        <TextField name="deathPlace" label="Place of death" errors={errors.deathPlace} defaultValue={value('deathPlace')} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="occupation" label="Occupation" errors={errors.occupation} defaultValue={value('occupation')} />
        <TextField name="burialPlace" label="Burial place" errors={errors.burialPlace} defaultValue={value('burialPlace')} />
      </div>
      <TextAreaField name="circumstances" label="Circumstances" hint="As the source words them." errors={errors.circumstances} defaultValue={value('circumstances')} />
      <TextAreaField name="biography" label="Biography (Markdown)" rows={8} errors={errors.biography} defaultValue={value('biography')} />
      {state.preview !== undefined ? (
        <section aria-label="Preview of the biography" className="border border-rule bg-white p-4">
          <h2 className="font-sans text-sm font-semibold uppercase tracking-wide text-muted">Preview</h2>
          <div className="prose-archive mt-2" dangerouslySetInnerHTML={{ __html: state.preview }} />
        </section>
      ) : null}
      <CitationRows rows={rows} sources={sources} fieldErrors={errors} />
      <div className="flex flex-wrap gap-3">
        <SubmitButton pending={pending} name="intent" value="save">
          {pending ? 'Saving…' : submitLabel}
        </SubmitButton>
        <SubmitButton pending={pending} name="intent" value="preview" variant="secondary">
          Preview the biography
        </SubmitButton>
      </div>
    </form>
  );
}
