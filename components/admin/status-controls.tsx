'use client';

import { useActionState } from 'react';
import { CheckboxField, FormMessage, SubmitButton, TextField } from '@/components/admin/form-fields';
import { initialFormState, type FormState } from '@/lib/forms';

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/**
 * Publish (now or at a time in Baku), unpublish, delete with confirmation, or restore a deleted
 * record. Each is its own small form carrying the version the curator is looking at.
 */
export function StatusControls({
  id,
  version,
  status,
  deleted,
  publishAtInput,
  actions,
}: {
  id: string;
  version: number;
  status: 'DRAFT' | 'PUBLISHED';
  deleted: boolean;
  publishAtInput: string;
  actions: { publish: Action; unpublish: Action; delete: Action; undelete: Action };
}) {
  const [publishState, publish, publishing] = useActionState(actions.publish, initialFormState);
  const [unpublishState, unpublish, unpublishing] = useActionState(actions.unpublish, initialFormState);
  const [deleteState, remove, deleting] = useActionState(actions.delete, initialFormState);
  const [undeleteState, undelete, undeleting] = useActionState(actions.undelete, initialFormState);
  const hidden = (
    <>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
    </>
  );
  if (deleted) {
    return (
      <form action={undelete} className="space-y-3">
        {hidden}
        <FormMessage message={undeleteState.message} />
        <p className="font-sans">This record is deleted: it appears nowhere on the site.</p>
        <SubmitButton pending={undeleting}>Restore this record</SubmitButton>
      </form>
    );
  }
  return (
    <div className="space-y-6">
      <form action={publish} className="space-y-3">
        {hidden}
        <FormMessage message={publishState.message} />
        <TextField
          name="publishAt"
          type="datetime-local"
          label="Publish at (Baku time)"
          hint="Leave empty to publish now. A scheduled record appears on the site at that time by itself."
          defaultValue={publishState.values?.publishAt ?? publishAtInput}
          errors={publishState.fieldErrors?.publishAt}
        />
        <SubmitButton pending={publishing}>{status === 'PUBLISHED' ? 'Publish again / reschedule' : 'Publish'}</SubmitButton>
      </form>
      {status === 'PUBLISHED' ? (
        <form action={unpublish} className="space-y-3">
          {hidden}
          <FormMessage message={unpublishState.message} />
          <SubmitButton pending={unpublishing} variant="secondary">
            Unpublish (back to draft)
          </SubmitButton>
        </form>
      ) : null}
      <form action={remove} className="space-y-3 border-t border-rule pt-4">
        {hidden}
        <FormMessage message={deleteState.message} />
        <CheckboxField name="confirm" label="Yes, delete this record (it can be restored from its history)" errors={deleteState.fieldErrors?.confirm} />
        <SubmitButton pending={deleting} variant="danger">
          Delete
        </SubmitButton>
      </form>
    </div>
  );
}
