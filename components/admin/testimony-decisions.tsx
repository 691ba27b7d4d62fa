'use client';

import { useActionState } from 'react';
import { describedBy, fieldId, FieldErrors, FormMessage, SubmitButton } from '@/components/admin/form-fields';
import { initialFormState, type FormState } from '@/lib/forms';

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** Field names a curator cannot correct in the form (hidden fields): their errors go in the form's message. */
const HIDDEN_FIELDS = ['id', 'version', 'decision', 'fileId', 'photoState', '_form'];

export type DecisionField = { name: string; label: string; hint?: string; kind: 'textarea' | 'text' | 'checkbox'; maxLength?: number };
export type DecisionButton = { label: string; name?: string; value?: string; variant?: 'primary' | 'secondary' | 'danger' };

function formMessage(state: FormState): string | undefined {
  const hidden = HIDDEN_FIELDS.flatMap((field) => state.fieldErrors?.[field] ?? []);
  return [state.message, ...hidden].filter(Boolean).join(' ') || undefined;
}

/**
 * One decision on a testimony (open the review, ask, decline, decide a withhold request, use a
 * photograph): its fields with their errors, every error at once, the typing kept after a refusal,
 * and its buttons. Works without JavaScript: the action redirects back to the testimony on success.
 * `prefix` keeps the ids of several such forms on one page apart.
 */
export function DecisionForm({
  action,
  prefix,
  hidden,
  fields = [],
  buttons,
  label,
}: {
  action: Action;
  prefix: string;
  hidden: Record<string, string>;
  fields?: DecisionField[];
  buttons: DecisionButton[];
  label: string;
}) {
  const [state, decide, pending] = useActionState(action, initialFormState);
  return (
    <form action={decide} aria-label={label} className="mt-3 space-y-3">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <FormMessage message={formMessage(state)} />
      {fields.map((field) => {
        const id = `${prefix}-${field.name}`;
        const errors = state.fieldErrors?.[field.name];
        if (field.kind === 'checkbox') {
          return (
            <label key={field.name} className="flex items-center gap-2 font-sans text-sm">
              <input type="checkbox" name={field.name} defaultChecked={state.values?.[field.name] === 'on'} className="h-4 w-4" />
              {field.label}
            </label>
          );
        }
        const common = {
          id: fieldId(id),
          name: field.name,
          maxLength: field.maxLength,
          defaultValue: state.values?.[field.name] ?? '',
          'aria-invalid': errors?.length ? true : undefined,
          'aria-describedby': describedBy(id, Boolean(field.hint), errors),
          className: 'mt-1 w-full border border-muted bg-white px-2 py-1.5 font-sans aria-[invalid=true]:border-2 aria-[invalid=true]:border-mourning-dark',
        } as const;
        return (
          <div key={field.name}>
            <label htmlFor={fieldId(id)} className="block font-sans text-sm font-semibold">
              {field.label}
            </label>
            {field.hint ? (
              <p id={`${fieldId(id)}-hint`} className="font-sans text-sm text-muted">
                {field.hint}
              </p>
            ) : null}
            {field.kind === 'textarea' ? <textarea rows={3} {...common} /> : <input type="text" {...common} />}
            <FieldErrors name={id} errors={errors} />
          </div>
        );
      })}
      <div className="flex flex-wrap gap-3">
        {buttons.map((button) => (
          <SubmitButton key={button.label} pending={pending} name={button.name} value={button.value} variant={button.variant}>
            {button.label}
          </SubmitButton>
        ))}
      </div>
    </form>
  );
}

export type ComparisonRow = { field: string; label: string; current: string; proposed: string; accepted: boolean };

/**
 * The testimony side by side with the record it concerns, one row per field the testimony states:
 * the record now, what the testimony says, and (while the testimony is open) a box to accept it into
 * the draft. Values are shown as text, never as HTML.
 */
export function AcceptFieldsForm({ action, hidden, rows, open, kind }: { action: Action; hidden: Record<string, string>; rows: ComparisonRow[]; open: boolean; kind: 'NEW_PERSON' | 'ADDITION' }) {
  const [state, decide, pending] = useActionState(action, initialFormState);
  const fieldErrors = state.fieldErrors?.fields;
  const ticked = new Set((state.values?.fields ?? '').split('\n').filter(Boolean));
  const table = (
    <table className="mt-3 w-full border-collapse text-left font-sans text-sm" aria-describedby={fieldErrors?.length ? `${fieldId('fields')}-error` : undefined}>
      <caption className="sr-only">The record now and what the testimony says, field by field</caption>
      <thead>
        <tr className="border-b-2 border-ink">
          <th scope="col" className="py-2 pr-4">Field</th>
          <th scope="col" className="py-2 pr-4">{kind === 'NEW_PERSON' ? 'The record now (new person: none yet)' : 'The record now'}</th>
          <th scope="col" className="py-2 pr-4">The testimony says</th>
          <th scope="col" className="py-2">{open ? 'Accept into the draft' : 'Accepted'}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.field} className="border-b border-rule align-top" data-field={row.field}>
            <th scope="row" className="py-2 pr-4 font-semibold">{row.label}</th>
            <td className="whitespace-pre-line py-2 pr-4" data-current>
              {row.current || <span className="italic text-muted">not recorded</span>}
            </td>
            <td className="whitespace-pre-line py-2 pr-4" data-proposed>
              {row.proposed}
            </td>
            <td className="py-2">
              {open ? (
                <label className="inline-flex items-center gap-2">
                  <input type="checkbox" name="fields" value={row.field} defaultChecked={ticked.has(row.field)} className="h-4 w-4" />
                  <span>
                    Accept<span className="sr-only"> {row.label}</span>
                  </span>
                </label>
              ) : row.accepted ? (
                'Accepted'
              ) : (
                <span className="text-muted">Not accepted</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  if (!open) return table;
  return (
    <form action={decide} aria-label="Accept fields into the draft" className="space-y-3">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <FormMessage message={formMessage(state)} />
      {table}
      <FieldErrors name="fields" errors={fieldErrors} />
      <p className="font-sans text-sm text-muted">
        {kind === 'NEW_PERSON'
          ? 'Accepting creates the person’s record as a draft holding the ticked values, cited to this testimony; it is not public until a curator publishes it.'
          : 'Accepting changes nothing on the public site: the record’s edit page then opens with the ticked values, for you to check and save with a public note.'}
      </p>
      <SubmitButton pending={pending}>Accept the ticked values</SubmitButton>
    </form>
  );
}
