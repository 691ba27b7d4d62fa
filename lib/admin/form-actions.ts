import 'server-only';
import { redirect } from 'next/navigation';
import { invalidState, refusalState, revalidatePublicTags } from '@/lib/admin/action-helpers';
import { fieldErrorsFrom, formDataToObject, type FormState } from '@/lib/forms';
import { publishFormSchema, versionOnlySchema } from '@/lib/publication-schema';
import type { MutationResult } from '@/lib/revalidation';

/*
 * The steps every record action of the curators' area takes after its own requireCurator():
 * parse → mutate (one transaction, audited) → revalidate → redirect, the redirect outside the try.
 * Callers are 'use server' action modules, which check the session before calling these.
 */

type Saved = MutationResult<{ id: string }>;
type Parsed<Input> = { success: true; data: Input } | { success: false; fieldErrors: Record<string, string[]> };

function recordId(formData: FormData): string {
  const id = formData.get('id');
  return typeof id === 'string' ? id : '';
}

function isConfirmed(formData: FormData): boolean {
  const confirm = formData.get('confirm');
  return confirm === 'on' || confirm === 'yes';
}

/** Saves a record's form: a new record (no version) or an edit at the version the form was opened at. */
export async function saveRecordForm<Input>(
  formData: FormData,
  options: {
    parse: (object: Record<string, unknown>) => Parsed<Input>;
    save: (input: Input, id: string, version: number) => Promise<Saved>;
    editing: boolean;
    editPath: (id: string) => string;
    context: string;
  },
): Promise<FormState> {
  const version = options.editing ? versionOnlySchema.safeParse({ version: formData.get('version') }) : null;
  const parsed = options.parse(formDataToObject(formData));
  if ((version && !version.success) || !parsed.success) {
    return invalidState({ ...(version && !version.success ? fieldErrorsFrom(version.error) : {}), ...(parsed.success ? {} : parsed.fieldErrors) }, formData);
  }
  let id: string;
  try {
    const result = await options.save(parsed.data, recordId(formData), version?.success ? version.data.version : 0);
    revalidatePublicTags(result.tags);
    id = result.record.id;
  } catch (error) {
    return refusalState(error, formData, options.context);
  }
  redirect(`${options.editPath(id)}?saved=${options.editing ? 'updated' : 'created'}`);
}

/** Publishes a record now, or schedules it for a time in Baku. */
export async function publishRecordForm(
  formData: FormData,
  options: { publish: (id: string, version: number, publishAt: Date | null) => Promise<Saved>; editPath: (id: string) => string; context: string },
): Promise<FormState> {
  const parsed = publishFormSchema.safeParse({ version: formData.get('version'), publishAt: formData.get('publishAt') ?? '' });
  if (!parsed.success) return invalidState(fieldErrorsFrom(parsed.error), formData);
  const id = recordId(formData);
  try {
    revalidatePublicTags((await options.publish(id, parsed.data.version, parsed.data.publishAt)).tags);
  } catch (error) {
    return refusalState(error, formData, options.context);
  }
  redirect(`${options.editPath(id)}?saved=${parsed.data.publishAt ? 'scheduled' : 'published'}`);
}

/**
 * A change that needs only the version: unpublish, delete (with `confirm` ticked) or undelete.
 * `then` is where to go afterwards.
 */
export async function changeRecordForm(
  formData: FormData,
  options: { change: (id: string, version: number) => Promise<Saved>; then: (id: string) => string; confirm?: boolean; context: string },
): Promise<FormState> {
  const parsed = versionOnlySchema.safeParse({ version: formData.get('version') });
  if (!parsed.success) return invalidState(fieldErrorsFrom(parsed.error), formData);
  if (options.confirm && !isConfirmed(formData)) {
    return { message: 'Tick the box to confirm that this record should be deleted.', fieldErrors: { confirm: ['Confirm the deletion.'] } };
  }
  const id = recordId(formData);
  try {
    revalidatePublicTags((await options.change(id, parsed.data.version)).tags);
  } catch (error) {
    return refusalState(error, formData, options.context);
  }
  redirect(options.then(id));
}
