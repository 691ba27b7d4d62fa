import { env } from '@/lib/env';
import { getTestimonyPrerequisites } from '@/lib/operator-texts/queries';
import { resolveRemembranceVictim } from '@/lib/remembrances/victim';
import { testimonyRetryPath } from '@/lib/testimonies/answer';
import { testimonyProblemList, type TestimonyPostAnswer } from '@/lib/testimonies/problem-text';
import { MAX_TESTIMONY_POST_BYTES } from '@/lib/testimonies/files';
import { deleteTestimonyRetry, saveTestimonyRetry } from '@/lib/testimonies/retry';
import { testimonyStatusPath } from '@/lib/testimonies/status-address';
import { readTestimonySubmission, submissionLocale, typedValues, type TestimonyProblems } from '@/lib/testimonies/submission';
import { submitTestimony } from '@/lib/testimonies/visitor-mutations';
import { clientAddress } from '@/lib/users/client-address';
import { visitorAnswerRedirect, visitorFormPasses } from '@/lib/visitor-forms/answer';
import { readVisitorMultipartPost, refusedPostResponse } from '@/lib/visitor-forms/request';

/**
 * The testimony form (app/[locale]/testimony), posted by a plain multipart form. A testimony the
 * server refuses loses nothing: its text is kept an hour (lib/testimonies/retry.ts) and the answer is
 * a 303 to the form filled in again with every problem. A received one is a 303 to its private status
 * page. The form is refused while the operator's texts are missing in the form's language.
 */
export async function POST(request: Request): Promise<Response> {
  const post = await readVisitorMultipartPost(request, { siteUrl: env.SITE_URL, maxBytes: MAX_TESTIMONY_POST_BYTES });
  if (!post.ok) return refusedPostResponse(post.status);
  const locale = submissionLocale(post.fields);
  if (!locale) return refusedPostResponse(400);
  const now = new Date();
  // Sent with script (components/site/testimony-form-enhancer.tsx): the page keeps everything, files included.
  const withScript = (request.headers.get('accept') ?? '').includes('application/json');
  const answer = (location: string) => (withScript ? scriptAnswer({ ok: true, location }, 200) : visitorAnswerRedirect(location));
  // The memorial never takes anyone's data under words the operator has not stated: the form page says so.
  if (!(await getTestimonyPrerequisites(locale)).ready) return answer(`/${locale}/testimony`);
  const previous = post.fields.get('retry');
  if (previous) await deleteTestimonyRetry(previous);
  const address = clientAddress(request.headers, env.TRUSTED_PROXY_HOPS);
  const refuse = async (problems: TestimonyProblems, fileNames: string[]) => {
    if (withScript) return scriptAnswer({ ok: false, ...testimonyProblemList(locale, problems) }, 200);
    const kept = await saveTestimonyRetry({ locale, values: typedValues(post.fields), problems, fileNames, address, now });
    // Over the address's allowance of kept forms (a script posting refusals), the form comes back empty.
    return visitorAnswerRedirect(kept ? testimonyRetryPath(locale, kept) : `/${locale}/testimony`);
  };
  const chosenFiles = [...post.files.values()].filter((file) => file.size > 0).map((file) => file.name);
  // A person who was quick (or a bot) gets the form back as typed; no testimony is stored.
  if (!visitorFormPasses(post.fields, now)) return refuse({ form: ['unconfirmed'] }, chosenFiles);
  const reading = await readTestimonySubmission(locale, post.fields, post.files);
  if (!reading.ok) return refuse(reading.problems, reading.fileNames);
  const { submission } = reading;
  let victimId: string | null = null;
  if (submission.victimSlug !== null) {
    const victim = await resolveRemembranceVictim(submission.victimSlug, now);
    if (!victim) return refuse({ victim: ['victim-unknown'] }, chosenFiles);
    victimId = victim.id;
  }
  const outcome = await submitTestimony({ submission, victimId, address, now });
  if (outcome.result === 'limit') return refuse({ form: ['limit'] }, chosenFiles);
  return answer(testimonyStatusPath(locale, outcome.id));
}

/** The answer to the script's post: a refusal is a 200 too (an error status would be a console error, and is no failure of the request). */
function scriptAnswer(answer: TestimonyPostAnswer, status: number): Response {
  return Response.json(answer, { status, headers: { 'Cache-Control': 'private, no-store' } });
}
