import { carnationCountChanged } from '@/lib/carnations/purge';
import { layCarnation } from '@/lib/carnations/mutations';
import { carnationFormSchema, carnationTargetOf } from '@/lib/carnations/schema';
import { resolveCarnationTarget } from '@/lib/carnations/subject';
import { env } from '@/lib/env';
import { clientAddress } from '@/lib/users/client-address';
import { visitorAnswerRedirect, visitorFormPasses } from '@/lib/visitor-forms/answer';
import { readVisitorPost, refusedPostResponse } from '@/lib/visitor-forms/request';
import { carnationAnswerPath, type CarnationResult } from '@/lib/carnations/answer';

/** The carnation form is a handful of short fields. */
const MAX_BODY_BYTES = 4 * 1024;

/**
 * "Lay a carnation" (components/site/carnation-panel.tsx), posted by a plain form. Answers with a
 * redirect (303) to /<locale>/carnations, which renders per request and shows the count as it now
 * stands; the memorial page itself stays cached, its count refreshed by the throttled purge.
 */
export async function POST(request: Request): Promise<Response> {
  const post = await readVisitorPost(request, { siteUrl: env.SITE_URL, maxBytes: MAX_BODY_BYTES });
  if (!post.ok) return refusedPostResponse(post.status);
  const parsed = carnationFormSchema.safeParse(Object.fromEntries(post.fields));
  if (!parsed.success) return refusedPostResponse(400);
  const now = new Date();
  const target = carnationTargetOf(parsed.data);
  const subject = await resolveCarnationTarget(target, now);
  if (!subject) return refusedPostResponse(400);
  let result: CarnationResult = 'unconfirmed';
  if (visitorFormPasses(post.fields, now)) {
    const address = clientAddress(request.headers, env.TRUSTED_PROXY_HOPS);
    const laid = await layCarnation({ subject: subject.key, address, now });
    result = laid.outcome;
    if (laid.outcome === 'laid') carnationCountChanged(subject.key);
  }
  return visitorAnswerRedirect(carnationAnswerPath(parsed.data.locale, target, result));
}
