import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { newReference } from '@/lib/testimonies/token';

/**
 * A testimony as the public form would have left it (RECEIVED, with the history's opening 'submit'
 * entry by no account). The public form and its submission code are another branch's work; until they
 * land, the curators' tests create testimonies here, through the database client, and the e-mail
 * address given is deliberately distinctive so that tests can look for it anywhere it must not be.
 */
export const TESTIFIER_EMAIL = 'family.member+testimony@example.org';

export async function createTestimony(data: Partial<Prisma.TestimonyUncheckedCreateInput> & { files?: Prisma.TestimonyFileCreateWithoutTestimonyInput[] } = {}) {
  const { files, ...fields } = data;
  return db.$transaction(async (tx) => {
    const created = await tx.testimony.create({
      data: {
        reference: newReference(),
        locale: 'en',
        kind: 'ADDITION',
        relation: 'Her son',
        knowledgeBasis: 'Family documents and the death certificate',
        testifierName: 'Rauf Məmmədov',
        publishName: true,
        contactEmail: TESTIFIER_EMAIL,
        consentShare: true,
        consentContact: true,
        ...fields,
        ...(files ? { files: { create: files } } : {}),
      },
      select: { id: true, reference: true, kind: true, status: true, version: true, victimId: true, proposal: true },
    });
    await tx.auditEntry.create({ data: { userId: null, action: 'submit', entityType: 'Testimony', entityId: created.id, after: JSON.parse(JSON.stringify(created)) as Prisma.InputJsonValue } });
    return created;
  });
}
