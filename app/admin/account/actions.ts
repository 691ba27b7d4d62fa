'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { invalidState, refusalState, refusingWhenDatabaseUnreachable } from '@/lib/admin/action-helpers';
import { requireCurator } from '@/lib/auth';
import { fieldErrorsFrom, formDataToObject, type FormState } from '@/lib/forms';
import { changePassword } from '@/lib/users/mutations';
import { changePasswordSchema } from '@/lib/users/schema';
import { endSessions } from '@/lib/users/sessions';
import { removeOwnTwoFactor } from '@/lib/users/two-factor';

/**
 * Anyone signed in changes their own password. All their sessions end, this one too, so they are
 * sent to the login page to sign in with the new password. The passwords are never echoed or logged.
 */
export async function changeOwnPasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return refusingWhenDatabaseUnreachable(formData, async () => {
    const user = await requireCurator();
    const parsed = changePasswordSchema.safeParse(formDataToObject(formData));
    if (!parsed.success) return invalidState(fieldErrorsFrom(parsed.error), formData);
    try {
      await changePassword(user.id, parsed.data);
    } catch (error) {
      return refusalState(error, formData, 'changePassword');
    }
    redirect('/login?passwordChanged=1&callbackUrl=%2Fadmin%2Faccount');
  });
}

const endSessionSchema = z.object({
  scope: z.enum(['one', 'others', 'all'], { error: 'Choose which sessions to end.' }),
  sessionId: z.string().regex(/^[0-9a-f]{64}$/, 'Choose a session.').optional(),
});

/**
 * Ends one of one's own sessions (another browser), all the others, or all of them, this one too
 * (then the browser is sent to sign in again).
 */
export async function endOwnSessionsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return refusingWhenDatabaseUnreachable(formData, async () => {
    const user = await requireCurator();
    const parsed = endSessionSchema.safeParse(formDataToObject(formData));
    if (!parsed.success || (parsed.data.scope === 'one' && !parsed.data.sessionId)) {
      return { message: 'Choose which sessions to end. Nothing was changed.', fieldErrors: parsed.success ? {} : fieldErrorsFrom(parsed.error) };
    }
    const { scope, sessionId } = parsed.data;
    try {
      await endSessions(user, user.id, scope === 'one' ? { only: sessionId } : scope === 'others' ? { except: user.sessionId } : {});
    } catch (error) {
      return refusalState(error, formData, 'endOwnSessions');
    }
    redirect(scope === 'all' ? '/login?signedOut=1' : '/admin/account?saved=sessions-ended');
  });
}

const removeTwoFactorSchema = z.object({
  currentPassword: z.string({ error: 'Enter your current password.' }).min(1, 'Enter your current password.').max(256),
});

/** A curator turns their second factor off (administrators must keep theirs; the mutation refuses). */
export async function removeOwnTwoFactorAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return refusingWhenDatabaseUnreachable(formData, async () => {
    const user = await requireCurator();
    const parsed = removeTwoFactorSchema.safeParse(formDataToObject(formData));
    if (!parsed.success) return invalidState(fieldErrorsFrom(parsed.error), formData);
    try {
      await removeOwnTwoFactor(user.id, parsed.data.currentPassword);
    } catch (error) {
      return refusalState(error, formData, 'removeOwnTwoFactor');
    }
    redirect('/login?callbackUrl=%2Fadmin%2Faccount');
  });
}
