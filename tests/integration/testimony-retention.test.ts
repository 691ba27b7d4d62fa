import { beforeEach, describe, expect, it, vi } from 'vitest';

// Periods other than the defaults, to show that the sweep reads them (lib/env.ts is parsed on first import).
vi.hoisted(() => {
  process.env.TESTIMONY_CLOSED_RETENTION_DAYS = '10';
  process.env.TESTIMONY_ACCEPTED_CONTACT_RETENTION_DAYS = '20';
});

import { db } from '@/lib/db';
import { configuredRetentionPeriods, sweepTestimonyRetention } from '@/lib/testimonies/retention';
import { resetDatabase } from '@/tests/helpers/database';
import { addTestimonyFile, createTestimonyRow } from '@/tests/helpers/testimony-fixtures';

const DAY = 86_400_000;
const NOW = new Date('2027-03-01T12:00:00.000Z');
const daysBefore = (days: number, extraMs = 0) => new Date(NOW.getTime() - days * DAY - extraMs);

/** A testimony with a contact e-mail, two files and a message still queued for it. */
async function testimonyWithData(data: Parameters<typeof createTestimonyRow>[0]) {
  const testimony = await createTestimonyRow(data);
  await addTestimonyFile(testimony.id, 0);
  await addTestimonyFile(testimony.id, 1);
  await db.outgoingMail.create({ data: { recipient: testimony.contactEmail ?? 'x@families.test', subject: 'Waiting', text: 'Body.', testimonyId: testimony.id } });
  return testimony;
}

async function state(id: string) {
  const row = await db.testimony.findUniqueOrThrow({
    where: { id },
    select: { contactEmail: true, personalDataDeletedAt: true, _count: { select: { files: true, mails: true } } },
  });
  return { email: row.contactEmail !== null, files: row._count.files, mails: row._count.mails, deletedAt: row.personalDataDeletedAt };
}

