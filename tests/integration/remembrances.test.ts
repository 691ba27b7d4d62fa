import { beforeEach, describe, expect, it } from 'vitest';
import { countRemembrancesAwaitingModeration, listPublishedRemembrances, listRemembranceQueue } from '@/lib/remembrances/admin-queries';
import { moderateRemembrance, REMEMBRANCES_PER_ADDRESS_PER_DAY, reportRemembrance, submitRemembrance } from '@/lib/remembrances/mutations';
import { listApprovedRemembrances } from '@/lib/remembrances/queries';
import { MutationRefusedError, StaleVersionError } from '@/lib/records/errors';
import { db, resetDatabase } from '@/tests/helpers/database';
import { createCurators, createExternalSource, createVictim } from '@/tests/helpers/factories';

const DAY_ONE = new Date('2027-01-20T06:00:00.000Z');
const DAY_TWO = new Date('2027-01-21T06:00:00.000Z');
const at = (minutes: number) => new Date(DAY_ONE.getTime() + minutes * 60_000);

let victimId: string;
let curator: { id: string };

beforeEach(async () => {
  await resetDatabase();
  const source = await createExternalSource();
  victimId = (await createVictim(source.id)).id;
  ({ curator } = await createCurators());
});

async function submit(message: string, address: string | null, now: Date, authorName: string | null = null) {
  return submitRemembrance({ victimId, input: { message, authorName }, address, now });
}

async function only() {
  return db.remembrance.findFirstOrThrow({ orderBy: { createdAt: 'desc' } });
}

describe('submitRemembrance', () => {
  it('holds each message for moderation, caps pending ones per address and day, and counts again the next day', async () => {
    for (let index = 0; index < REMEMBRANCES_PER_ADDRESS_PER_DAY; index += 1) {
      expect(await submit(`Message ${index}`, '203.0.113.7', at(index))).toBe('received');
    }
    expect(await submit('One too many', '203.0.113.7', at(10))).toBe('limit');
    expect(await submit('From another address', '203.0.113.8', at(11), 'A visitor')).toBe('received');
    expect(await submit('The next day', '203.0.113.7', DAY_TWO)).toBe('received');
    expect(await db.remembrance.count({ where: { status: 'PENDING' } })).toBe(REMEMBRANCES_PER_ADDRESS_PER_DAY + 2);
    expect(await db.remembrance.count({ where: { message: 'One too many' } })).toBe(0);
    expect(await listApprovedRemembrances(victimId)).toEqual([]);
    const dump = JSON.stringify(await db.remembrance.findMany());
    expect(dump).not.toContain('203.0.113');
  });
});

describe('moderateRemembrance', () => {
  it('approves and hides, each with its audit entry and reason, and refuses impossible or stale decisions', async () => {
    await submit('<script>alert(1)</script> Rest in peace', '203.0.113.7', at(0), '"><img src=x onerror=alert(1)>');
    const pending = await only();
    expect(await countRemembrancesAwaitingModeration()).toBe(1);
    await expect(moderateRemembrance(curator, { id: pending.id, version: 1, decision: 'hide', reason: 'x' })).rejects.toBeInstanceOf(MutationRefusedError);
    const approved = await moderateRemembrance(curator, { id: pending.id, version: 1, decision: 'approve' });
    expect(approved).toEqual({ tags: [`remembrances:${victimId}`], status: 'APPROVED' });
    expect(await listApprovedRemembrances(victimId)).toEqual([
      expect.objectContaining({ message: '<script>alert(1)</script> Rest in peace', authorName: '"><img src=x onerror=alert(1)>' }),
    ]);
    await expect(moderateRemembrance(curator, { id: pending.id, version: 1, decision: 'hide', reason: 'Stale' })).rejects.toBeInstanceOf(StaleVersionError);
    await moderateRemembrance(curator, { id: pending.id, version: 2, decision: 'hide', reason: 'Names a living person' });
    expect(await listApprovedRemembrances(victimId)).toEqual([]);
    expect(await only()).toMatchObject({ status: 'HIDDEN', moderationReason: 'Names a living person', moderatedById: curator.id, version: 3 });
    const audit = await db.auditEntry.findMany({ where: { entityType: 'remembrance', entityId: pending.id }, orderBy: { createdAt: 'asc' } });
    // The history opens with the message as the visitor sent it (no account), then each decision.
    const [submitted, ...decisions] = audit;
    expect(submitted).toMatchObject({ action: 'submit', userId: null, before: null, after: { status: 'PENDING', message: '<script>alert(1)</script> Rest in peace', version: 1 } });
    expect(decisions.map((entry) => [entry.action, (entry.before as { status: string }).status, (entry.after as { status: string; moderationReason: string | null }).status])).toEqual([
      ['approve', 'PENDING', 'APPROVED'],
      ['hide', 'APPROVED', 'HIDDEN'],
    ]);
    expect((decisions[1]!.after as { moderationReason: string }).moderationReason).toBe('Names a living person');
    expect(decisions.every((entry) => entry.userId === curator.id)).toBe(true);
  });

  it('rejects a pending message with its reason; a rejected one is never shown', async () => {
    await submit('Spam', null, at(0));
    const pending = await only();
    await moderateRemembrance(curator, { id: pending.id, version: 1, decision: 'reject', reason: 'Advertising' });
    expect(await only()).toMatchObject({ status: 'REJECTED', moderationReason: 'Advertising' });
    expect(await listApprovedRemembrances(victimId)).toEqual([]);
    expect(await countRemembrancesAwaitingModeration()).toBe(0);
  });
});

