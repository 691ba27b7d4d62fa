import { z } from 'zod';

/** How many empty citation rows a form offers, so citations can be added without JavaScript. */
export const BLANK_CITATION_ROWS = 2;

export const citationInputSchema = z.object({
  sourceId: z.string().trim(),
  quote: z.string().trim().max(5000, 'The quoted words must be at most 5,000 characters.'),
  page: z.string().trim().max(100, 'The page must be at most 100 characters.'),
  summary: z.string().optional(),
  /** The facts the source supports, as field names separated by commas ("birthDate, burialPlace"). */
  supports: z
    .string()
    .default('')
    .transform((value) => [...new Set(value.split(',').map((fact) => fact.trim()).filter(Boolean))])
    .refine((facts) => facts.every((fact) => /^[a-zA-Z]{1,40}$/.test(fact)), 'Name the facts by their field names, separated by commas (e.g. birthDate, burialPlace).'),
});

export type CitationInput = {
  sourceId: string;
  quote: string | null;
  page: string | null;
  quoteIsVerbatim: boolean;
  /** The record's facts this source supports; empty, the record as a whole. */
  supports?: string[];
};

/**
 * Reads the citation rows of a form ("citations.0.sourceId", "citations.0.quote", …). A row left
 * entirely empty is ignored; a row with words but no source is an error on that row's source field.
 */
export function parseCitationRows(
  object: Record<string, unknown>,
): { citations: CitationInput[]; fieldErrors: Record<string, string[]> } {
  const rows = new Map<number, Record<string, unknown>>();
  for (const [key, value] of Object.entries(object)) {
    const match = /^citations\.(\d{1,3})\.(sourceId|quote|page|summary|supports)$/.exec(key);
    if (!match) continue;
    const index = Number(match[1]);
    rows.set(index, { ...rows.get(index), [match[2]!]: value });
  }
  const citations: CitationInput[] = [];
  const fieldErrors: Record<string, string[]> = {};
  for (const [index, row] of [...rows].sort(([a], [b]) => a - b)) {
    const parsed = citationInputSchema.safeParse({ sourceId: '', quote: '', page: '', ...row });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const key = `citations.${index}.${String(issue.path[0])}`;
        fieldErrors[key] = [...(fieldErrors[key] ?? []), issue.message];
      }
      continue;
    }
    const { sourceId, quote, page, summary, supports } = parsed.data;
    if (sourceId === '' && quote === '' && page === '' && supports.length === 0) continue;
    if (sourceId === '') {
      fieldErrors[`citations.${index}.sourceId`] = ['Choose the source these words come from.'];
      continue;
    }
    citations.push({ sourceId, quote: quote || null, page: page || null, quoteIsVerbatim: summary !== 'on', supports });
  }
  return { citations, fieldErrors };
}
