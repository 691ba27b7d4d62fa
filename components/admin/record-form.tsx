'use client';

import { useActionState, useMemo, type ReactNode } from 'react';
import { refusingWhenDatabaseUnreachable } from '@/components/admin/database-outage';
import { FormMessage, SubmitButton } from '@/components/admin/form-fields';
import { initialFormState, type FormState } from '@/lib/forms';

/** What the fields of a record form read: the value to show and the errors of each field. */
export type RecordFormFields = {
  value: (name: string) => string;
  errors: Record<string, string[]>;
  /** What the curator typed, when the server sent it back after a refusal or a preview. */
  echoed: Record<string, string> | undefined;
  /** Sanitised HTML of a Markdown preview the curator asked for. */
  preview: string | undefined;
};

/** What every record form is given: its action, the values to start from, hidden fields (the id and version of an edit) and the save button's label. */
export type RecordFormProps = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  defaults: Record<string, string>;
  hidden?: Record<string, string>;
  submitLabel: string;
};

/** The rendered Markdown of a preview, shown under the field it previews. */
export function MarkdownPreview({ html, label }: { html: string | undefined; label: string }) {
  if (html === undefined) return null;
  return (
    <section aria-label={label} className="border border-rule bg-white p-4">
      <h2 className="font-sans text-sm font-semibold uppercase tracking-wide text-muted">Preview</h2>
      <div className="prose-archive mt-2" dangerouslySetInnerHTML={{ __html: html }} />
    </section>
  );
}

/**
 * The frame of an admin record form (create and edit): the action's state, the hidden id and
 * version, the form-wide message and the buttons (save, and preview where a field is Markdown). After a refused
 * save the fields show exactly what the curator typed (the action echoes it back), so nothing
 * typed is lost.
 */
export function RecordForm({
  action,
  defaults,
  hidden,
  submitLabel,
  previewLabel,
  children,
}: RecordFormProps & {
  /** The label of a "preview" button for a Markdown field; the fields show the preview. */
  previewLabel?: string;
  children: (fields: RecordFormFields) => ReactNode;
}) {
  // Rendered on the server, the form is given the server action itself, so that React writes a form
  // that posts to it and the form works with JavaScript off (a client-side wrapper cannot be posted
  // to: React would render it as a `javascript:` address). In the browser the wrapper takes over.
  const guardedAction = useMemo(() => (typeof window === 'undefined' ? action : refusingWhenDatabaseUnreachable(action)), [action]);
  const [state, formAction, pending] = useActionState(guardedAction, initialFormState);
  const values = state.values ?? defaults;
  const fields: RecordFormFields = { value: (name) => values[name] ?? '', errors: state.fieldErrors ?? {}, echoed: state.values, preview: state.preview };
  // A new key after each answer remounts the fields with the values the server sent back.
  const formKey = JSON.stringify(state.values ?? null).length + (state.message ?? '');
  return (
    <form action={formAction} key={formKey} className="space-y-6" noValidate>
      {Object.entries(hidden ?? {}).map(([name, hiddenValue]) => (
        <input key={name} type="hidden" name={name} value={hiddenValue} />
      ))}
      <FormMessage message={state.message} tone={state.preview !== undefined ? 'info' : 'error'} />
      {children(fields)}
      <div className="flex flex-wrap gap-3">
        <SubmitButton pending={pending} name="intent" value="save">
          {pending ? 'Saving…' : submitLabel}
        </SubmitButton>
        {previewLabel ? (
          <SubmitButton pending={pending} name="intent" value="preview" variant="secondary">
            {previewLabel}
          </SubmitButton>
        ) : null}
      </div>
    </form>
  );
}
