import { beforeEach, describe, expect, it } from 'vitest';
import { StaleVersionError, MutationRefusedError } from '@/lib/records/errors';
import { readTestimonyRetry, deleteTestimonyRetry, saveTestimonyRetry, RETRIES_PER_ADDRESS_PER_DAY, RETRY_LIFETIME_MS } from '@/lib/testimonies/retry';
import { getTestimonyStatus } from '@/lib/testimonies/status-queries';
import type { TestimonySubmission } from '@/lib/testimonies/submission';
import { env } from '@/lib/env';
import { answerTestimony, submitTestimony, withdrawTestimony } from '@/lib/testimonies/visitor-mutations';
import { db, resetDatabase } from '@/tests/helpers/database';
import { createCurators, createExternalSource, createVictim } from '@/tests/helpers/factories';

const NOW = new Date('2027-01-20T06:00:00.000Z');
const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);
const EMAIL = 'sister@example.org';

let victimId: string;
let curator: { id: string };

beforeEach(async () => {
  await resetDatabase();
  const source = await createExternalSource();
  victimId = (await createVictim(source.id, { slug: 'ulvi-bunyadzade', nameLatin: 'Ülvi Bünyadzadə' })).id;
  ({ curator } = await createCurators());
});

function submission(overrides: Partial<TestimonySubmission> = {}): TestimonySubmission {
  return {
    locale: 'en',
    kind: 'ADDITION',
    victimSlug: 'ulvi-bunyadzade',
    proposal: { burialPlace: 'Alley of Martyrs' },
    withholdTarget: null,
    withholdReason: null,
    relation: 'His sister',
    knowledgeBasis: 'The death certificate',
    testifierName: 'A. Bünyadzadə',
    publishName: true,
    contactEmail: EMAIL,
    consentShare: true,
    consentContact: true,
    consentPhotographs: true,
    files: [
      { position: 1, kind: 'PHOTOGRAPH', contentType: 'image/jpeg', data: new Uint8Array([0xff, 0xd8, 0xff, 0xdb]), byteSize: 4, sha256: 'a'.repeat(64), rightsHolder: 'Our family', mayPublish: true },
      { position: 2, kind: 'DOCUMENT', contentType: 'application/pdf', data: new Uint8Array([0x25, 0x50, 0x44, 0x46]), byteSize: 4, sha256: 'b'.repeat(64), rightsHolder: null, mayPublish: false },
    ],
    ...overrides,
  };
}

async function submitted(address = '203.0.113.7', now = NOW): Promise<{ id: string; reference: string }> {
  const outcome = await submitTestimony({ submission: submission(), victimId, address, now });
  if (outcome.result !== 'received') throw new Error('expected the testimony to be received');
  return outcome;
}

/** A curator's question, as the curators' side writes it (their mutation is not part of this work). */
async function askQuestion(id: string, body: string): Promise<void> {
  await db.$transaction([
    db.testimony.update({ where: { id }, data: { status: 'NEEDS_INFORMATION', version: { increment: 1 } } }),
    db.testimonyMessage.create({ data: { testimonyId: id, party: 'CURATOR', body, userId: curator.id } }),
  ]);
}

async function auditOf(id: string) {
  return db.auditEntry.findMany({ where: { entityType: 'Testimony', entityId: id }, orderBy: { createdAt: 'asc' } });
}

