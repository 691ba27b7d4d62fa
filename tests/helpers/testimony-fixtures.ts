import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { unique } from '@/tests/helpers/factories';

/**
 * A testimony row as the form would leave it (the form itself is tested elsewhere): a fresh reference,
 * English unless told, consent to be contacted, and the given fields.
 */
export async function createTestimonyRow(data: Partial<Prisma.TestimonyUncheckedCreateInput> = {}) {
  return db.testimony.create({
    data: {
      reference: unique('T').toUpperCase().slice(0, 24),
      locale: 'en',
      kind: 'NEW_PERSON',
      contactEmail: `${unique('family')}@families.test`,
      consentShare: true,
      consentContact: true,
      testifierName: 'Leyla Testifier',
      proposal: { nameLatin: 'Proposed Person' },
      ...data,
    },
  });
}

/** A file of a testimony (a few bytes stand for a scan). */
export async function addTestimonyFile(testimonyId: string, position = 0) {
  return db.testimonyFile.create({
    data: { testimonyId, position, kind: 'DOCUMENT', contentType: 'application/pdf', byteSize: 4, sha256: '0'.repeat(64), data: Buffer.from('%PDF') },
  });
}

/** A curators' account; `active: false` for a deactivated one. */
export async function createStaff(email: string, role: 'CURATOR' | 'ADMIN', active = true) {
  return db.user.create({ data: { email, name: email.split('@')[0], passwordHash: 'x', role, active } });
}
