import { z } from 'zod';

/** Victims shown per page of the list. */
export const VICTIMS_PAGE_SIZE = 50;

/** The fates a visitor can filter by, in the order the filter lists them. */
export const VICTIM_FATES = ['KILLED', 'DIED_OF_WOUNDS', 'MISSING', 'NOT_STATED'] as const;

/** A day as an HTML date input sends it (1990-01-20), between 1900 and 2100, that exists. */
const isoDay = z
  .string()
  .regex(/^(19|20)\d{2}-\d{2}-\d{2}$/)
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  });

/**
 * Query-string search and filters of the victims list. Malformed values are dropped rather than
 * turned into an error page: a visitor who edits the URL still gets a list.
 */
export const victimSearchSchema = z
  .object({
    q: z
      .string()
      .transform((value) => value.normalize('NFC').replace(/\s+/g, ' ').trim().slice(0, 100))
      .optional()
      .catch(undefined),
    place: z.string().trim().min(1).max(200).optional().catch(undefined),
    /** Where the person came from or lived (Victim.home), a different fact from the place of death. */
    home: z.string().trim().min(1).max(200).optional().catch(undefined),
    ageMin: z.coerce.number().int().min(0).max(120).optional().catch(undefined),
    ageMax: z.coerce.number().int().min(0).max(120).optional().catch(undefined),
    fate: z.enum(VICTIM_FATES).optional().catch(undefined),
    diedFrom: isoDay.optional().catch(undefined),
    diedTo: isoDay.optional().catch(undefined),
    page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
  })
  .transform((search) => ({ ...search, q: search.q || undefined }));

export type VictimSearch = z.infer<typeof victimSearchSchema>;

/** The place filter value that selects victims whose place of death no source records. */
export const PLACE_NOT_RECORDED = 'not-recorded';

/** Parses Next's searchParams into a search; the first value of a repeated parameter wins. */
export function parseVictimSearch(searchParams: Record<string, string | string[] | undefined>): VictimSearch {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined;
  return victimSearchSchema.parse({
    q: first(searchParams.q),
    place: first(searchParams.place),
    home: first(searchParams.home),
    ageMin: first(searchParams.ageMin),
    ageMax: first(searchParams.ageMax),
    fate: first(searchParams.fate),
    diedFrom: first(searchParams.diedFrom),
    diedTo: first(searchParams.diedTo),
    page: first(searchParams.page),
  });
}

/** The list's address with the same search and filters on another page: paging keeps the query. */
export function victimSearchHref(locale: string, search: VictimSearch, page: number): string {
  const query = new URLSearchParams();
  if (search.q) query.set('q', search.q);
  if (search.place) query.set('place', search.place);
  if (search.home) query.set('home', search.home);
  if (search.ageMin !== undefined) query.set('ageMin', String(search.ageMin));
  if (search.ageMax !== undefined) query.set('ageMax', String(search.ageMax));
  if (search.fate) query.set('fate', search.fate);
  if (search.diedFrom) query.set('diedFrom', search.diedFrom);
  if (search.diedTo) query.set('diedTo', search.diedTo);
  if (page > 1) query.set('page', String(page));
  const text = query.toString();
  return `/${locale}/victims${text ? `?${text}` : ''}`;
}
