'use server';

import { refusingWhenDatabaseUnreachable } from '@/lib/admin/action-helpers';
import { createRecordAction, markdownPreviewState, publishRecordAction, statusChangeAction, updateRecordAction } from '@/lib/admin/record-actions';
import { requireCurator } from '@/lib/auth';
import { parseEventForm } from '@/lib/events/admin-schema';
import { createEvent, deleteEvent, publishEvent, undeleteEvent, unpublishEvent, updateEvent } from '@/lib/events/mutations';
import type { FormState } from '@/lib/forms';

const PATH = '/admin/events';

export async function createEventAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return refusingWhenDatabaseUnreachable(formData, async () => {
    const user = await requireCurator();
    if (formData.get('intent') === 'preview') return markdownPreviewState(formData, 'description');
    return createRecordAction(formData, { parse: parseEventForm, create: (input) => createEvent(user, input), path: PATH, context: 'createEvent' });
  });
}

export async function updateEventAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return refusingWhenDatabaseUnreachable(formData, async () => {
    const user = await requireCurator();
    if (formData.get('intent') === 'preview') return markdownPreviewState(formData, 'description');
    return updateRecordAction(formData, {
      parse: parseEventForm,
      update: (id, version, input) => updateEvent(user, id, version, input),
      path: PATH,
      context: 'updateEvent',
    });
  });
}

export async function publishEventAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return refusingWhenDatabaseUnreachable(formData, async () => {
    const user = await requireCurator();
    return publishRecordAction(formData, { publish: (id, version, publishAt) => publishEvent(user, id, version, publishAt), path: PATH, context: 'publishEvent' });
  });
}

export async function unpublishEventAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return refusingWhenDatabaseUnreachable(formData, async () => {
    const user = await requireCurator();
    return statusChangeAction(formData, { change: 'unpublish', mutate: (id, version) => unpublishEvent(user, id, version), path: PATH, context: 'unpublishEvent' });
  });
}

export async function deleteEventAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return refusingWhenDatabaseUnreachable(formData, async () => {
    const user = await requireCurator();
    return statusChangeAction(formData, { change: 'delete', mutate: (id, version) => deleteEvent(user, id, version), path: PATH, context: 'deleteEvent' });
  });
}

export async function undeleteEventAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return refusingWhenDatabaseUnreachable(formData, async () => {
    const user = await requireCurator();
    return statusChangeAction(formData, { change: 'undelete', mutate: (id, version) => undeleteEvent(user, id, version), path: PATH, context: 'undeleteEvent' });
  });
}
