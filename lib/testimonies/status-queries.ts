import 'server-only';
import { db } from '@/lib/db';
import type { TestimonyFileKind, TestimonyKind, TestimonyParty, TestimonyStatus } from '@/lib/generated/prisma/enums';
import { storedProposalSchema, type Proposal } from '@/lib/testimonies/fields';

/**
 * What the testifier's private status page shows (app/[locale]/testimony/status/[token]): read per
 * request, never cached, and never the contact e-mail — only whether one is kept.
 */
export type TestimonyStatusView = {
  id: string;
  reference: string;
  locale: string;
  kind: TestimonyKind;
  status: TestimonyStatus;
  version: number;
  createdAt: string;
  victimSlug: string | null;
  /** The record's names, for its display name (lib/victims/display.ts). */
  victimNames: { nameLatin: string | null; nameCyrillic: string | null; nameRussian: string | null; description: string | null } | null;
  proposal: Proposal;
  withholdTarget: string | null;
  withholdReason: string | null;
  relation: string | null;
  knowledgeBasis: string | null;
  testifierName: string | null;
  publishName: boolean;
  hasContactEmail: boolean;
  decisionMessage: string | null;
  personalDataDeleted: boolean;
  files: { position: number; kind: TestimonyFileKind; contentType: string; byteSize: number; mayPublish: boolean }[];
  messages: { party: TestimonyParty; body: string; createdAt: string }[];
};

export async function getTestimonyStatus(id: string): Promise<TestimonyStatusView | null> {
  const row = await db.testimony.findUnique({
    where: { id },
    select: {
      id: true,
      reference: true,
      locale: true,
      kind: true,
      status: true,
      version: true,
      createdAt: true,
      victim: { select: { slug: true, nameLatin: true, nameCyrillic: true, nameRussian: true, description: true } },
      proposal: true,
      withholdTarget: true,
      withholdReason: true,
      relation: true,
      knowledgeBasis: true,
      testifierName: true,
      publishName: true,
      contactEmail: true,
      decisionMessage: true,
      personalDataDeletedAt: true,
      files: { select: { position: true, kind: true, contentType: true, byteSize: true, mayPublish: true }, orderBy: { position: 'asc' } },
      messages: { select: { party: true, body: true, createdAt: true }, orderBy: { createdAt: 'asc' } },
    },
  });
  if (!row) return null;
  const { contactEmail, victim, createdAt, personalDataDeletedAt, proposal, messages, ...rest } = row;
  return {
    ...rest,
    createdAt: createdAt.toISOString(),
    victimSlug: victim?.slug ?? null,
    victimNames: victim ? { nameLatin: victim.nameLatin, nameCyrillic: victim.nameCyrillic, nameRussian: victim.nameRussian, description: victim.description } : null,
    proposal: storedProposalSchema.safeParse(proposal).data ?? {},
    hasContactEmail: contactEmail !== null,
    personalDataDeleted: personalDataDeletedAt !== null,
    messages: messages.map((message) => ({ ...message, createdAt: message.createdAt.toISOString() })),
  };
}
