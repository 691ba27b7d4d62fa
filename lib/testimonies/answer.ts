import type { Locale } from '@/lib/i18n/config';

/**
 * What the status page says after the testifier's answer or withdrawal (app/api/testimonies/answer and
 * withdraw redirect to it with `?result=`): done, the page was out of date, the state no longer allows
 * it, the box was not ticked, the answer was empty, or the form was sent too soon.
 */
export const STATUS_RESULTS = ['answered', 'withdrawn', 'stale', 'closed', 'confirm-missing', 'answer-missing', 'answer-invalid', 'unconfirmed'] as const;
export type StatusResult = (typeof STATUS_RESULTS)[number];

export function isStatusResult(value: unknown): value is StatusResult {
  return typeof value === 'string' && (STATUS_RESULTS as readonly string[]).includes(value);
}

/** The status page with a result to state. */
export function statusResultPath(statusPath: string, result: StatusResult): string {
  return `${statusPath}?result=${result}`;
}

/** The form again, filled in from a kept refusal (lib/testimonies/retry.ts). */
export function testimonyRetryPath(locale: Locale, retryId: string): string {
  return `/${locale}/testimony?retry=${encodeURIComponent(retryId)}`;
}
