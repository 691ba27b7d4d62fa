'use server';

import { redirect } from 'next/navigation';
import { invalidState, refusalState, refusingWhenDatabaseUnreachable, revalidatePublicTags } from '@/lib/admin/action-helpers';
import { requireCurator } from '@/lib/auth';
import { fieldErrorsFrom, formDataToObject, type FormState } from '@/lib/forms';
import { moderateRemembrance } from '@/lib/remembrances/mutations';
import { moderationSchema } from '@/lib/remembrances/schema';

/**
 * A curator's decision on one remembrance (approve, reject or hide, with a reason for the last two),
 * through versionedChange: a stale version is refused with who changed it. The memorial page's
 * remembrances tag is expired at once, so the message appears or disappears on the next visit.
 */
export async function moderateRemembranceAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return refusingWhenDatabaseUnreachable(formData, async () => {
    const user = await requireCurator();
    const parsed = moderationSchema.safeParse(formDataToObject(formData));
    if (!parsed.success) return invalidState(fieldErrorsFrom(parsed.error), formData);
    let decided: string;
    try {
      const result = await moderateRemembrance(user, parsed.data);
      revalidatePublicTags(result.tags);
      decided = result.status.toLowerCase();
    } catch (error) {
      return refusalState(error, formData, 'moderateRemembrance');
    }
    redirect(`/admin/remembrances?decided=${decided}`);
  });
}
