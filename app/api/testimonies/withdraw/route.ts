import { handleStatusPost } from '@/lib/testimonies/status-post';
import { testimonyWithdrawalSchema, withdrawTestimony } from '@/lib/testimonies/visitor-mutations';

/** "Withdraw my testimony" on the status page: only with the box "I want to withdraw" ticked (the confirmation without script). */
export async function POST(request: Request): Promise<Response> {
  return handleStatusPost(request, async (fields, id, now) => {
    const parsed = testimonyWithdrawalSchema.safeParse({ version: fields.get('version') ?? undefined, confirm: fields.get('confirm') ?? undefined });
    if (!parsed.success) return 'confirm-missing';
    await withdrawTestimony({ id, version: parsed.data.version, now });
    return 'withdrawn';
  });
}
