'use server';

import { redirect } from 'next/navigation';
import { invalidState, refusalState, refusingWhenDatabaseUnreachable, revalidatePublicTags } from '@/lib/admin/action-helpers';
import { requireAdmin } from '@/lib/auth';
import { formDataToObject, type FormState } from '@/lib/forms';
import { saveOperatorTexts } from '@/lib/operator-texts/mutations';
import { parseOperatorTextsForm } from '@/lib/operator-texts/schema';

/** Saves the operator's privacy notice, consent statements and licence: every language at once, or nothing. */
export async function saveOperatorTextsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return refusingWhenDatabaseUnreachable(formData, async () => {
    const user = await requireAdmin();
    const parsed = parseOperatorTextsForm(formDataToObject(formData));
    if (!parsed.success) return invalidState(parsed.fieldErrors, formData);
    try {
      const result = await saveOperatorTexts(user, parsed.data);
      revalidatePublicTags(result.tags);
    } catch (error) {
      return refusalState(error, formData, 'saveOperatorTexts');
    }
    redirect('/admin/operator-texts?saved=1');
  });
}
