'use server';

import { redirect } from 'next/navigation';
import { invalidState, refusalState, refusingWhenDatabaseUnreachable, revalidatePublicTags } from '@/lib/admin/action-helpers';
import { requireCurator } from '@/lib/auth';
import { RecordNotFoundError } from '@/lib/records/errors';
import { formDataToObject, type FormState } from '@/lib/forms';
import type { TranslatableKind } from '@/lib/generated/prisma/enums';
import { saveTranslations } from '@/lib/translations/mutations';
import { parseTranslationForm, TRANSLATABLE_KINDS, translationsPath } from '@/lib/translations/schema';

/** Saves the translations editor of one record: every box at once, or nothing. */
export async function saveTranslationsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return refusingWhenDatabaseUnreachable(formData, async () => {
    const user = await requireCurator();
    const kind = formData.get('kind');
    const id = formData.get('id');
    if (typeof kind !== 'string' || !(TRANSLATABLE_KINDS as string[]).includes(kind) || typeof id !== 'string' || !/^[a-z0-9]{1,40}$/.test(id)) {
      return refusalState(new RecordNotFoundError('record'), formData, 'saveTranslations');
    }
    const recordKind = kind as TranslatableKind;
    const parsed = parseTranslationForm(recordKind, formDataToObject(formData));
    if (!parsed.success) return invalidState(parsed.fieldErrors, formData);
    try {
      const result = await saveTranslations(user, recordKind, id, parsed.data);
      revalidatePublicTags(result.tags);
    } catch (error) {
      return refusalState(error, formData, 'saveTranslations');
    }
    redirect(`${translationsPath(recordKind, id)}?saved=updated`);
  });
}
