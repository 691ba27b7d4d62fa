import type { Prisma } from '@/lib/generated/prisma/client';

/**
 * A testimony's own columns as its curators' reads and its audit entries take them: everything but
 * the contact e-mail (and the files' bytes, which live in TestimonyFile). Audit entries are
 * append-only and outlive the retention periods, so what is selected here must never include the
 * address; the one read that shows it to curators adds it by name (curator-queries.ts).
 */
export const testimonyRecordFields = {
  id: true,
  reference: true,
  locale: true,
  kind: true,
  status: true,
  victimId: true,
  proposal: true,
  withholdTarget: true,
  withholdReason: true,
  relation: true,
  knowledgeBasis: true,
  testifierName: true,
  publishName: true,
  consentShare: true,
  consentContact: true,
  consentPhotographs: true,
  acceptedFields: true,
  decisionMessage: true,
  sourceId: true,
  decidedAt: true,
  personalDataDeletedAt: true,
  version: true,
} as const satisfies Prisma.TestimonySelect;