describe('submitTestimony', () => {
  it('stores the testimony with its files and a reference, and opens its history without the e-mail or the bytes', async () => {
    const { id, reference } = await submitted();
    expect(reference).toMatch(/^T-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    const row = await db.testimony.findUniqueOrThrow({ where: { id }, include: { files: { orderBy: { position: 'asc' } } } });
    expect(row).toMatchObject({ status: 'RECEIVED', kind: 'ADDITION', victimId, contactEmail: EMAIL, proposal: { burialPlace: 'Alley of Martyrs' }, version: 1 });
    expect(row.files.map((file) => [file.position, file.kind, file.sha256])).toEqual([
      [1, 'PHOTOGRAPH', 'a'.repeat(64)],
      [2, 'DOCUMENT', 'b'.repeat(64)],
    ]);
    const [entry, ...rest] = await auditOf(id);
    expect(rest).toHaveLength(0);
    expect(entry).toMatchObject({ action: 'submit', userId: null, before: null });
    expect(entry!.after).toMatchObject({ reference, hasContactEmail: true, files: [{ position: 1, sha256: 'a'.repeat(64) }, { position: 2 }] });
    const json = JSON.stringify(entry);
    expect(json).not.toContain(EMAIL);
    expect(json).not.toContain('contactEmail');
    expect(json).not.toContain('"data"');
  });

  it('takes a few a day from one address, and again the next day', async () => {
    for (let index = 0; index < env.TESTIMONIES_PER_ADDRESS_PER_DAY; index += 1) await submitted('203.0.113.7', at(index));
    expect(await submitTestimony({ submission: submission(), victimId, address: '203.0.113.7', now: at(10) })).toEqual({ result: 'limit' });
    expect((await submitTestimony({ submission: submission(), victimId, address: '203.0.113.8', now: at(11) })).result).toBe('received');
    expect((await submitTestimony({ submission: submission(), victimId, address: '203.0.113.7', now: at(24 * 60) })).result).toBe('received');
    expect(await db.testimony.count()).toBe(env.TESTIMONIES_PER_ADDRESS_PER_DAY + 2);
  });
});

describe('the status page’s read', () => {
  it('says whether an e-mail address was given, never which', async () => {
    const { id } = await submitted();
    const view = await getTestimonyStatus(id);
    expect(view).toMatchObject({ hasContactEmail: true, status: 'RECEIVED', victimSlug: 'ulvi-bunyadzade', files: [{ position: 1 }, { position: 2 }] });
    expect(JSON.stringify(view)).not.toContain(EMAIL);
    expect(await getTestimonyStatus('nosuchtestimony')).toBeNull();
  });
});

describe('answerTestimony', () => {
  it('records the testifier’s answer and puts the testimony back in review, once, at the version the page showed', async () => {
    const { id } = await submitted();
    await askQuestion(id, 'Which cemetery?');
    await expect(answerTestimony({ id, version: 1, body: 'Stale.', now: at(5) })).rejects.toBeInstanceOf(StaleVersionError);
    await answerTestimony({ id, version: 2, body: 'The Alley of Martyrs, row 3.', now: at(6) });
    const row = await db.testimony.findUniqueOrThrow({ where: { id }, include: { messages: { orderBy: { createdAt: 'asc' } } } });
    expect(row).toMatchObject({ status: 'IN_REVIEW', version: 3 });
    expect(row.messages.map((message) => [message.party, message.body])).toEqual([
      ['CURATOR', 'Which cemetery?'],
      ['TESTIFIER', 'The Alley of Martyrs, row 3.'],
    ]);
    const entries = await auditOf(id);
    expect(entries.map((entry) => [entry.action, entry.userId])).toEqual([
      ['submit', null],
      ['answer', null],
    ]);
    expect(JSON.stringify(entries)).not.toContain(EMAIL);
    // No question is open any more: a second answer is refused in plain words.
    await expect(answerTestimony({ id, version: 3, body: 'Again.', now: at(7) })).rejects.toBeInstanceOf(MutationRefusedError);
  });
});

describe('withdrawTestimony', () => {
  it('deletes the contact e-mail, the files and the mail waiting about it at once, and keeps a history without them', async () => {
    const { id } = await submitted();
    const other = await submitted('203.0.113.9');
    await db.outgoingMail.createMany({
      data: [
        { recipient: EMAIL, subject: 'Your testimony', text: 'Received.', testimonyId: id },
        { recipient: EMAIL, subject: 'Another testimony', text: 'Received.', testimonyId: other.id },
      ],
    });
    await withdrawTestimony({ id, version: 1, now: at(30) });
    const row = await db.testimony.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: 'WITHDRAWN', contactEmail: null, personalDataDeletedAt: at(30), version: 2 });
    expect(await db.testimonyFile.count({ where: { testimonyId: id } })).toBe(0);
    expect(await db.outgoingMail.count({ where: { testimonyId: id } })).toBe(0);
    // Another testimony's files and mail are untouched.
    expect(await db.testimonyFile.count({ where: { testimonyId: other.id } })).toBe(2);
    expect(await db.outgoingMail.count({ where: { testimonyId: other.id } })).toBe(1);
    const entries = await auditOf(id);
    expect(entries.map((entry) => entry.action)).toEqual(['submit', 'withdraw']);
    expect(entries[1]!.before).toMatchObject({ hasContactEmail: true, status: 'RECEIVED' });
    expect(entries[1]!.after).toMatchObject({ hasContactEmail: false, status: 'WITHDRAWN', files: [] });
    expect(JSON.stringify(entries)).not.toContain(EMAIL);
    expect((await getTestimonyStatus(id))?.personalDataDeleted).toBe(true);
  });

  it('refuses a closed testimony and a stale page', async () => {
    const { id } = await submitted();
    await expect(withdrawTestimony({ id, version: 7, now: at(1) })).rejects.toBeInstanceOf(StaleVersionError);
    await withdrawTestimony({ id, version: 1, now: at(2) });
    await expect(withdrawTestimony({ id, version: 2, now: at(3) })).rejects.toBeInstanceOf(MutationRefusedError);
  });
});

