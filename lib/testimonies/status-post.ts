import 'server-only';
import { env } from '@/lib/env';
import { isLocale } from '@/lib/i18n/config';
import { MutationRefusedError, RecordNotFoundError, StaleVersionError } from '@/lib/records/errors';
import { statusResultPath, type StatusResult } from '@/lib/testimonies/answer';
import { testimonyIdFromToken, testimonyStatusPath } from '@/lib/testimonies/status-address';
import { visitorAnswerRedirect, visitorFormPasses } from '@/lib/visitor-forms/answer';
import { readVisitorPost, refusedPostResponse } from '@/lib/visitor-forms/request';

/** An answer of 4000 characters, each up to 4 UTF-8 bytes and percent-encoded, with the guard: well under 64 kB. */
const MAX_BODY_BYTES = 64 * 1024;

const notFound = () => new Response('No testimony has this address.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'private, no-store' } });

/**
 * A post from the status page (answer, withdraw): the visitor forms' checks, the token that opens the
 * testimony (a forged one is a 404), then `act`, whose result (or refusal) the status page states
 * after a 303: a stale version and a closed testimony are said in plain words, never as an error page.
 */
export async function handleStatusPost(request: Request, act: (fields: URLSearchParams, testimonyId: string, now: Date) => Promise<StatusResult>): Promise<Response> {
  const post = await readVisitorPost(request, { siteUrl: env.SITE_URL, maxBytes: MAX_BODY_BYTES });
  if (!post.ok) return refusedPostResponse(post.status);
  const locale = post.fields.get('locale') ?? '';
  const id = testimonyIdFromToken(post.fields.get('token') ?? '');
  if (!isLocale(locale)) return refusedPostResponse(400);
  if (!id) return notFound();
  const now = new Date();
  const back = testimonyStatusPath(locale, id);
  if (!visitorFormPasses(post.fields, now)) return visitorAnswerRedirect(statusResultPath(back, 'unconfirmed'));
  let result: StatusResult;
  try {
    result = await act(post.fields, id, now);
  } catch (error) {
    if (error instanceof RecordNotFoundError) return notFound();
    if (error instanceof StaleVersionError) result = 'stale';
    else if (error instanceof MutationRefusedError) result = 'closed';
    else throw error;
  }
  return visitorAnswerRedirect(statusResultPath(back, result));
}
