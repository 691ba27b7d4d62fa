import { z } from 'zod';

/** Query-string filters of the release archive. Anything malformed is dropped, never an error page. */
export const releaseFiltersSchema = z.object({
  year: z.coerce.number().int().min(1990).max(2200).optional().catch(undefined),
  issuer: z
    .string()
    .regex(/^[a-z0-9-]{1,120}$/)
    .optional()
    .catch(undefined),
});

export type ReleaseFilters = z.infer<typeof releaseFiltersSchema>;

/** The issuer filter value that selects releases whose text names no issuer. */
export const UNATTRIBUTED_ISSUER = 'unattributed';

/** Parses Next's searchParams (values may be arrays) into filters; the first value of each wins. */
export function parseReleaseFilters(searchParams: Record<string, string | string[] | undefined>): ReleaseFilters {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined;
  return releaseFiltersSchema.parse({ year: first(searchParams.year), issuer: first(searchParams.issuer) });
}
