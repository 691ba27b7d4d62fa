'use server';

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
import { changeRecordForm, publishRecordForm, saveRecordForm } from '@/lib/admin/form-actions';

const editPath = (id: string) => `/admin/organizations/${id}`;

export async function createOrganizationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireCurator();
  return saveRecordForm(formData, {
    parse: parseOrganizationForm,
    save: (input) => createOrganization(user, input),
    editing: false,
    editPath,
    context: 'createOrganization',
  });
}

export async function updateOrganizationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireCurator();
  return saveRecordForm(formData, {
    parse: parseOrganizationForm,
    save: (input, id, version) => updateOrganization(user, id, version, input),
    editing: true,
    editPath,
    context: 'updateOrganization',
  });
}

export async function publishOrganizationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireCurator();
  return publishRecordForm(formData, { publish: (id, version, publishAt) => publishOrganization(user, id, version, publishAt), editPath, context: 'publishOrganization' });
}

export async function unpublishOrganizationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireCurator();
  return changeRecordForm(formData, {
    change: (id, version) => unpublishOrganization(user, id, version),
    then: (id) => `${editPath(id)}?saved=unpublished`,
    context: 'unpublishOrganization',
  });
}

export async function deleteOrganizationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireCurator();
  return changeRecordForm(formData, {
    change: (id, version) => deleteOrganization(user, id, version),
    then: (id) => `/admin/organizations?deleted=${encodeURIComponent(id)}`,
    confirm: true,
    context: 'deleteOrganization',
  });
}

export async function undeleteOrganizationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireCurator();
  return changeRecordForm(formData, {
    change: (id, version) => undeleteOrganization(user, id, version),
    then: (id) => `${editPath(id)}?saved=restored`,
    context: 'undeleteOrganization',
  });
}
