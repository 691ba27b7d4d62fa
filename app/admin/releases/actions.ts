'use server';

import { refusingWhenDatabaseUnreachable } from '@/lib/admin/action-helpers';
import { createRecordAction, publishRecordAction, statusChangeAction, updateRecordAction } from '@/lib/admin/record-actions';
import { requireCurator } from '@/lib/auth';
import { echoValues, type FormState } from '@/lib/forms';
import { parseReleaseForm } from '@/lib/releases/admin-schema';
import { renderReleaseBodyPreview } from '@/lib/releases/body-preview';
import { createRelease, deleteRelease, publishRelease, undeleteRelease, unpublishRelease, updateRelease } from '@/lib/releases/mutations';

const PATH = '/admin/releases';

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
  return refusingWhenDatabaseUnreachable(formData, async () => {
    const user = await requireCurator();
    if (formData.get('intent') === 'preview') return previewState(formData);
    return createRecordAction(formData, { parse: parseReleaseForm, create: (input) => createRelease(user, input), path: PATH, context: 'createRelease' });
  });
}

export async function updateReleaseAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return refusingWhenDatabaseUnreachable(formData, async () => {
    const user = await requireCurator();
    if (formData.get('intent') === 'preview') return previewState(formData);
    return updateRecordAction(formData, {
      parse: parseReleaseForm,
      update: (id, version, input) => updateRelease(user, id, version, input),
      path: PATH,
      context: 'updateRelease',
    });
  });
}

export async function publishReleaseAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return refusingWhenDatabaseUnreachable(formData, async () => {
    const user = await requireCurator();
    return publishRecordAction(formData, { publish: (id, version, publishAt) => publishRelease(user, id, version, publishAt), path: PATH, context: 'publishRelease' });
  });
}

export async function unpublishReleaseAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return refusingWhenDatabaseUnreachable(formData, async () => {
    const user = await requireCurator();
    return statusChangeAction(formData, { change: 'unpublish', mutate: (id, version) => unpublishRelease(user, id, version), path: PATH, context: 'unpublishRelease' });
  });
}

export async function deleteReleaseAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return refusingWhenDatabaseUnreachable(formData, async () => {
    const user = await requireCurator();
    return statusChangeAction(formData, { change: 'delete', mutate: (id, version) => deleteRelease(user, id, version), path: PATH, context: 'deleteRelease' });
  });
}

export async function undeleteReleaseAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return refusingWhenDatabaseUnreachable(formData, async () => {
    const user = await requireCurator();
    return statusChangeAction(formData, { change: 'undelete', mutate: (id, version) => undeleteRelease(user, id, version), path: PATH, context: 'undeleteRelease' });
  });
}
