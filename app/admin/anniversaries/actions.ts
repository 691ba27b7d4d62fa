'use server';

import { refusingWhenDatabaseUnreachable } from '@/lib/admin/action-helpers';
import { parseAnniversaryForm } from '@/lib/anniversaries/admin-schema';
import {
  createAnniversary,
  deleteAnniversary,
  publishAnniversary,
  undeleteAnniversary,
  unpublishAnniversary,
  updateAnniversary,
} from '@/lib/anniversaries/mutations';
import { createRecordAction, markdownPreviewState, publishRecordAction, statusChangeAction, updateRecordAction } from '@/lib/admin/record-actions';
import { requireCurator } from '@/lib/auth';
import type { FormState } from '@/lib/forms';

const PATH = '/admin/anniversaries';

export async function createAnniversaryAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return refusingWhenDatabaseUnreachable(formData, async () => {
    const user = await requireCurator();
    if (formData.get('intent') === 'preview') return markdownPreviewState(formData, 'introduction');
    return createRecordAction(formData, { parse: parseAnniversaryForm, create: (input) => createAnniversary(user, input), path: PATH, context: 'createAnniversary' });
  });
}

export async function updateAnniversaryAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return refusingWhenDatabaseUnreachable(formData, async () => {
    const user = await requireCurator();
    if (formData.get('intent') === 'preview') return markdownPreviewState(formData, 'introduction');
    return updateRecordAction(formData, {
      parse: parseAnniversaryForm,
      update: (id, version, input) => updateAnniversary(user, id, version, input),
      path: PATH,
      context: 'updateAnniversary',
    });
  });
}

export async function publishAnniversaryAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return refusingWhenDatabaseUnreachable(formData, async () => {
    const user = await requireCurator();
    return publishRecordAction(formData, {
      publish: (id, version, publishAt) => publishAnniversary(user, id, version, publishAt),
      path: PATH,
      context: 'publishAnniversary',
    });
  });
}

export async function unpublishAnniversaryAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return refusingWhenDatabaseUnreachable(formData, async () => {
    const user = await requireCurator();
    return statusChangeAction(formData, { change: 'unpublish', mutate: (id, version) => unpublishAnniversary(user, id, version), path: PATH, context: 'unpublishAnniversary' });
  });
}

export async function deleteAnniversaryAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return refusingWhenDatabaseUnreachable(formData, async () => {
    const user = await requireCurator();
    return statusChangeAction(formData, { change: 'delete', mutate: (id, version) => deleteAnniversary(user, id, version), path: PATH, context: 'deleteAnniversary' });
  });
}

export async function undeleteAnniversaryAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return refusingWhenDatabaseUnreachable(formData, async () => {
    const user = await requireCurator();
    return statusChangeAction(formData, { change: 'undelete', mutate: (id, version) => undeleteAnniversary(user, id, version), path: PATH, context: 'undeleteAnniversary' });
  });
}
