import { env } from '@/lib/env';
import { remembranceAnswerPath, type RemembranceResult } from '@/lib/remembrances/answer';
import { reportRemembrance } from '@/lib/remembrances/mutations';
import { remembranceReportSchema } from '@/lib/remembrances/post';
import { resolveRemembranceVictim } from '@/lib/remembrances/victim';
import { clientAddress } from '@/lib/users/client-address';
import { visitorAnswerRedirect, visitorFormPasses } from '@/lib/visitor-forms/answer';
import { readVisitorPost, refusedPostResponse } from '@/lib/visitor-forms/request';

/** The report form is a handful of short fields. */
const MAX_BODY_BYTES = 4 * 1024;

/**
 * "Report" under a published remembrance, posted by a plain form: counted once per address, message
 * and day, and the message is back in the curators' queue (it stays shown until a curator hides it).
 * Answers with a 303 to /<locale>/remembrances, rendered per request.
 */
export async function POST(request: Request): Promise<Response> {
  const post = await readVisitorPost(request, { siteUrl: env.SITE_URL, maxBytes: MAX_BODY_BYTES });
  if (!post.ok) return refusedPostResponse(post.status);
  const parsed = remembranceReportSchema.safeParse(Object.fromEntries(post.fields));
  if (!parsed.success) return refusedPostResponse(400);
  const now = new Date();
  const victim = await resolveRemembranceVictim(parsed.data.slug, now);
  if (!victim) return refusedPostResponse(400);
  let result: RemembranceResult = 'unconfirmed';
  if (visitorFormPasses(post.fields, now)) {
    const outcome = await reportRemembrance({ id: parsed.data.id, victimId: victim.id, address: clientAddress(request.headers, env.TRUSTED_PROXY_HOPS), now });
    result = outcome === 'already' ? 'already-reported' : outcome;
  }
  return visitorAnswerRedirect(remembranceAnswerPath(parsed.data.locale, victim.slug, result));
}
