'use client';

import { useActionState } from 'react';
import { FormMessage, SubmitButton } from '@/components/admin/form-fields';
import { initialFormState, type FormState } from '@/lib/forms';

/** "Restore this version" for one audit entry, at the record's current version. */
export function RestoreButton({ entryId, version, action }: { entryId: string; version: number; action: (state: FormState, formData: FormData) => Promise<FormState> }) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="entryId" value={entryId} />
      <input type="hidden" name="version" value={version} />
      <FormMessage message={state.message} />
      <SubmitButton pending={pending} variant="secondary">
        Restore this version
      </SubmitButton>
    </form>
  );
}
