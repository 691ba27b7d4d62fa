'use client';

import { useActionState, useState, type ChangeEvent, type FormEvent } from 'react';
import { CheckboxField, describedBy, FieldErrors, fieldId, FormMessage, SubmitButton, TextAreaField, TextField } from '@/components/admin/form-fields';
import { initialFormState, type FormState } from '@/lib/forms';
import { MAX_PHOTO_BYTES, PHOTO_CONTENT_TYPES, photoTooLargeMessage } from '@/lib/victims/photos/photo';

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/**
 * Uploads or replaces a victim's photograph with its alt text, credit and content warning; with a
 * photograph stored, the words can be corrected without choosing the file again. The server checks
 * the file by its contents; the browser only warns early about a file over the size limit, which the
 * server could not otherwise answer with a plain message.
 */
export function PhotoForm({
  action,
  victimId,
  photoState,
  defaults,
}: {
  action: Action;
  victimId: string;
  /** The stored photograph's state token ("" for none), sent back so a concurrent change is refused. */
  photoState: string;
  defaults: { altText: string; credit: string; contentWarning: boolean };
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const [tooLarge, setTooLarge] = useState<string | null>(null);
  const errors = state.fieldErrors ?? {};
  const values = state.values;
  const photoErrors = tooLarge ? [tooLarge] : errors.photo;
  const hasPhoto = photoState !== '';
  const formKey = JSON.stringify(values ?? null).length + (state.message ?? '');

  function checkSize(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    setTooLarge(file && file.size > MAX_PHOTO_BYTES ? photoTooLargeMessage(file.size) : null);
  }

  function refuseTooLarge(event: FormEvent<HTMLFormElement>) {
    if (tooLarge) event.preventDefault();
  }

  return (
    <form action={formAction} onSubmit={refuseTooLarge} key={formKey} className="space-y-4" noValidate>
      <input type="hidden" name="victimId" value={victimId} />
      <input type="hidden" name="photoState" value={photoState} />
      <FormMessage message={tooLarge ?? state.message} />
      <div>
        <label htmlFor={fieldId('photo')} className="block font-sans text-sm font-semibold">
          {hasPhoto ? 'Replace with another photograph' : 'Photograph'}
          {hasPhoto ? null : <span aria-hidden="true"> *</span>}
        </label>
        <p id={`${fieldId('photo')}-hint`} className="font-sans text-sm text-muted">
          JPEG, PNG or WebP, at most 5 MB.{hasPhoto ? ' Leave empty to keep the current photograph and save only the words below.' : ''}
        </p>
        <input
          id={fieldId('photo')}
          name="photo"
          type="file"
          accept={PHOTO_CONTENT_TYPES.join(',')}
          required={!hasPhoto}
          onChange={checkSize}
          aria-invalid={photoErrors?.length ? true : undefined}
          aria-describedby={describedBy('photo', true, photoErrors)}
          className="mt-1 block w-full font-sans text-sm"
        />
        <FieldErrors name="photo" errors={photoErrors} />
      </div>
      <TextAreaField
        name="altText"
        label="Description for people who cannot see it (alt text)"
        hint="What the photograph shows, in at most 300 characters, e.g. “Head-and-shoulders portrait of a young man in a school uniform”."
        rows={2}
        required
        errors={errors.altText}
        defaultValue={values?.altText ?? defaults.altText}
      />
      <TextField
        name="credit"
        label="Credit"
        hint="Who took or holds the photograph, and where it was published."
        required
        maxLength={300}
        errors={errors.credit}
        defaultValue={values?.credit ?? defaults.credit}
      />
      <CheckboxField
        name="contentWarning"
        label="Content warning: the photograph shows injury or death, and is hidden until a visitor chooses to see it"
        errors={errors.contentWarning}
        defaultChecked={values ? values.contentWarning === 'on' : defaults.contentWarning}
      />
      <SubmitButton pending={pending}>{pending ? 'Saving…' : hasPhoto ? 'Save the photograph' : 'Upload the photograph'}</SubmitButton>
    </form>
  );
}

/** Removes the photograph, after a confirmation box. */
export function RemovePhotoForm({ action, victimId, photoState }: { action: Action; victimId: string; photoState: string }) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="space-y-3 border-t border-rule pt-4">
      <input type="hidden" name="victimId" value={victimId} />
      <input type="hidden" name="photoState" value={photoState} />
      <FormMessage message={state.message} />
      <CheckboxField name="confirmRemoval" label="Yes, remove this photograph (its description and credit stay in the history)" errors={state.fieldErrors?.confirmRemoval} />
      <SubmitButton pending={pending} variant="danger">
        Remove the photograph
      </SubmitButton>
    </form>
  );
}
