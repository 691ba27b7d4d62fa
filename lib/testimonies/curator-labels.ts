import type { TestimonyKind, TestimonyStatus } from '@/lib/generated/prisma/enums';
import { PROPOSAL_FIELD_LABELS } from '@/lib/testimonies/accepted-values';
import { isProposalField } from '@/lib/testimonies/fields';

/** How the curators' pages name a testimony's state, kind and withhold target. */
export const TESTIMONY_STATUS_LABELS: Record<TestimonyStatus, string> = {
  RECEIVED: 'New',
  IN_REVIEW: 'In review',
  NEEDS_INFORMATION: 'Waiting for the testifier',
  ACCEPTED: 'Accepted',
  DECLINED: 'Declined',
  WITHDRAWN: 'Withdrawn',
};

export const TESTIMONY_KIND_LABELS: Record<TestimonyKind, string> = {
  NEW_PERSON: 'A person not in the memorial',
  ADDITION: 'An addition or correction',
  WITHHOLD: 'A request to withhold',
};

export function withholdTargetLabel(target: string | null): string {
  if (target === 'photo') return 'the photograph';
  if (target === 'record') return 'the whole record';
  if (target && isProposalField(target)) return PROPOSAL_FIELD_LABELS[target].toLowerCase();
  return 'nothing the memorial can withhold';
}

/** What the decision just taken did, for the notice on the testimony's page. */
export const DECIDED_MESSAGES: Record<string, string> = {
  review: 'The review is open; the testifier is told the testimony is in review.',
  ask: 'The question is sent: the testifier sees it on their status page and can answer there.',
  decline: 'The testimony is declined; the testifier reads the reason.',
  accept: 'The testimony is accepted as a source. Nothing is public before a curator saves and publishes the record.',
  withhold: 'The request is decided; a withheld detail is gone from the public site now.',
  photo: 'The photograph is the record’s photograph now.',
};
