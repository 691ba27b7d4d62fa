import { handleStatusPost } from '@/lib/testimonies/status-post';
import { answerTestimony, testimonyAnswerSchema } from '@/lib/testimonies/visitor-mutations';

/** "Send my answer" on the status page: the testifier answers the curators' question (NEEDS_INFORMATION → IN_REVIEW). */
export async function POST(request: Request): Promise<Response> {
  return handleStatusPost(request, async (fields, id, now) => {
    const parsed = testimonyAnswerSchema.safeParse({ version: fields.get('version') ?? undefined, body: fields.get('body') ?? '' });
    if (!parsed.success) return parsed.error.issues.some((issue) => issue.message === 'answer-missing') ? 'answer-missing' : 'answer-invalid';
    await answerTestimony({ id, version: parsed.data.version, body: parsed.data.body, now });
    return 'answered';
  });
}
