'use server';

import { redirect } from 'next/navigation';
import type { z } from 'zod';
import { invalidState, refusalState, refusingWhenDatabaseUnreachable, revalidatePublicTags } from '@/lib/admin/action-helpers';
import { requireCurator, type SessionUser } from '@/lib/auth';
import { fieldErrorsFrom, formDataToObject, type FormState } from '@/lib/forms';
import {
  acceptTestimony,
  askTestimony,
  decideWithholdRequest,
  declineTestimony,
  reviewTestimony,
  usePhotographAsRecordPhoto,
} from '@/lib/testimonies/curator-mutations';
import {
  acceptTestimonySchema,
  askTestimonySchema,
  declineTestimonySchema,
  reviewTestimonySchema,
  usePhotographSchema,
  withholdDecisionSchema,
} from '@/lib/testimonies/curator-schema';

/**
 * The steps every decision on a testimony shares, once the session is checked: parse (every field
 * error at once), decide in one transaction, expire the public tags the decision touched (a withheld
 * detail, a new draft's tags), then back to the testimony's page with what was done.
 */
async function decideAndReturn<Schema extends z.ZodType<{ id: string }>>(
  user: SessionUser,
  formData: FormData,
  schema: Schema,
  decide: (user: SessionUser, input: z.infer<Schema>) => Promise<{ tags: string[] }>,
  context: string,
  done: string,
): Promise<FormState> {
  const parsed = schema.safeParse(formDataToObject(formData));
  if (!parsed.success) return invalidState(fieldErrorsFrom(parsed.error), formData);
  try {
    const result = await decide(user, parsed.data);
    revalidatePublicTags(result.tags);
  } catch (error) {
    return refusalState(error, formData, context);
  }
  redirect(`/admin/testimonies/${encodeURIComponent(parsed.data.id)}?decided=${done}`);
}

export async function reviewTestimonyAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return refusingWhenDatabaseUnreachable(formData, async () => {
    const user = await requireCurator();
    return decideAndReturn(user, formData, reviewTestimonySchema, reviewTestimony, 'reviewTestimony', 'review');
  });
}

export async function askTestimonyAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return refusingWhenDatabaseUnreachable(formData, async () => {
    const user = await requireCurator();
    return decideAndReturn(user, formData, askTestimonySchema, askTestimony, 'askTestimony', 'ask');
  });
}

export async function declineTestimonyAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return refusingWhenDatabaseUnreachable(formData, async () => {
    const user = await requireCurator();
    return decideAndReturn(user, formData, declineTestimonySchema, (actor, input) => declineTestimony(actor, input), 'declineTestimony', 'decline');
  });
}

export async function acceptTestimonyAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return refusingWhenDatabaseUnreachable(formData, async () => {
    const user = await requireCurator();
    return decideAndReturn(user, formData, acceptTestimonySchema, (actor, input) => acceptTestimony(actor, input), 'acceptTestimony', 'accept');
  });
}

export async function decideWithholdAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return refusingWhenDatabaseUnreachable(formData, async () => {
    const user = await requireCurator();
    return decideAndReturn(user, formData, withholdDecisionSchema, (actor, input) => decideWithholdRequest(actor, input), 'decideWithholdRequest', 'withhold');
  });
}

export async function usePhotographAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return refusingWhenDatabaseUnreachable(formData, async () => {
    const user = await requireCurator();
    return decideAndReturn(user, formData, usePhotographSchema, usePhotographAsRecordPhoto, 'usePhotographAsRecordPhoto', 'photo');
  });
}