describe('reportRemembrance and the queue', () => {
  it('counts one report per address and day on a published message, which is back in the queue until a curator decides', async () => {
    await submit('A published message', null, at(0));
    const message = await only();
    expect(await reportRemembrance({ id: message.id, address: '203.0.113.7', now: at(1) })).toBe('unknown');
    await moderateRemembrance(curator, { id: message.id, version: 1, decision: 'approve' });
    expect(await reportRemembrance({ id: message.id, address: '203.0.113.7', now: at(2) })).toBe('reported');
    expect(await reportRemembrance({ id: message.id, address: '203.0.113.7', now: at(3) })).toBe('already');
    expect(await reportRemembrance({ id: message.id, address: '203.0.113.8', now: at(4) })).toBe('reported');
    expect((await only()).reportCount).toBe(2);
    await submit('A pending one', null, at(5));
    const queue = await listRemembranceQueue();
    expect(queue.map((item) => [item.message, item.status, item.reportCount])).toEqual([
      ['A pending one', 'PENDING', 0],
      ['A published message', 'APPROVED', 2],
    ]);
    expect(await listPublishedRemembrances()).toEqual([]);
    await moderateRemembrance(curator, { id: message.id, version: 2, decision: 'approve' });
    expect((await only()).reportCount).toBe(0);
    expect(await countRemembrancesAwaitingModeration()).toBe(1);
    // Kept published, its reports cleared: out of the queue, among the published ones a curator can still hide.
    expect((await listPublishedRemembrances()).map((item) => item.id)).toEqual([message.id]);
  });

  it('counts a report from a memorial page only for a message shown on that page', async () => {
    await submit('On the first record', null, at(0));
    const message = await only();
    await moderateRemembrance(curator, { id: message.id, version: 1, decision: 'approve' });
    const other = await createVictim((await createExternalSource()).id);
    expect(await reportRemembrance({ id: message.id, victimId: other.id, address: '203.0.113.7', now: at(1) })).toBe('unknown');
    expect((await only()).reportCount).toBe(0);
    expect(await reportRemembrance({ id: message.id, victimId, address: '203.0.113.7', now: at(2) })).toBe('reported');
    expect((await only()).reportCount).toBe(1);
  });

  it('shows the approved messages newest first, bounded', async () => {
    for (let index = 0; index < 22; index += 1) {
      await submitRemembrance({ victimId, input: { message: `Message ${index}`, authorName: null }, address: `198.51.100.${index}`, now: at(index) });
    }
    for (const row of await db.remembrance.findMany()) await moderateRemembrance(curator, { id: row.id, version: 1, decision: 'approve' });
    const shown = await listApprovedRemembrances(victimId);
    expect(shown).toHaveLength(20);
    expect(shown[0]!.message).toBe('Message 21');
    expect(shown[19]!.message).toBe('Message 2');
  });
});
