import 'server-only';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { TestimonyStatus } from '@/lib/generated/prisma/enums';
import { testimonyRecordFields } from '@/lib/testimonies/record-fields';
import { isProposalField, storedProposalSchema, type ProposalField } from '@/lib/testimonies/fields';

/*
 * The curators' reads of families' testimonies. Every caller (app/admin/testimonies, the victim edit
 * page) calls requireCurator() first. These are the only reads that return a testifier's contact
 * e-mail, for the testimony's own page in the curators' area; nothing public imports this file.
 */

export const TESTIMONY_STATUSES = ['RECEIVED', 'IN_REVIEW', 'NEEDS_INFORMATION', 'ACCEPTED', 'DECLINED', 'WITHDRAWN'] as const satisfies readonly TestimonyStatus[];

export function isTestimonyStatus(value: unknown): value is TestimonyStatus {
  return typeof value === 'string' && (TESTIMONY_STATUSES as readonly string[]).includes(value);
}

const victimNameSelect = { id: true, slug: true, nameLatin: true, nameCyrillic: true, nameRussian: true, description: true, status: true } as const satisfies Prisma.VictimSelect;

/** The queue, newest first, in one state or all; with the count of every state for the filter. */
export async function listTestimoniesForCurators(filter: { status: TestimonyStatus | null; limit?: number }) {
  const [rows, grouped] = await Promise.all([
    db.testimony.findMany({
      where: filter.status ? { status: filter.status } : {},
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: filter.limit ?? 200,
      select: {
        id: true,
        reference: true,
        kind: true,
        status: true,
        createdAt: true,
        proposal: true,
        withholdTarget: true,
        testifierName: true,
        victim: { select: victimNameSelect },
        messages: { orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: 1, select: { party: true } },
      },
    }),
    db.testimony.groupBy({ by: ['status'], _count: { _all: true } }),
  ]);
  const counts = Object.fromEntries(TESTIMONY_STATUSES.map((status) => [status, 0])) as Record<TestimonyStatus, number>;
  for (const row of grouped) counts[row.status] = row._count._all;
  return {
    rows: rows.map(({ messages, proposal, ...row }) => ({ ...row, proposal: storedProposalSchema.parse(proposal), answered: messages[0]?.party === 'TESTIFIER' })),
    counts,
  };
}

export type TestimonyQueueRow = Awaited<ReturnType<typeof listTestimoniesForCurators>>['rows'][number];

/**
 * For the dashboard: new testimonies nobody has opened, and those the testifier has answered
 * (in review, their message the last word) that wait for a curator.
 */
export async function countTestimoniesWaiting(): Promise<{ received: number; answered: number }> {
  const [received, inReview] = await Promise.all([
    db.testimony.count({ where: { status: 'RECEIVED' } }),
    db.testimony.findMany({
      where: { status: 'IN_REVIEW', messages: { some: { party: 'TESTIFIER' } } },
      select: { messages: { orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: 1, select: { party: true } } },
    }),
  ]);
  return { received, answered: inReview.filter((row) => row.messages[0]?.party === 'TESTIFIER').length };
}

/** One testimony with everything its curators' page shows (files without their bytes), or null. */
export async function getTestimonyForCurators(id: string) {
  const row = await db.testimony.findUnique({
    where: { id },
    select: {
      ...testimonyRecordFields,
      // Curators' eyes only: the testimony's own page is the one place the address is shown.
      contactEmail: true,
      createdAt: true,
      victim: { select: victimNameSelect },
      messages: {
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        select: { id: true, party: true, body: true, createdAt: true, user: { select: { name: true, email: true } } },
      },
      files: {
        orderBy: { position: 'asc' },
        select: { id: true, kind: true, contentType: true, byteSize: true, rightsHolder: true, mayPublish: true, createdAt: true },
      },
    },
  });
  if (!row) return null;
  return { ...row, proposal: storedProposalSchema.parse(row.proposal), acceptedFields: row.acceptedFields.filter(isProposalField) };
}

export type TestimonyForCurators = NonNullable<Awaited<ReturnType<typeof getTestimonyForCurators>>>;

/** A testimony's file with its bytes, for the curators' file route only. */
export async function getTestimonyFileForCurators(testimonyId: string, fileId: string) {
  return db.testimonyFile.findFirst({
    where: { id: fileId, testimonyId },
    select: { id: true, kind: true, contentType: true, byteSize: true, data: true, position: true, testimony: { select: { reference: true } } },
  });
}

/**
 * An accepted addition to one record, for prefilling that record's edit form: the values the curators
 * accepted and the source they are cited to. Null when the testimony is not an accepted testimony of
 * this record.
 */
export async function getAcceptedTestimonyForRecord(testimonyId: string, victimId: string) {
  const row = await db.testimony.findFirst({
    where: { id: testimonyId, victimId, status: 'ACCEPTED', kind: { not: 'WITHHOLD' }, sourceId: { not: null } },
    select: { id: true, reference: true, proposal: true, acceptedFields: true, sourceId: true, decidedAt: true },
  });
  if (!row || !row.sourceId) return null;
  const acceptedFields: ProposalField[] = row.acceptedFields.filter(isProposalField);
  return { id: row.id, reference: row.reference, proposal: storedProposalSchema.parse(row.proposal), acceptedFields, sourceId: row.sourceId, decidedAt: row.decidedAt };
}

/**
 * Accepted testimonies about a record whose values are not yet in it: the record does not cite the
 * testimony's source yet (the curator's save that applies them adds the citation).
 */
export async function listUnappliedTestimonies(victimId: string) {
  const rows = await db.testimony.findMany({
    where: { victimId, status: 'ACCEPTED', kind: { not: 'WITHHOLD' }, sourceId: { not: null } },
    orderBy: { decidedAt: 'asc' },
    select: { id: true, reference: true, acceptedFields: true, sourceId: true, decidedAt: true },
  });
  if (rows.length === 0) return [];
  const cited = new Set(
    (await db.citation.findMany({ where: { victimId, sourceId: { in: rows.map((row) => row.sourceId!) } }, select: { sourceId: true } })).map((citation) => citation.sourceId),
  );
  return rows.filter((row) => !cited.has(row.sourceId!));
}
