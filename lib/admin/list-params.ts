import { z } from 'zod';

/** Search parameters of every admin list; malformed values fall back to defaults. */
export const adminListParamsSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined).transform((value) => value || undefined),
  status: z.enum(['draft', 'published', 'scheduled', 'deleted']).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).default(1).catch(1),
});

export function parseAdminListParams(searchParams: Record<string, string | string[] | undefined>) {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined;
  return adminListParamsSchema.parse({ q: first(searchParams.q), status: first(searchParams.status), page: first(searchParams.page) });
}
