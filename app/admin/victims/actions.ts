'use server';

import { refusingWhenDatabaseUnreachable } from '@/lib/admin/action-helpers';
import { createRecordAction, markdownPreviewState, publishRecordAction, statusChangeAction, updateRecordAction } from '@/lib/admin/record-actions';
import { requireCurator } from '@/lib/auth';
import type { FormState } from '@/lib/forms';
import { parseVictimForm } from '@/lib/victims/admin-schema';
import {
  createVictim,
  deleteVictim,
  publishVictim,
  undeleteVictim,
  unpublishVictim,
  updateVictim,
} from '@/lib/victims/mutations';

const PATH = '/admin/victims';

export async function createVictimAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return refusingWhenDatabaseUnreachable(formData, async () => {
    const user = await requireCurator();
    if (formData.get('intent') === 'preview') return markdownPreviewState(formData, 'biography');
    return createRecordAction(formData, { parse: parseVictimForm, create: (input) => createVictim(user, input), path: PATH, context: 'createVictim' });
  });
}

export async function updateVictimAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return refusingWhenDatabaseUnreachable(formData, async () => {
    const user = await requireCurator();
    if (formData.get('intent') === 'preview') return markdownPreviewState(formData, 'biography');
    return updateRecordAction(formData, {
      parse: parseVictimForm,
      update: (id, version, input) => updateVictim(user, id, version, input),
      path: PATH,
      context: 'updateVictim',
    });
  });
}

export async function publishVictimAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return refusingWhenDatabaseUnreachable(formData, async () => {
    const user = await requireCurator();
    return publishRecordAction(formData, { publish: (id, version, publishAt) => publishVictim(user, id, version, publishAt), path: PATH, context: 'publishVictim' });
  });
}

export async function unpublishVictimAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return refusingWhenDatabaseUnreachable(formData, async () => {
    const user = await requireCurator();
    return statusChangeAction(formData, { change: 'unpublish', mutate: (id, version) => unpublishVictim(user, id, version), path: PATH, context: 'unpublishVictim' });
  });
}

export async function deleteVictimAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return refusingWhenDatabaseUnreachable(formData, async () => {
    const user = await requireCurator();
    return statusChangeAction(formData, { change: 'delete', mutate: (id, version) => deleteVictim(user, id, version), path: PATH, context: 'deleteVictim' });
  });
}

export async function undeleteVictimAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return refusingWhenDatabaseUnreachable(formData, async () => {
    const user = await requireCurator();
    return statusChangeAction(formData, { change: 'undelete', mutate: (id, version) => undeleteVictim(user, id, version), path: PATH, context: 'undeleteVictim' });
  });
}
