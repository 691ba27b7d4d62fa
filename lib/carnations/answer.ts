import type { CarnationTarget } from '@/lib/carnations/subject';
import type { Locale } from '@/lib/i18n/config';

/** What the answer to a carnation says: laid, laid already today, over the daily cap, or quietly not counted. */
export const CARNATION_RESULTS = ['laid', 'already', 'limit', 'unconfirmed'] as const;
export type CarnationResult = (typeof CARNATION_RESULTS)[number];

export function isCarnationResult(value: unknown): value is CarnationResult {
  return typeof value === 'string' && (CARNATION_RESULTS as readonly string[]).includes(value);
}

/** The answer page's address (app/[locale]/carnations/page.tsx): rendered per request, never cached. */
export function carnationAnswerPath(locale: Locale, target: CarnationTarget, result: CarnationResult): string {
  const query = new URLSearchParams(target.kind === 'victim' ? { victim: target.slug } : { anniversary: String(target.year) });
  query.set('result', result);
  return `/${locale}/carnations?${query}`;
}
