import type { Locale } from '@/lib/i18n/config';

/**
 * What the answer to a visitor's remembrance or report says (app/[locale]/remembrances/page.tsx):
 * received and held for review, over the daily cap, quietly not taken (honeypot, fill time), not
 * readable (with what to correct), reported, reported already today, or no longer shown.
 */
export const REMEMBRANCE_RESULTS = ['received', 'limit', 'unconfirmed', 'invalid', 'reported', 'already-reported', 'unknown'] as const;
export type RemembranceResult = (typeof REMEMBRANCE_RESULTS)[number];

/** What a visitor's form can get wrong, each said in the visitor's language by the answer page. */
export const REMEMBRANCE_PROBLEMS = ['message-missing', 'message-too-long', 'message-characters', 'name-missing', 'name-too-long', 'name-characters'] as const;
export type RemembranceProblem = (typeof REMEMBRANCE_PROBLEMS)[number];

export function isRemembranceResult(value: unknown): value is RemembranceResult {
  return typeof value === 'string' && (REMEMBRANCE_RESULTS as readonly string[]).includes(value);
}

/** The known problems named in the answer's query, in their order; anything else is left out. */
export function remembranceProblemsOf(value: string | undefined): RemembranceProblem[] {
  const named = new Set((value ?? '').split(','));
  return REMEMBRANCE_PROBLEMS.filter((problem) => named.has(problem));
}

/** The answer page's address: rendered per request (it reads the query), never stored by a shared cache. */
export function remembranceAnswerPath(locale: Locale, slug: string, result: RemembranceResult, problems: RemembranceProblem[] = []): string {
  const query = new URLSearchParams({ victim: slug, result });
  if (problems.length > 0) query.set('problems', problems.join(','));
  return `/${locale}/remembrances?${query}`;
}
