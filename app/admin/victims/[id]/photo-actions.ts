'use server';

import { redirect } from 'next/navigation';
import { invalidState, refusalState, revalidatePublicTags } from '@/lib/admin/action-helpers';
import { requireCurator } from '@/lib/auth';
import { formDataToObject, type FormState } from '@/lib/forms';
import { parsePhotoForm, uploadedBytes } from '@/lib/victims/photos/photo';
import { removeVictimPhoto, saveVictimPhoto } from '@/lib/victims/photos/photo-mutations';

function text(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === 'string' ? value : '';
}

/** A browser cannot put a file back into a file box: say so whenever a chosen file was not stored. */
function withFileReminder(state: FormState, formData: FormData): FormState {
  const file = formData.get('photo');
  const chosen = typeof file === 'object' && file !== null && file.size > 0;
  return chosen && state.message ? { ...state, message: `${state.message} The file was not stored: choose it again.` } : state;
}

/**
 * Uploads, replaces, or corrects the words of a victim's photograph. The file is checked by its
 * contents (JPEG, PNG or WebP, at most 5 MB); `photoState` is what the photograph was when the
 * page was opened ("" for none), so a change made by someone else since is never overwritten.
 */
export async function saveVictimPhotoAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireCurator();
  const victimId = text(formData, 'victimId');
  const photoState = text(formData, 'photoState');
  const bytes = await uploadedBytes(formData.get('photo'));
  const parsed = parsePhotoForm(formDataToObject(formData), bytes, { photoExists: photoState !== '' });
  if (!parsed.success) return withFileReminder(invalidState(parsed.fieldErrors, formData), formData);
  try {
    const result = await saveVictimPhoto(user, victimId, photoState, parsed.data);
    revalidatePublicTags(result.tags);
  } catch (error) {
    return withFileReminder(refusalState(error, formData, 'saveVictimPhoto'), formData);
  }
  redirect(`/admin/victims/${victimId}?saved=updated#photo`);
}

/** Removes a victim's photograph, after the curator ticked the confirmation. */
export async function removeVictimPhotoAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireCurator();
  const victimId = text(formData, 'victimId');
  // Named apart from the record's own delete box, which sits on the same page.
  const confirm = formData.get('confirmRemoval');
  if (confirm !== 'on' && confirm !== 'yes') {
    return { message: 'Tick the box to confirm that the photograph should be removed.', fieldErrors: { confirmRemoval: ['Confirm the removal.'] } };
  }
  try {
    const result = await removeVictimPhoto(user, victimId, text(formData, 'photoState'));
    revalidatePublicTags(result.tags);
  } catch (error) {
    return refusalState(error, formData, 'removeVictimPhoto');
  }
  redirect(`/admin/victims/${victimId}?saved=updated#photo`);
}
