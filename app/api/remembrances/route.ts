import { env } from '@/lib/env';
import { resolveRemembranceVictim } from '@/lib/remembrances/victim';
import { remembranceAnswerPath, type RemembranceProblem, type RemembranceResult } from '@/lib/remembrances/answer';
import { submitRemembrance } from '@/lib/remembrances/mutations';
import { parseRemembranceFields, remembrancePageSchema } from '@/lib/remembrances/post';
import { clientAddress } from '@/lib/users/client-address';
import { visitorAnswerRedirect, visitorFormPasses } from '@/lib/visitor-forms/answer';
import { readVisitorPost, refusedPostResponse } from '@/lib/visitor-forms/request';

/** A message of 500 characters, each up to 4 UTF-8 bytes and percent-encoded, with a name and the guard: well under 16 kB. */
const MAX_BODY_BYTES = 16 * 1024;

/**
 * "Leave a remembrance" (components/site/remembrance-panel.tsx), posted by a plain form. The message
 * is held for the curators (PENDING) under the address's daily cap; the answer is a 303 to
 * /<locale>/remembrances, rendered per request, which says it awaits review. The memorial page stays
 * cached: nothing changes on it until a curator approves.
 */
export async function POST(request: Request): Promise<Response> {
  const post = await readVisitorPost(request, { siteUrl: env.SITE_URL, maxBytes: MAX_BODY_BYTES });
  if (!post.ok) return refusedPostResponse(post.status);
  const fields = Object.fromEntries(post.fields);
  const page = remembrancePageSchema.safeParse(fields);
  if (!page.success) return refusedPostResponse(400);
  const now = new Date();
  const victim = await resolveRemembranceVictim(page.data.slug, now);
  if (!victim) return refusedPostResponse(400);
  let result: RemembranceResult = 'unconfirmed';
  let problems: RemembranceProblem[] = [];
  if (visitorFormPasses(post.fields, now)) {
    const parsed = parseRemembranceFields(fields);
    if (!parsed.ok) {
      result = 'invalid';
      problems = parsed.problems;
    } else {
      result = await submitRemembrance({ victimId: victim.id, input: parsed.input, address: clientAddress(request.headers, env.TRUSTED_PROXY_HOPS), now });
    }
  }
  return visitorAnswerRedirect(remembranceAnswerPath(page.data.locale, victim.slug, result, problems));
}
