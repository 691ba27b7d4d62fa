'use server';

import { redirect } from 'next/navigation';
import { invalidState, refusalState, revalidatePublicTags } from '@/lib/admin/action-helpers';
import { requireCurator } from '@/lib/auth';
import { renderMarkdown } from '@/lib/content/markdown';
import { fieldErrorsFrom, formDataToObject, echoValues, type FormState } from '@/lib/forms';
import { publishFormSchema, versionOnlySchema } from '@/lib/publication-schema';
import { parseVictimForm } from '@/lib/victims/admin-schema';
import {
  createVictim,
  deleteVictim,
  publishVictim,
  undeleteVictim,
  unpublishVictim,
  updateVictim,
} from '@/lib/victims/mutations';

function isConfirmed(formData: FormData): boolean {
  const confirm = formData.get('confirm');
  return confirm === 'on' || confirm === 'yes';
}

function recordId(formData: FormData): string {
  const id = formData.get('id');
  return typeof id === 'string' ? id : '';
}

/** The biography rendered as the public page will show it, without saving anything. */
function previewState(formData: FormData): FormState {
  const biography = formData.get('biography');
  return {
    message: 'Preview only: nothing has been saved yet.',
    values: echoValues(formData),
    preview: renderMarkdown(typeof biography === 'string' ? biography : ''),
  };
}

export async function createVictimAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireCurator();
  if (formData.get('intent') === 'preview') return previewState(formData);
  const parsed = parseVictimForm(formDataToObject(formData));
  if (!parsed.success) return invalidState(parsed.fieldErrors, formData);
  let id: string;
  try {
    const result = await createVictim(user, parsed.data);
    revalidatePublicTags(result.tags);
    id = result.record.id;
  } catch (error) {
    return refusalState(error, formData, 'createVictim');
  }
  redirect(`/admin/victims/${id}?saved=created`);
}

export async function updateVictimAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireCurator();
  if (formData.get('intent') === 'preview') return previewState(formData);
  const version = versionOnlySchema.safeParse({ version: formData.get('version') });
  const parsed = parseVictimForm(formDataToObject(formData));
  if (!version.success || !parsed.success) {
    return invalidState({ ...(version.success ? {} : fieldErrorsFrom(version.error)), ...(parsed.success ? {} : parsed.fieldErrors) }, formData);
  }
  const id = recordId(formData);
  try {
    const result = await updateVictim(user, id, version.data.version, parsed.data);
    revalidatePublicTags(result.tags);
  } catch (error) {
    return refusalState(error, formData, 'updateVictim');
  }
  redirect(`/admin/victims/${id}?saved=updated`);
}

export async function publishVictimAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireCurator();
  const parsed = publishFormSchema.safeParse({ version: formData.get('version'), publishAt: formData.get('publishAt') ?? '' });
  if (!parsed.success) return invalidState(fieldErrorsFrom(parsed.error), formData);
  const id = recordId(formData);
  try {
    const result = await publishVictim(user, id, parsed.data.version, parsed.data.publishAt);
    revalidatePublicTags(result.tags);
  } catch (error) {
    return refusalState(error, formData, 'publishVictim');
  }
  redirect(`/admin/victims/${id}?saved=${parsed.data.publishAt ? 'scheduled' : 'published'}`);
}

export async function unpublishVictimAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireCurator();
  const parsed = versionOnlySchema.safeParse({ version: formData.get('version') });
  if (!parsed.success) return invalidState(fieldErrorsFrom(parsed.error), formData);
  const id = recordId(formData);
  try {
    const result = await unpublishVictim(user, id, parsed.data.version);
    revalidatePublicTags(result.tags);
  } catch (error) {
    return refusalState(error, formData, 'unpublishVictim');
  }
  redirect(`/admin/victims/${id}?saved=unpublished`);
}

export async function deleteVictimAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireCurator();
  const parsed = versionOnlySchema.safeParse({ version: formData.get('version') });
  if (!parsed.success) return invalidState(fieldErrorsFrom(parsed.error), formData);
  if (!isConfirmed(formData)) {
    return { message: 'Tick the box to confirm that this record should be deleted.', fieldErrors: { confirm: ['Confirm the deletion.'] } };
  }
  const id = recordId(formData);
  try {
    const result = await deleteVictim(user, id, parsed.data.version);
    revalidatePublicTags(result.tags);
  } catch (error) {
    return refusalState(error, formData, 'deleteVictim');
  }
  redirect(`/admin/victims?deleted=${encodeURIComponent(id)}`);
}

export async function undeleteVictimAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireCurator();
  const parsed = versionOnlySchema.safeParse({ version: formData.get('version') });
  if (!parsed.success) return invalidState(fieldErrorsFrom(parsed.error), formData);
  const id = recordId(formData);
  try {
    const result = await undeleteVictim(user, id, parsed.data.version);
    revalidatePublicTags(result.tags);
  } catch (error) {
    return refusalState(error, formData, 'undeleteVictim');
  }
  redirect(`/admin/victims/${id}?saved=restored`);
}
