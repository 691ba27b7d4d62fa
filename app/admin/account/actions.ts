'use server';

import { redirect } from 'next/navigation';
import { invalidState, refusalState } from '@/lib/admin/action-helpers';
import { requireCurator } from '@/lib/auth';
import { fieldErrorsFrom, formDataToObject, type FormState } from '@/lib/forms';
import { changePassword } from '@/lib/users/mutations';
import { changePasswordSchema } from '@/lib/users/schema';

/**
 * Anyone signed in changes their own password. All their sessions end, this one too, so they are
 * sent to the login page to sign in with the new password. The passwords are never echoed or logged.
 */
export async function changeOwnPasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireCurator();
  const parsed = changePasswordSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) return invalidState(fieldErrorsFrom(parsed.error), formData);
  try {
    await changePassword(user.id, parsed.data);
  } catch (error) {
    return refusalState(error, formData, 'changePassword');
  }
  redirect('/login?passwordChanged=1&callbackUrl=%2Fadmin%2Faccount');
}
