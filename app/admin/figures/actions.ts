'use server';

import { refusingWhenDatabaseUnreachable } from '@/lib/admin/action-helpers';
import { createRecordAction, publishRecordAction, statusChangeAction, updateRecordAction } from '@/lib/admin/record-actions';
import { requireCurator } from '@/lib/auth';
import { parseFigureForm } from '@/lib/figures/admin-schema';
import { createFigure, deleteFigure, publishFigure, undeleteFigure, unpublishFigure, updateFigure } from '@/lib/figures/mutations';
import type { FormState } from '@/lib/forms';

const PATH = '/admin/figures';

export async function createFigureAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return refusingWhenDatabaseUnreachable(formData, async () => {
    const user = await requireCurator();
    return createRecordAction(formData, { parse: parseFigureForm, create: (input) => createFigure(user, input), path: PATH, context: 'createFigure' });
  });
}

export async function updateFigureAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return refusingWhenDatabaseUnreachable(formData, async () => {
    const user = await requireCurator();
    return updateRecordAction(formData, {
      parse: parseFigureForm,
      update: (id, version, input) => updateFigure(user, id, version, input),
      path: PATH,
      context: 'updateFigure',
    });
  });
}

export async function publishFigureAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return refusingWhenDatabaseUnreachable(formData, async () => {
    const user = await requireCurator();
    return publishRecordAction(formData, { publish: (id, version, publishAt) => publishFigure(user, id, version, publishAt), path: PATH, context: 'publishFigure' });
  });
}

export async function unpublishFigureAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return refusingWhenDatabaseUnreachable(formData, async () => {
    const user = await requireCurator();
    return statusChangeAction(formData, { change: 'unpublish', mutate: (id, version) => unpublishFigure(user, id, version), path: PATH, context: 'unpublishFigure' });
  });
}

export async function deleteFigureAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return refusingWhenDatabaseUnreachable(formData, async () => {
    const user = await requireCurator();
    return statusChangeAction(formData, { change: 'delete', mutate: (id, version) => deleteFigure(user, id, version), path: PATH, context: 'deleteFigure' });
  });
}

export async function undeleteFigureAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return refusingWhenDatabaseUnreachable(formData, async () => {
    const user = await requireCurator();
    return statusChangeAction(formData, { change: 'undelete', mutate: (id, version) => undeleteFigure(user, id, version), path: PATH, context: 'undeleteFigure' });
  });
}
