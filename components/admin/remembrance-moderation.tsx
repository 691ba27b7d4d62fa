'use client';

import { useActionState } from 'react';
import { FieldErrors, FormMessage, SubmitButton } from '@/components/admin/form-fields';
import { initialFormState, type FormState } from '@/lib/forms';

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** Field names a curator cannot correct in the form (hidden fields): their errors go in the form's message. */
const HIDDEN_FIELDS = ['id', 'version', 'decision', '_form'];

/**
 * The decision on one remembrance: a reason (required to reject or hide, kept in the history) and
 * the buttons the message's state allows. Works without JavaScript (the action redirects back to the
 * queue on success and answers with every error otherwise).
 */
export function RemembranceModeration({ id, version, status, action }: { id: string; version: number; status: 'PENDING' | 'APPROVED'; action: Action }) {
  const [state, decide, pending] = useActionState(action, initialFormState);
  const reasonName = `reason-${id}`;
  const reasonErrors = state.fieldErrors?.reason;
  const otherErrors = HIDDEN_FIELDS.flatMap((field) => state.fieldErrors?.[field] ?? []);
  const describedBy = [`${reasonName}-hint`, reasonErrors?.length ? `field-${reasonName}-error` : null].filter(Boolean).join(' ');
  return (
    <form action={decide} className="mt-3 space-y-3">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <FormMessage message={[state.message, ...otherErrors].filter(Boolean).join(' ') || undefined} />
      <div>
        <label htmlFor={reasonName} className="block font-sans text-sm font-semibold">
          Reason
        </label>
        <p id={`${reasonName}-hint`} className="font-sans text-sm text-muted">
          Required to reject or hide (kept in the history, never shown to visitors); at most 500 characters.
        </p>
        <textarea
          id={reasonName}
          name="reason"
          rows={2}
          maxLength={500}
          defaultValue={state.values?.reason ?? ''}
          aria-invalid={reasonErrors?.length ? true : undefined}
          aria-describedby={describedBy}
          className="mt-1 w-full border border-muted bg-white px-2 py-1.5 font-sans aria-[invalid=true]:border-2 aria-[invalid=true]:border-mourning-dark"
        />
        <FieldErrors name={reasonName} errors={reasonErrors} />
      </div>
      <div className="flex flex-wrap gap-3">
        {status === 'PENDING' ? (
          <>
            <SubmitButton pending={pending} name="decision" value="approve">Approve</SubmitButton>
            <SubmitButton pending={pending} name="decision" value="reject" variant="danger">Reject</SubmitButton>
          </>
        ) : (
          <>
            <SubmitButton pending={pending} name="decision" value="approve" variant="secondary">Keep published (clear reports)</SubmitButton>
            <SubmitButton pending={pending} name="decision" value="hide" variant="danger">Hide</SubmitButton>
          </>
        )}
      </div>
    </form>
  );
}
