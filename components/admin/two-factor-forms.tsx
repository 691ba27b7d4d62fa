'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { FormMessage, SubmitButton, TextField } from '@/components/admin/form-fields';
import type { FormState } from '@/lib/forms';

type TwoFactorFormState = FormState & { recoveryCodes?: string[] };
type Action = (state: TwoFactorFormState, formData: FormData) => Promise<TwoFactorFormState>;

/**
 * The code that confirms a new authenticator; after success, the recovery codes, shown this once.
 * A server action through useActionState, so it works before (and without) JavaScript.
 */
export function ConfirmTwoFactorForm({ action, showForm }: { action: Action; showForm: boolean }) {
  const [state, formAction, pending] = useActionState(action, {});
  if (state.recoveryCodes) {
    return (
      <div className="mb-8 space-y-3 font-sans">
        <FormMessage message={state.message} tone="info" />
        <h2 className="text-xl font-semibold">3. Keep your recovery codes</h2>
        <p>
          If you lose your phone, each of these codes signs you in once instead of the app&rsquo;s code. Print them or write them down and keep them
          somewhere safe; they are not shown again.
        </p>
        <ul aria-label="Recovery codes" className="grid grid-cols-2 gap-1 font-mono text-lg">
          {state.recoveryCodes.map((code) => (
            <li key={code}>{code}</li>
          ))}
        </ul>
        <p>
          <Link href="/admin">Continue to the admin area</Link>
        </p>
      </div>
    );
  }
  if (!showForm) return null;
  return (
    <form action={formAction} className="mb-8 max-w-xs space-y-3 font-sans" noValidate>
      <FormMessage message={state.message} />
      <TextField name="code" label="Code from the app" inputMode="numeric" maxLength={12} required errors={state.fieldErrors?.code} />
      <SubmitButton pending={pending}>{pending ? 'Checking…' : 'Turn on the second factor'}</SubmitButton>
    </form>
  );
}
