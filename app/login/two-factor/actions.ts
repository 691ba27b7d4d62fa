'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { refusalState } from '@/lib/admin/action-helpers';
import { requireSignedIn } from '@/lib/auth';
import { fieldErrorsFrom, formDataToObject, type FormState } from '@/lib/forms';
import { confirmTwoFactorEnrolment, startTwoFactorEnrolment } from '@/lib/users/two-factor';

/** What the confirmation form shows: the usual state, and the recovery codes once, after success. */
export type TwoFactorFormState = FormState & { recoveryCodes?: string[] };

const confirmSchema = z.object({
  code: z
    .string({ error: 'Type the six-digit code from the app.' })
    .transform((value) => value.replace(/\s+/g, ''))
    .pipe(z.string().regex(/^\d{6}$/, 'Type the six digits the app shows now.')),
});

/** Begins (or begins again) setting up an authenticator for the signed-in account. */
export async function startTwoFactorAction(): Promise<void> {
  const user = await requireSignedIn();
  await startTwoFactorEnrolment(user.id);
  redirect('/login/two-factor');
}

/** Confirms the new authenticator with a code from it; answers with the recovery codes, shown once. */
export async function confirmTwoFactorAction(_previous: TwoFactorFormState, formData: FormData): Promise<TwoFactorFormState> {
  const user = await requireSignedIn();
  const parsed = confirmSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) return { message: 'The code needs correcting. Nothing was changed.', fieldErrors: fieldErrorsFrom(parsed.error) };
  try {
    const recoveryCodes = await confirmTwoFactorEnrolment(user.id, user.sessionId, parsed.data.code);
    return { message: 'Your second factor is on.', recoveryCodes };
  } catch (error) {
    return refusalState(error, formData, 'confirmTwoFactor');
  }
}
