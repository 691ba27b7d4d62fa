import 'server-only';
import { redirect } from 'next/navigation';
import { invalidState, refusalState, revalidatePublicTags } from '@/lib/admin/action-helpers';
import { renderMarkdown } from '@/lib/content/markdown';
import { echoValues, fieldErrorsFrom, formDataToObject, type FormState } from '@/lib/forms';
import { publishFormSchema, versionOnlySchema } from '@/lib/records/publication-schema';
import type { MutationResult } from '@/lib/records/result';

/*
 * The steps every record action of the curators' area takes after its own requireCurator():
 * parse → mutate (one transaction, audited) → revalidate → redirect, the redirect outside the try.
 * Callers are 'use server' modules that have checked the session before calling these.
 */

type Saved = MutationResult<{ id: string }>;
type Parsed<Input> = { success: true; data: Input } | { success: false; fieldErrors: Record<string, string[]> };

function recordId(formData: FormData): string {
  const id = formData.get('id');
  return typeof id === 'string' ? id : '';
}

/** A Markdown field rendered through the sanitiser as the public page will show it; nothing saved. */
export function markdownPreviewState(formData: FormData, field: string): FormState {
  const text = formData.get(field);
  return { message: 'Preview only: nothing has been saved yet.', values: echoValues(formData), preview: renderMarkdown(typeof text === 'string' ? text : '') };
}

export async function createRecordAction<Input>(
  formData: FormData,
  options: { parse: (object: Record<string, unknown>) => Parsed<Input>; create: (input: Input) => Promise<Saved>; path: string; context: string },
): Promise<FormState> {
  const parsed = options.parse(formDataToObject(formData));
  if (!parsed.success) return invalidState(parsed.fieldErrors, formData);
  let id: string;
  try {
    const result = await options.create(parsed.data);
    revalidatePublicTags(result.tags);
    id = result.record.id;
  } catch (error) {
    return refusalState(error, formData, options.context);
  }
  redirect(`${options.path}/${id}?saved=created`);
}

export async function updateRecordAction<Input>(
  formData: FormData,
  options: {
    parse: (object: Record<string, unknown>) => Parsed<Input>;
    update: (id: string, version: number, input: Input) => Promise<Saved>;
    path: string;
    context: string;
  },
): Promise<FormState> {
  const version = versionOnlySchema.safeParse({ version: formData.get('version') });
  const parsed = options.parse(formDataToObject(formData));
  if (!version.success || !parsed.success) {
    return invalidState({ ...(version.success ? {} : fieldErrorsFrom(version.error)), ...(parsed.success ? {} : parsed.fieldErrors) }, formData);
  }
  const id = recordId(formData);
  try {
    const result = await options.update(id, version.data.version, parsed.data);
    revalidatePublicTags(result.tags);
  } catch (error) {
    return refusalState(error, formData, options.context);
  }
  redirect(`${options.path}/${id}?saved=updated`);
}

export async function publishRecordAction(
  formData: FormData,
  options: { publish: (id: string, version: number, publishAt: Date | null) => Promise<Saved>; path: string; context: string },
): Promise<FormState> {
  const parsed = publishFormSchema.safeParse({ version: formData.get('version'), publishAt: formData.get('publishAt') ?? '' });
  if (!parsed.success) return invalidState(fieldErrorsFrom(parsed.error), formData);
  const id = recordId(formData);
  try {
    const result = await options.publish(id, parsed.data.version, parsed.data.publishAt);
    revalidatePublicTags(result.tags);
  } catch (error) {
    return refusalState(error, formData, options.context);
  }
  redirect(`${options.path}/${id}?saved=${parsed.data.publishAt ? 'scheduled' : 'published'}`);
}

/** Unpublish, delete (which needs the confirmation box ticked) or undelete. */
export async function statusChangeAction(
  formData: FormData,
  options: { change: 'unpublish' | 'delete' | 'undelete'; mutate: (id: string, version: number) => Promise<Saved>; path: string; context: string },
): Promise<FormState> {
  const parsed = versionOnlySchema.safeParse({ version: formData.get('version') });
  if (!parsed.success) return invalidState(fieldErrorsFrom(parsed.error), formData);
  const confirm = formData.get('confirm');
  if (options.change === 'delete' && confirm !== 'on' && confirm !== 'yes') {
    return { message: 'Tick the box to confirm that this record should be deleted.', fieldErrors: { confirm: ['Confirm the deletion.'] } };
  }
  const id = recordId(formData);
  try {
    const result = await options.mutate(id, parsed.data.version);
    revalidatePublicTags(result.tags);
  } catch (error) {
    return refusalState(error, formData, options.context);
  }
  if (options.change === 'delete') redirect(`${options.path}?deleted=${encodeURIComponent(id)}`);
  redirect(`${options.path}/${id}?saved=${options.change === 'unpublish' ? 'unpublished' : 'restored'}`);
}
