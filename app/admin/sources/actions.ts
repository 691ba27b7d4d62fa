'use server';

import { refusingWhenDatabaseUnreachable } from '@/lib/admin/action-helpers';
import { createRecordAction, publishRecordAction, statusChangeAction, updateRecordAction } from '@/lib/admin/record-actions';
import { requireCurator } from '@/lib/auth';
import type { FormState } from '@/lib/forms';
import { parseSourceForm } from '@/lib/sources/admin-schema';
import { createSource, deleteSource, publishSource, undeleteSource, unpublishSource, updateSource } from '@/lib/sources/mutations';

const PATH = '/admin/sources';

export async function createSourceAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return refusingWhenDatabaseUnreachable(formData, async () => {
    const user = await requireCurator();
    return createRecordAction(formData, { parse: parseSourceForm, create: (input) => createSource(user, input), path: PATH, context: 'createSource' });
  });
}

export async function updateSourceAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return refusingWhenDatabaseUnreachable(formData, async () => {
    const user = await requireCurator();
    return updateRecordAction(formData, {
      parse: parseSourceForm,
      update: (id, version, input) => updateSource(user, id, version, input),
      path: PATH,
      context: 'updateSource',
    });
  });
}

export async function publishSourceAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return refusingWhenDatabaseUnreachable(formData, async () => {
    const user = await requireCurator();
    return publishRecordAction(formData, { publish: (id, version, publishAt) => publishSource(user, id, version, publishAt), path: PATH, context: 'publishSource' });
  });
}

export async function unpublishSourceAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return refusingWhenDatabaseUnreachable(formData, async () => {
    const user = await requireCurator();
    return statusChangeAction(formData, { change: 'unpublish', mutate: (id, version) => unpublishSource(user, id, version), path: PATH, context: 'unpublishSource' });
  });
}

export async function deleteSourceAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return refusingWhenDatabaseUnreachable(formData, async () => {
    const user = await requireCurator();
    return statusChangeAction(formData, { change: 'delete', mutate: (id, version) => deleteSource(user, id, version), path: PATH, context: 'deleteSource' });
  });
}

export async function undeleteSourceAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return refusingWhenDatabaseUnreachable(formData, async () => {
    const user = await requireCurator();
    return statusChangeAction(formData, { change: 'undelete', mutate: (id, version) => undeleteSource(user, id, version), path: PATH, context: 'undeleteSource' });
  });
}
