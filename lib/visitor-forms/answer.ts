import { env } from '@/lib/env';
import { checkVisitorForm, FORM_STARTED_FIELD, HONEYPOT_FIELD, visitorFormKey } from '@/lib/visitor-forms/form-guard';

/** Whether a visitor's posted form passes the honeypot and the signed minimum fill time, with this deployment's key and minimum. */
export function visitorFormPasses(fields: URLSearchParams, now: Date): boolean {
  return checkVisitorForm(
    { honeypot: fields.get(HONEYPOT_FIELD) ?? undefined, started: fields.get(FORM_STARTED_FIELD) ?? undefined },
    { now, key: visitorFormKey(env.NEXTAUTH_SECRET), minFillSeconds: env.VISITOR_FORM_MIN_FILL_SECONDS },
  ).ok;
}

/** The answer to a visitor's form post: a 303 to the page (on the site's own address) that says what happened, never stored. */
export function visitorAnswerRedirect(path: string): Response {
  return new Response(null, { status: 303, headers: { Location: new URL(path, env.SITE_URL).toString(), 'Cache-Control': 'private, no-store' } });
}

/** The first value of a page's query parameter (Next gives an array for a repeated one). */
export function singleParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
