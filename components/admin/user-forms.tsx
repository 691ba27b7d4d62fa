'use client';

import { useActionState } from 'react';
import { FormMessage, SelectField, SubmitButton, TextField } from '@/components/admin/form-fields';
import { initialFormState, type FormState } from '@/lib/forms';

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

const INPUT = 'mt-1 w-full border border-muted bg-white px-2 py-1.5 font-sans aria-[invalid=true]:border-2 aria-[invalid=true]:border-mourning-dark';

/**
 * A password box whose id is unique on the page (several of these forms share the users page), with
 * its hint and errors tied to it for screen readers. Never given a value: a password is not echoed.
 */
function PasswordField({
  id,
  name,
  label,
  hint,
  errors,
  autoComplete,
}: {
  id: string;
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
  autoComplete: 'current-password' | 'new-password';
}) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, errors?.length ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div>
      <label htmlFor={id} className="block font-sans text-sm font-semibold">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="font-sans text-sm text-muted">
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        name={name}
        type="password"
        autoComplete={autoComplete}
        required
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy}
        className={INPUT}
      />
      {errors?.length ? (
        <ul id={errorId} className="mt-1 text-sm font-semibold text-mourning-dark">
          {errors.map((error) => (
            <li key={error}>{error}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

const NEW_PASSWORD_HINT = 'At least 12 characters. A few unrelated words make a long password that is easy to type.';

/** An administrator's form for a new account. */
export function CreateUserForm({ action }: { action: Action }) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const errors = state.fieldErrors ?? {};
  const values = state.values ?? {};
  // A new key after each answer remounts the fields with the values the server sent back.
  const formKey = JSON.stringify(values) + (state.message ?? '');
  return (
    <form action={formAction} key={formKey} className="max-w-md space-y-4" noValidate>
      <FormMessage message={state.message} />
      <TextField name="email" label="E-mail address" type="email" required errors={errors.email} defaultValue={values.email} />
      <TextField name="name" label="Name" hint="As colleagues know them; optional." errors={errors.name} defaultValue={values.name} />
      <SelectField
        name="role"
        label="Role"
        hint="Curators edit the memorial's records; administrators also manage the accounts."
        errors={errors.role}
        defaultValue={values.role ?? 'CURATOR'}
        options={[
          { value: 'CURATOR', label: 'Curator' },
          { value: 'ADMIN', label: 'Administrator' },
        ]}
      />
      <PasswordField id="create-password" name="password" label="First password" hint={NEW_PASSWORD_HINT} errors={errors.password} autoComplete="new-password" />
      <PasswordField id="create-confirm-password" name="confirmPassword" label="First password, again" errors={errors.confirmPassword} autoComplete="new-password" />
      <SubmitButton pending={pending}>{pending ? 'Creating…' : 'Create the account'}</SubmitButton>
    </form>
  );
}

/** An administrator's form to set a new password for one account. */
export function ResetPasswordForm({ action, userId, email }: { action: Action; userId: string; email: string }) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const errors = state.fieldErrors ?? {};
  const prefix = `reset-${userId}`;
  return (
    <form action={formAction} key={state.message ?? ''} className="max-w-md space-y-3" noValidate>
      <input type="hidden" name="userId" value={userId} />
      <FormMessage message={state.message} />
      <PasswordField
        id={`${prefix}-new-password`}
        name="newPassword"
        label={`New password for ${email}`}
        hint={`${NEW_PASSWORD_HINT} Every session of this account ends at once.`}
        errors={errors.newPassword ?? errors.userId}
        autoComplete="new-password"
      />
      <PasswordField id={`${prefix}-confirm-password`} name="confirmPassword" label="New password, again" errors={errors.confirmPassword} autoComplete="new-password" />
      <SubmitButton pending={pending} variant="secondary">
        {pending ? 'Setting…' : 'Set the new password'}
      </SubmitButton>
    </form>
  );
}

/** A one-button form that deactivates or reactivates an account. */
export function SetUserActiveForm({ action, userId, email, active }: { action: Action; userId: string; email: string; active: boolean }) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="active" value={active ? 'false' : 'true'} />
      <FormMessage message={state.message} />
      <SubmitButton pending={pending} variant={active ? 'danger' : 'secondary'}>
        <span>{active ? 'Deactivate' : 'Reactivate'}</span>
        <span className="sr-only"> {email}</span>
      </SubmitButton>
    </form>
  );
}

/** The signed-in curator's form to change their own password. */
export function ChangePasswordForm({ action }: { action: Action }) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} key={state.message ?? ''} className="max-w-md space-y-4" noValidate>
      <FormMessage message={state.message} />
      <PasswordField id="account-current-password" name="currentPassword" label="Current password" errors={errors.currentPassword} autoComplete="current-password" />
      <PasswordField
        id="account-new-password"
        name="newPassword"
        label="New password"
        hint={`${NEW_PASSWORD_HINT} You will then sign in again with it.`}
        errors={errors.newPassword}
        autoComplete="new-password"
      />
      <PasswordField id="account-confirm-password" name="confirmPassword" label="New password, again" errors={errors.confirmPassword} autoComplete="new-password" />
      <SubmitButton pending={pending}>{pending ? 'Changing…' : 'Change my password'}</SubmitButton>
    </form>
  );
}

/** A one-button form that ends sessions: one (another browser), all the others, or all. */
export function EndSessionsForm({
  action,
  scope,
  sessionId,
  userId,
  label,
  srLabel,
}: {
  action: Action;
  scope: 'one' | 'others' | 'all';
  sessionId?: string;
  userId?: string;
  label: string;
  srLabel?: string;
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="scope" value={scope} />
      {sessionId ? <input type="hidden" name="sessionId" value={sessionId} /> : null}
      {userId ? <input type="hidden" name="userId" value={userId} /> : null}
      <FormMessage message={state.message} />
      <SubmitButton pending={pending} variant="secondary">
        <span>{label}</span>
        {srLabel ? <span className="sr-only">{srLabel}</span> : null}
      </SubmitButton>
    </form>
  );
}

/** A curator turning their second factor off, with their current password. */
export function RemoveTwoFactorForm({ action }: { action: Action }) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  return (
    <form action={formAction} key={state.message ?? ''} className="max-w-md space-y-3" noValidate>
      <FormMessage message={state.message} />
      <PasswordField
        id="two-factor-current-password"
        name="currentPassword"
        label="Current password, to turn the second factor off"
        errors={state.fieldErrors?.currentPassword}
        autoComplete="current-password"
      />
      <SubmitButton pending={pending} variant="danger">
        {pending ? 'Turning off…' : 'Turn the second factor off'}
      </SubmitButton>
    </form>
  );
}

/** An administrator's one-button form for another account: end its sessions, or reset its second factor. */
export function UserSecurityForm({ action, userId, email, label }: { action: Action; userId: string; email: string; label: string }) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="userId" value={userId} />
      <FormMessage message={state.message} />
      <SubmitButton pending={pending} variant="secondary">
        <span>{label}</span>
        <span className="sr-only"> of {email}</span>
      </SubmitButton>
    </form>
  );
}
