import 'server-only';
import { updateTag } from 'next/cache';
import { after } from 'next/server';
import { MutationRefusedError, RecordNotFoundError, StaleVersionError, staleVersionMessage } from '@/lib/records/errors';
import { forgetNextScheduledPublication, forgetVisitorInputAnswers } from '@/lib/cache';
import { isConnectionFailure } from '@/lib/database-health';
import { DATABASE_UNREACHABLE_MESSAGE, isDatabaseUnreachableError } from '@/lib/database-outage';
import { echoValues, SECRET_FIELD_NAMES, type FormState } from '@/lib/forms';
import { withNotFound } from '@/lib/cache-tags';
import { purgeSharedCaches } from '@/lib/purge';

/**
 * Expires the public pages a change touched, at once: the next visitor gets the new version,
 * not a stale one first (updateTag, for server actions; revalidateTag would serve stale first).
 * The shared caches in front are purged by the same tags after the action has answered: by then
 * Next has expired its own entries, so a request the purge lets through cannot fetch the old page.
 * The purge also names the 404s they keep: the change may have made an address exist.
 */
export function revalidatePublicTags(tags: string[]): void {
  forgetNextScheduledPublication();
  forgetVisitorInputAnswers(tags);
  for (const tag of new Set(tags)) updateTag(tag);
  after(() => purgeSharedCaches(withNotFound(tags)));
}

/**
 * Turns a refused or failed mutation into what the form shows: a plain sentence, the field errors,
 * and the curator's own typing echoed back. A database that cannot be reached is said plainly (nothing
 * was saved); other unexpected errors are logged, never shown raw.
 */
export function refusalState(error: unknown, formData: FormData, context: string): FormState {
  const values = echoValues(formData, SECRET_FIELD_NAMES);
  if (error instanceof StaleVersionError) return { message: staleVersionMessage(error), values };
  if (error instanceof MutationRefusedError) return { message: error.message, fieldErrors: error.fieldErrors, values };
  if (error instanceof RecordNotFoundError) return { message: 'This record no longer exists, or it was deleted. Nothing was saved.', values };
  if (isConnectionFailure(error)) {
    console.warn(`[admin] ${context} refused: the database cannot be reached`, error);
    return { message: DATABASE_UNREACHABLE_MESSAGE, values };
  }
  console.error(`[admin] ${context} failed`, error);
  return { message: 'Something went wrong on the server and nothing was saved. Please try again; if it keeps happening, tell an administrator.', values };
}

/** The state for a form whose input did not validate: every field error, and the typing kept. */
export function invalidState(fieldErrors: Record<string, string[]>, formData: FormData): FormState {
  const count = Object.keys(fieldErrors).length;
  return {
    message: count === 1 ? 'One field needs correcting. Nothing was saved.' : `${count} fields need correcting. Nothing was saved.`,
    fieldErrors,
    values: echoValues(formData, SECRET_FIELD_NAMES),
  };
}

/**
 * Runs a curators' form action, answering a database outage with the form's own state instead of an
 * error page: the session check at its start reads the database too, so an outage can strike before
 * the action's own refusal handling. On the server, so the forms keep working without JavaScript (a
 * client-side wrapper would turn the form's progressive enhancement off). Any other error, and
 * Next's redirects, pass through unchanged.
 */
export async function refusingWhenDatabaseUnreachable(formData: FormData, action: () => Promise<FormState>): Promise<FormState> {
  try {
    return await action();
  } catch (error) {
    if (!isConnectionFailure(error) && !isDatabaseUnreachableError(error)) throw error;
    console.warn('[admin] a form was refused: the database cannot be reached', error);
    return { message: DATABASE_UNREACHABLE_MESSAGE, values: echoValues(formData, SECRET_FIELD_NAMES) };
  }
}
