'use server';

import { refusingWhenDatabaseUnreachable } from '@/lib/admin/action-helpers';
import { createRecordAction, publishRecordAction, statusChangeAction, updateRecordAction } from '@/lib/admin/record-actions';
import { requireCurator } from '@/lib/auth';
import type { FormState } from '@/lib/forms';
import { parseOrganizationForm } from '@/lib/organizations/admin-schema';
import {
  createOrganization,
  deleteOrganization,
  publishOrganization,
  undeleteOrganization,
  unpublishOrganization,
  updateOrganization,
} from '@/lib/organizations/mutations';

const PATH = '/admin/organizations';

export async function createOrganizationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return refusingWhenDatabaseUnreachable(formData, async () => {
    const user = await requireCurator();
    return createRecordAction(formData, {
      parse: parseOrganizationForm,
      create: (input) => createOrganization(user, input),
      path: PATH,
      context: 'createOrganization',
    });
  });
}

export async function updateOrganizationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return refusingWhenDatabaseUnreachable(formData, async () => {
    const user = await requireCurator();
    return updateRecordAction(formData, {
      parse: parseOrganizationForm,
      update: (id, version, input) => updateOrganization(user, id, version, input),
      path: PATH,
      context: 'updateOrganization',
    });
  });
}

export async function publishOrganizationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return refusingWhenDatabaseUnreachable(formData, async () => {
    const user = await requireCurator();
    return publishRecordAction(formData, {
      publish: (id, version, publishAt) => publishOrganization(user, id, version, publishAt),
      path: PATH,
      context: 'publishOrganization',
    });
  });
}

export async function unpublishOrganizationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return refusingWhenDatabaseUnreachable(formData, async () => {
    const user = await requireCurator();
    return statusChangeAction(formData, { change: 'unpublish', mutate: (id, version) => unpublishOrganization(user, id, version), path: PATH, context: 'unpublishOrganization' });
  });
}

export async function deleteOrganizationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return refusingWhenDatabaseUnreachable(formData, async () => {
    const user = await requireCurator();
    return statusChangeAction(formData, { change: 'delete', mutate: (id, version) => deleteOrganization(user, id, version), path: PATH, context: 'deleteOrganization' });
  });
}

export async function undeleteOrganizationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return refusingWhenDatabaseUnreachable(formData, async () => {
    const user = await requireCurator();
    return statusChangeAction(formData, { change: 'undelete', mutate: (id, version) => undeleteOrganization(user, id, version), path: PATH, context: 'undeleteOrganization' });
  });
}
