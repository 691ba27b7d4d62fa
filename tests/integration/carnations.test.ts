import { beforeEach, describe, expect, it } from 'vitest';
import { CARNATIONS_PER_ADDRESS_PER_DAY, layCarnation } from '@/lib/carnations/mutations';
import { readCarnationCount } from '@/lib/carnations/queries';
import { resolveCarnationTarget, victimSubjectKey } from '@/lib/carnations/subject';
import { addressHash } from '@/lib/visitor-forms/daily-allowance';
import { db, resetDatabase } from '@/tests/helpers/database';
import { createExternalSource, createVictim } from '@/tests/helpers/factories';

// 20 January 2027, 10:00 in Baku; the next Baku day begins at 20:00 UTC.
const DAY_ONE = new Date('2027-01-20T06:00:00.000Z');
const LATER_DAY_ONE = new Date('2027-01-20T19:59:00.000Z');
const DAY_TWO = new Date('2027-01-20T20:01:00.000Z');

beforeEach(async () => {
  await resetDatabase();
});

describe('layCarnation', () => {
  it('counts one carnation per address, subject and Baku day, and again on the next day', async () => {
    const subject = victimSubjectKey('victim-one');
    expect(await layCarnation({ subject, address: '203.0.113.7', now: DAY_ONE })).toEqual({ outcome: 'laid', count: 1 });
    expect(await layCarnation({ subject, address: '203.0.113.7', now: LATER_DAY_ONE })).toEqual({ outcome: 'already', count: 1 });
    expect(await layCarnation({ subject, address: '203.0.113.8', now: LATER_DAY_ONE })).toEqual({ outcome: 'laid', count: 2 });
    expect(await layCarnation({ subject: victimSubjectKey('victim-two'), address: '203.0.113.7', now: LATER_DAY_ONE })).toEqual({ outcome: 'laid', count: 1 });
    expect(await layCarnation({ subject, address: '203.0.113.7', now: DAY_TWO })).toEqual({ outcome: 'laid', count: 3 });
    expect(await readCarnationCount(subject)).toBe(3);
    expect(await readCarnationCount(victimSubjectKey('nobody'))).toBe(0);
  });

  it('keeps no address: only keyed hashes of the day, which go with the day’s salt once the day is over', async () => {
    const subject = victimSubjectKey('victim-one');
    await layCarnation({ subject, address: '203.0.113.7', now: DAY_ONE });
    const tallies = await db.visitorDailyTally.findMany();
    expect(tallies).toHaveLength(2);
    const dump = JSON.stringify(await db.$queryRaw`SELECT * FROM "VisitorDailyTally"`, (_key, value: unknown) => (typeof value === 'bigint' ? String(value) : value));
    expect(dump).not.toContain('203.0.113.7');
    const [salt] = await db.visitorDaySalt.findMany();
    expect(tallies.map((tally) => Buffer.from(tally.addressHash).toString('hex'))).toContain(addressHash(salt!.salt, `carnation:${subject}`, '203.0.113.7').toString('hex'));

    await layCarnation({ subject, address: '203.0.113.9', now: DAY_TWO });
    const days = await db.visitorDaySalt.findMany({ select: { day: true } });
    expect(days.map((row) => row.day.toISOString())).toEqual(['2027-01-21T00:00:00.000Z']);
    const remaining = await db.visitorDailyTally.findMany({ select: { day: true } });
    expect(remaining.every((tally) => tally.day.toISOString() === '2027-01-21T00:00:00.000Z')).toBe(true);
    // The count outlives the day.
    expect(await readCarnationCount(subject)).toBe(2);
  });

  it('counts visitors whose address cannot be trusted as one, so the limit holds for all of them', async () => {
    const subject = victimSubjectKey('victim-one');
    expect((await layCarnation({ subject, address: null, now: DAY_ONE })).outcome).toBe('laid');
    expect((await layCarnation({ subject, address: null, now: DAY_ONE })).outcome).toBe('already');
  });

  it('stops at the daily cap over all records, and the refused one leaves nothing behind', async () => {
    for (let index = 0; index < CARNATIONS_PER_ADDRESS_PER_DAY; index += 1) {
      await layCarnation({ subject: victimSubjectKey(`v${index}`), address: '198.51.100.1', now: DAY_ONE });
    }
    const over = victimSubjectKey('one-too-many');
    expect(await layCarnation({ subject: over, address: '198.51.100.1', now: DAY_ONE })).toEqual({ outcome: 'limit', count: 0 });
    expect(await db.carnationCount.findUnique({ where: { subject: over } })).toBeNull();
    // The per-record tally was rolled back too: another address may still lay one for it.
    expect(await layCarnation({ subject: over, address: '198.51.100.2', now: DAY_ONE })).toEqual({ outcome: 'laid', count: 1 });
  });
});

describe('resolveCarnationTarget', () => {
  it('names only public records and anniversary years that have a page', async () => {
    const source = await createExternalSource();
    const published = await createVictim(source.id, { slug: 'a-published-victim' });
    await createVictim(source.id, { slug: 'a-draft-victim', status: 'DRAFT' });
    expect(await resolveCarnationTarget({ kind: 'victim', slug: 'a-published-victim' }, DAY_ONE)).toEqual({
      key: victimSubjectKey(published.id),
      path: '/victims/a-published-victim',
    });
    expect(await resolveCarnationTarget({ kind: 'victim', slug: 'a-draft-victim' }, DAY_ONE)).toBeNull();
    expect(await resolveCarnationTarget({ kind: 'victim', slug: 'Not A Slug' }, DAY_ONE)).toBeNull();
    expect(await resolveCarnationTarget({ kind: 'anniversary', year: 2027 }, DAY_ONE)).toEqual({ key: 'anniversary:2027', path: '/anniversaries/2027' });
    expect(await resolveCarnationTarget({ kind: 'anniversary', year: 2029 }, DAY_ONE)).toBeNull();
    expect(await resolveCarnationTarget({ kind: 'anniversary', year: 1990 }, DAY_ONE)).toBeNull();
  });
});
