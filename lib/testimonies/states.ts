import type { TestimonyKind, TestimonyStatus } from '@/lib/generated/prisma/enums';

/**
 * A testimony's workflow, which replaces the publication step of other records: it is never public
 * itself. The testifier sees each state on the private status page; curators move it on.
 *
 *   RECEIVED ──(curator opens the review)──▶ IN_REVIEW ──▶ ACCEPTED | DECLINED
 *        │                                      │  ▲
 *        └───────────(curator asks)─────────────┴─▶ NEEDS_INFORMATION ──(testifier answers)──▶ IN_REVIEW
 *
 * and from any open state the testifier may withdraw (WITHDRAWN). ACCEPTED, DECLINED and WITHDRAWN are
 * closed: nothing moves a closed testimony on.
 */
export const OPEN_STATES = ['RECEIVED', 'IN_REVIEW', 'NEEDS_INFORMATION'] as const satisfies readonly TestimonyStatus[];
export const CLOSED_STATES = ['ACCEPTED', 'DECLINED', 'WITHDRAWN'] as const satisfies readonly TestimonyStatus[];

export function isOpen(status: TestimonyStatus): boolean {
  return (OPEN_STATES as readonly TestimonyStatus[]).includes(status);
}

/** Which curator decision may be taken from which state. */
export const CURATOR_TRANSITIONS = {
  review: { from: ['RECEIVED'], to: 'IN_REVIEW' },
  ask: { from: ['RECEIVED', 'IN_REVIEW', 'NEEDS_INFORMATION'], to: 'NEEDS_INFORMATION' },
  accept: { from: ['RECEIVED', 'IN_REVIEW', 'NEEDS_INFORMATION'], to: 'ACCEPTED' },
  decline: { from: ['RECEIVED', 'IN_REVIEW', 'NEEDS_INFORMATION'], to: 'DECLINED' },
} as const satisfies Record<string, { from: readonly TestimonyStatus[]; to: TestimonyStatus }>;

/** What the testifier may do from the status page. */
export const TESTIFIER_TRANSITIONS = {
  answer: { from: ['NEEDS_INFORMATION'], to: 'IN_REVIEW' },
  withdraw: { from: ['RECEIVED', 'IN_REVIEW', 'NEEDS_INFORMATION'], to: 'WITHDRAWN' },
} as const satisfies Record<string, { from: readonly TestimonyStatus[]; to: TestimonyStatus }>;

/** The audit log's name for a testimony (AuditEntry.entityType). */
export const TESTIMONY_ENTITY_TYPE = 'Testimony';

/** Kinds that concern a record already in the memorial (the form's `?victim=<slug>`). */
export function concernsExistingRecord(kind: TestimonyKind): boolean {
  return kind !== 'NEW_PERSON';
}
