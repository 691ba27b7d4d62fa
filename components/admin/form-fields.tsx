import type { ReactNode } from 'react';

/** Ids that tie a field to its hint and errors, for aria-describedby. */
export function describedBy(name: string, hasHint: boolean, errors: string[] | undefined): string | undefined {
  const ids = [hasHint ? `${fieldId(name)}-hint` : null, errors?.length ? `${fieldId(name)}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

export function fieldId(name: string): string {
  return `field-${name.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
}

export function FieldErrors({ name, errors }: { name: string; errors: string[] | undefined }) {
  if (!errors?.length) return null;
  return (
    <ul id={`${fieldId(name)}-error`} className="mt-1 text-sm font-semibold text-mourning-dark">
      {errors.map((error) => (
        <li key={error}>{error}</li>
      ))}
    </ul>
  );
}

type FieldProps = {
  name: string;
  label: string;
  hint?: ReactNode;
  errors?: string[];
  defaultValue?: string;
  required?: boolean;
};

const INPUT = 'mt-1 w-full border border-muted bg-white px-2 py-1.5 font-sans aria-[invalid=true]:border-mourning-dark aria-[invalid=true]:border-2';

/** The label (with a star when required), the hint, the control and the errors of one field. */
function LabelledField({ name, label, hint, errors, starred, children }: { name: string; label: string; hint?: ReactNode; errors?: string[]; starred?: boolean; children: ReactNode }) {
  return (
    <div>
      <label htmlFor={fieldId(name)} className="block font-sans text-sm font-semibold">
        {label}
        {starred ? <span aria-hidden="true"> *</span> : null}
      </label>
      {hint ? <p id={`${fieldId(name)}-hint`} className="font-sans text-sm text-muted">{hint}</p> : null}
      {children}
      <FieldErrors name={name} errors={errors} />
    </div>
  );
}

/** The attributes every control shares: its id and name, its state and what describes it. */
function controlProps({ name, hint, errors, defaultValue, required }: FieldProps) {
  return {
    id: fieldId(name),
    name,
    defaultValue,
    required,
    'aria-invalid': errors?.length ? true : undefined,
    'aria-describedby': describedBy(name, Boolean(hint), errors),
    className: INPUT,
  } as const;
}

/** A labelled one-line text box with its hint and errors wired for screen readers. */
export function TextField({ type = 'text', maxLength, placeholder, inputMode, ...field }: FieldProps & { type?: string; maxLength?: number; placeholder?: string; inputMode?: 'numeric' | 'text' }) {
  return (
    <LabelledField {...field} starred={field.required}>
      <input {...controlProps(field)} type={type} maxLength={maxLength} placeholder={placeholder} inputMode={inputMode} />
    </LabelledField>
  );
}

/** A labelled multi-line text box. */
export function TextAreaField({ rows = 4, ...field }: FieldProps & { rows?: number }) {
  return (
    <LabelledField {...field} starred={field.required}>
      <textarea {...controlProps(field)} rows={rows} />
    </LabelledField>
  );
}

/** The options of a drop-down from a map of labels, in the order given (by default, the map's). */
export function labelOptions<Value extends string>(labels: Record<Value, string>, order: readonly Value[] = Object.keys(labels) as Value[]) {
  return order.map((value) => ({ value, label: labels[value] }));
}

/** A labelled drop-down. */
export function SelectField({ options, ...field }: FieldProps & { options: { value: string; label: string }[] }) {
  return (
    <LabelledField {...field}>
      <select {...controlProps(field)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </LabelledField>
  );
}

/** A checkbox with its label beside it. */
export function CheckboxField({ name, label, errors, defaultChecked }: { name: string; label: string; errors?: string[]; defaultChecked?: boolean }) {
  return (
    <div>
      <label className="inline-flex items-center gap-2 font-sans text-sm">
        <input type="checkbox" name={name} defaultChecked={defaultChecked} aria-describedby={describedBy(name, false, errors)} className="h-4 w-4" />
        {label}
      </label>
      <FieldErrors name={name} errors={errors} />
    </div>
  );
}

/** The form-wide message, announced politely to screen readers when it changes. */
export function FormMessage({ message, tone = 'error' }: { message?: string; tone?: 'error' | 'info' }) {
  return (
    <div aria-live="polite" role="status" className="min-h-0">
      {message ? (
        <p className={`border-l-4 p-3 font-sans ${tone === 'error' ? 'border-mourning-dark bg-white text-mourning-dark' : 'border-ink bg-white text-ink'}`}>{message}</p>
      ) : null}
    </div>
  );
}

/** A submit button disabled while its form is being sent. */
export function SubmitButton({ children, pending, name, value, variant = 'primary' }: { children: ReactNode; pending: boolean; name?: string; value?: string; variant?: 'primary' | 'secondary' | 'danger' }) {
  const styles = {
    primary: 'border-ink bg-ink text-paper hover:bg-mourning-dark',
    secondary: 'border-ink bg-white text-ink hover:bg-paper',
    danger: 'border-mourning-dark bg-mourning-dark text-white hover:bg-mourning',
  }[variant];
  return (
    <button type="submit" name={name} value={value} disabled={pending} aria-disabled={pending} className={`border px-4 py-2 font-sans disabled:opacity-60 ${styles}`}>
      {children}
    </button>
  );
}