describe('the retention of testimonies’ personal data', () => {
  beforeEach(resetDatabase);

  it('reads its periods from the environment', () => {
    expect(configuredRetentionPeriods()).toEqual({ closedDays: 10, acceptedContactDays: 20 });
  });

  it('deletes refused forms kept past their hour, and keeps the others', async () => {
    const kept = { locale: 'en', values: { contactEmail: 'family@families.test' }, problems: {} };
    await db.testimonyRetry.create({ data: { id: 'expired-retry', ...kept, expiresAt: new Date(NOW.getTime() - 1) } });
    await db.testimonyRetry.create({ data: { id: 'fresh-retry', ...kept, expiresAt: new Date(NOW.getTime() + 30 * 60_000) } });

    await sweepTestimonyRetention(NOW);

    expect((await db.testimonyRetry.findMany({ select: { id: true } })).map((row) => row.id)).toEqual(['fresh-retry']);
  });

  it('deletes exactly what is due at the configured periods, and leaves the rest', async () => {
    const declinedDue = await testimonyWithData({ status: 'DECLINED', decidedAt: daysBefore(10) });
    const declinedNotYet = await testimonyWithData({ status: 'DECLINED', decidedAt: daysBefore(10, -1) });
    const acceptedDue = await testimonyWithData({ status: 'ACCEPTED', decidedAt: daysBefore(20, 1) });
    const acceptedNotYet = await testimonyWithData({ status: 'ACCEPTED', decidedAt: daysBefore(19) });
    const withdrawnLeft = await testimonyWithData({ status: 'WITHDRAWN', decidedAt: daysBefore(0, 60_000) });
    const open = await testimonyWithData({ status: 'IN_REVIEW', createdAt: daysBefore(400) });
    const needsInformation = await testimonyWithData({ status: 'NEEDS_INFORMATION', createdAt: daysBefore(400) });
    const alreadyErased = await createTestimonyRow({ status: 'WITHDRAWN', decidedAt: daysBefore(50), contactEmail: null, personalDataDeletedAt: daysBefore(50) });

    const erased = await sweepTestimonyRetention(NOW);

    expect(erased.sort()).toEqual([declinedDue.id, acceptedDue.id, withdrawnLeft.id].sort());
    expect(await state(declinedDue.id)).toEqual({ email: false, files: 0, mails: 0, deletedAt: NOW });
    expect(await state(withdrawnLeft.id)).toEqual({ email: false, files: 0, mails: 0, deletedAt: NOW });
    // An accepted testimony loses its contact e-mail; the curators keep its files.
    expect(await state(acceptedDue.id)).toEqual({ email: false, files: 2, mails: 0, deletedAt: NOW });
    for (const kept of [declinedNotYet, acceptedNotYet, open, needsInformation]) {
      expect(await state(kept.id)).toEqual({ email: true, files: 2, mails: 1, deletedAt: null });
    }
    expect(await state(alreadyErased.id)).toEqual({ email: false, files: 0, mails: 0, deletedAt: daysBefore(50) });
  });

  it('uses the periods it is given (here the defaults, 30 and 90 days)', async () => {
    const declined = await testimonyWithData({ status: 'DECLINED', decidedAt: daysBefore(30) });
    const declinedEarly = await testimonyWithData({ status: 'DECLINED', decidedAt: daysBefore(29) });
    const accepted = await testimonyWithData({ status: 'ACCEPTED', decidedAt: daysBefore(90) });
    const acceptedEarly = await testimonyWithData({ status: 'ACCEPTED', decidedAt: daysBefore(89) });

    const erased = await sweepTestimonyRetention(NOW, { closedDays: 30, acceptedContactDays: 90 });

    expect(erased.sort()).toEqual([declined.id, accepted.id].sort());
    expect((await state(declinedEarly.id)).email).toBe(true);
    expect((await state(acceptedEarly.id)).email).toBe(true);
  });

  it('writes one audit entry per deletion, by nobody, without the deleted values; a second sweep changes nothing', async () => {
    const declined = await testimonyWithData({ status: 'DECLINED', decidedAt: daysBefore(11) });
    const accepted = await testimonyWithData({ status: 'ACCEPTED', decidedAt: daysBefore(21) });
    const addresses = [declined.contactEmail, accepted.contactEmail];

    await sweepTestimonyRetention(NOW);
    expect(await sweepTestimonyRetention(NOW)).toEqual([]);
    expect(await sweepTestimonyRetention(new Date(NOW.getTime() + 365 * DAY))).toEqual([]);

    const entries = await db.auditEntry.findMany({ where: { action: 'delete-personal-data' }, orderBy: { entityId: 'asc' } });
    expect(entries.map((entry) => entry.entityId)).toEqual([declined.id, accepted.id].sort());
    for (const entry of entries) {
      expect(entry.userId).toBeNull();
      expect(entry.entityType).toBe('Testimony');
      const recorded = JSON.stringify([entry.before, entry.after]);
      for (const address of addresses) expect(recorded).not.toContain(address);
      expect(recorded).not.toContain('@');
      expect(recorded).not.toContain('%PDF');
    }
    const byId = new Map(entries.map((entry) => [entry.entityId, entry.after as { filesDeleted: number; files: number; queuedMailDeleted: number }]));
    expect(byId.get(declined.id)).toMatchObject({ filesDeleted: 2, files: 0, queuedMailDeleted: 1 });
    expect(byId.get(accepted.id)).toMatchObject({ filesDeleted: 0, files: 2, queuedMailDeleted: 1 });
  });

  it('two instances sweeping at once delete each testimony’s data once, with one audit entry', async () => {
    const testimonies = await Promise.all(
      Array.from({ length: 6 }, (_, index) => testimonyWithData({ status: index % 2 ? 'DECLINED' : 'WITHDRAWN', decidedAt: daysBefore(15) })),
    );

    const [first, second] = await Promise.all([sweepTestimonyRetention(NOW), sweepTestimonyRetention(NOW)]);

    expect([...first, ...second].sort()).toEqual(testimonies.map((testimony) => testimony.id).sort());
    expect(await db.auditEntry.count({ where: { action: 'delete-personal-data' } })).toBe(testimonies.length);
  });
});