describe('a refused form kept for another try', () => {
  it('is read back until it expires, and deleted when the form is sent again', async () => {
    const id = (await saveTestimonyRetry({ locale: 'en', values: { nameLatin: 'Ülvi', contactEmail: 'x' }, problems: { contactEmail: ['email-invalid'] }, fileNames: ['photo.jpg'], address: '203.0.113.7', now: NOW }))!;
    expect(id).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await readTestimonyRetry(id, at(59))).toEqual({ locale: 'en', values: { nameLatin: 'Ülvi', contactEmail: 'x' }, problems: { contactEmail: ['email-invalid'] }, fileNames: ['photo.jpg'] });
    expect(await readTestimonyRetry(id, new Date(NOW.getTime() + RETRY_LIFETIME_MS))).toBeNull();
    expect(await readTestimonyRetry('not-an-id', NOW)).toBeNull();
    // The next save deletes what has expired.
    await saveTestimonyRetry({ locale: 'en', values: {}, problems: {}, fileNames: [], address: '203.0.113.7', now: at(61) });
    expect(await db.testimonyRetry.count({ where: { id } })).toBe(0);
    const again = (await saveTestimonyRetry({ locale: 'en', values: {}, problems: {}, fileNames: [], address: '203.0.113.7', now: at(62) }))!;
    await deleteTestimonyRetry(again);
    expect(await db.testimonyRetry.count()).toBe(1);
    // A testimony received after they expired deletes them as well.
    await submitted('203.0.113.7', at(62 + 61));
    expect(await db.testimonyRetry.count()).toBe(0);
  });

  it('keeps at most RETRIES_PER_ADDRESS_PER_DAY refused forms of one address a day; other addresses keep theirs', async () => {
    const keep = (address: string) => saveTestimonyRetry({ locale: 'en', values: { occupation: 'Teacher' }, problems: {}, fileNames: [], address, now: NOW });
    for (let index = 0; index < RETRIES_PER_ADDRESS_PER_DAY; index += 1) expect(await keep('198.51.100.9')).not.toBeNull();
    expect(await keep('198.51.100.9')).toBeNull();
    expect(await keep('198.51.100.10')).not.toBeNull();
    expect(await db.testimonyRetry.count()).toBe(RETRIES_PER_ADDRESS_PER_DAY + 1);
  });
});
