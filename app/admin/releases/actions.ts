'use server';

import { requireCurator } from '@/lib/auth';
import { echoValues, type FormState } from '@/lib/forms';
import { parseReleaseForm } from '@/lib/releases/admin-schema';
import { renderReleaseBodyPreview } from '@/lib/releases/body-preview';
import { createRelease, deleteRelease, publishRelease, undeleteRelease, unpublishRelease, updateRelease } from '@/lib/releases/mutations';
import { changeRecordForm, publishRecordForm, saveRecordForm } from '@/lib/admin/form-actions';

const editPath = (id: string) => `/admin/releases/${id}`;

/** The text rendered as the public page will show it, in the chosen format, without saving anything. */
function previewState(formData: FormData): FormState {
  const body = formData.get('body');
  const format = formData.get('bodyFormat') === 'PLAIN_TEXT' ? 'PLAIN_TEXT' : 'MARKDOWN';
  return {
    message: 'Preview only: nothing has been saved yet.',
    values: echoValues(formData),
    preview: renderReleaseBodyPreview(typeof body === 'string' ? body.replace(/\r\n?/g, '\n') : '', format),
  };
}

export async function createReleaseAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireCurator();
  if (formData.get('intent') === 'preview') return previewState(formData);
  return saveRecordForm(formData, {
    parse: parseReleaseForm,
    save: (input) => createRelease(user, input),
    editing: false,
    editPath,
    context: 'createRelease',
  });
}

export async function updateReleaseAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireCurator();
  if (formData.get('intent') === 'preview') return previewState(formData);
  return saveRecordForm(formData, {
    parse: parseReleaseForm,
    save: (input, id, version) => updateRelease(user, id, version, input),
    editing: true,
    editPath,
    context: 'updateRelease',
  });
}

export async function publishReleaseAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireCurator();
  return publishRecordForm(formData, { publish: (id, version, publishAt) => publishRelease(user, id, version, publishAt), editPath, context: 'publishRelease' });
}

export async function unpublishReleaseAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireCurator();
  return changeRecordForm(formData, { change: (id, version) => unpublishRelease(user, id, version), then: (id) => `${editPath(id)}?saved=unpublished`, context: 'unpublishRelease' });
}

export async function deleteReleaseAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireCurator();
  return changeRecordForm(formData, {
    change: (id, version) => deleteRelease(user, id, version),
    then: (id) => `/admin/releases?deleted=${encodeURIComponent(id)}`,
    confirm: true,
    context: 'deleteRelease',
  });
}

export async function undeleteReleaseAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireCurator();
  return changeRecordForm(formData, { change: (id, version) => undeleteRelease(user, id, version), then: (id) => `${editPath(id)}?saved=restored`, context: 'undeleteRelease' });
}
