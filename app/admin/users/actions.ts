'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { invalidState, refusalState, refusingWhenDatabaseUnreachable } from '@/lib/admin/action-helpers';
import { requireAdmin } from '@/lib/auth';
import { fieldErrorsFrom, formDataToObject, type FormState } from '@/lib/forms';
import { createUser, resetPassword, setUserActive } from '@/lib/users/mutations';
import { createUserFormSchema, resetPasswordSchema, setUserActiveSchema } from '@/lib/users/schema';
import { endSessions } from '@/lib/users/sessions';
import { removeTwoFactor } from '@/lib/users/two-factor';

// Administrators only (requireAdmin first in each). Passwords never leave these functions:
// refusalState and invalidState echo the other fields only, and nothing here logs form data.
// A curator's own password change is in ../account/actions.ts, open to every signed-in curator.

/** An administrator creates an account. */
export async function createUserAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return refusingWhenDatabaseUnreachable(formData, async () => {
    const admin = await requireAdmin();
    const parsed = createUserFormSchema.safeParse(formDataToObject(formData));
    if (!parsed.success) return invalidState(fieldErrorsFrom(parsed.error), formData);
    const { confirmPassword: _confirmPassword, ...input } = parsed.data;
    try {
      await createUser(admin, input);
    } catch (error) {
      return refusalState(error, formData, 'createUser');
    }
    redirect('/admin/users?saved=created');
  });
}

/** An administrator sets a new password for someone else's account; its sessions end at once. */
export async function resetPasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return refusingWhenDatabaseUnreachable(formData, async () => {
    const admin = await requireAdmin();
    const parsed = resetPasswordSchema.safeParse(formDataToObject(formData));
    if (!parsed.success) return invalidState(fieldErrorsFrom(parsed.error), formData);
    if (parsed.data.userId === admin.id) {
      // One's own password is changed with the current one (the account page), not reset.
      return { message: 'To change your own password, use the Account page, which asks for your current one.' };
    }
    try {
      await resetPassword(admin, parsed.data.userId, parsed.data.newPassword);
    } catch (error) {
      return refusalState(error, formData, 'resetPassword');
    }
    redirect('/admin/users?saved=password-reset');
  });
}

/** An administrator deactivates or reactivates an account. */
export async function setUserActiveAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return refusingWhenDatabaseUnreachable(formData, async () => {
    const admin = await requireAdmin();
    const parsed = setUserActiveSchema.safeParse(formDataToObject(formData));
    if (!parsed.success) return invalidState(fieldErrorsFrom(parsed.error), formData);
    try {
      await setUserActive(admin, parsed.data.userId, parsed.data.active);
    } catch (error) {
      return refusalState(error, formData, 'setUserActive');
    }
    redirect(`/admin/users?saved=${parsed.data.active ? 'reactivated' : 'deactivated'}`);
  });
}


const userIdSchema = z.object({ userId: z.string({ error: 'Choose an account.' }).min(1, 'Choose an account.').max(100) });

/** An administrator ends every session of another account (a lost laptop, a suspicious sign-in). */
export async function endUserSessionsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return refusingWhenDatabaseUnreachable(formData, async () => {
    const admin = await requireAdmin();
    const parsed = userIdSchema.safeParse(formDataToObject(formData));
    if (!parsed.success) return invalidState(fieldErrorsFrom(parsed.error), formData);
    try {
      await endSessions(admin, parsed.data.userId);
    } catch (error) {
      return refusalState(error, formData, 'endUserSessions');
    }
    redirect('/admin/users?saved=sessions-ended');
  });
}

/**
 * An administrator removes another account's second factor, for someone who lost both phone and
 * recovery codes; its sessions end, and it sets one up again (an administrator must, at once).
 */
export async function resetUserTwoFactorAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return refusingWhenDatabaseUnreachable(formData, async () => {
    const admin = await requireAdmin();
    const parsed = userIdSchema.safeParse(formDataToObject(formData));
    if (!parsed.success) return invalidState(fieldErrorsFrom(parsed.error), formData);
    if (parsed.data.userId === admin.id) return { message: 'Another administrator must reset your own second factor.' };
    try {
      await removeTwoFactor(admin, parsed.data.userId);
    } catch (error) {
      return refusalState(error, formData, 'resetUserTwoFactor');
    }
    redirect('/admin/users?saved=two-factor-reset');
  });
}
