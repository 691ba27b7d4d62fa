import { beforeEach, describe, expect, it } from 'vitest';
import { MutationRefusedError, StaleVersionError } from '@/lib/records/errors';
import {
  acceptTestimony,
  askTestimony,
  decideWithholdRequest,
  declineTestimony,
  reviewTestimony,
  testimonySourceKey,
  usePhotographAsRecordPhoto,
} from '@/lib/testimonies/curator-mutations';
import { acceptTestimonySchema, askTestimonySchema, declineTestimonySchema, withholdDecisionSchema } from '@/lib/testimonies/curator-schema';
import {
  countTestimoniesWaiting,
  getAcceptedTestimonyForRecord,
  getTestimonyForCurators,
  listTestimoniesForCurators,
  listUnappliedTestimonies,
} from '@/lib/testimonies/curator-queries';
import { readListedContent, readVictimBatches } from '@/lib/export/queries';
import { restoreVictimVersion, updateVictim } from '@/lib/victims/mutations';
import { getVictimBySlug, listVictims } from '@/lib/victims/queries';
import { db, resetDatabase } from '@/tests/helpers/database';
import { createCurators, createExternalSource, createVictim } from '@/tests/helpers/factories';
import { tinyPng } from '@/tests/helpers/image-fixtures';
import { victimInput } from '@/tests/helpers/record-inputs';
import { createTestimony, TESTIFIER_EMAIL } from '@/tests/helpers/testimonies';

/** 14:00 in Baku on 20 January 2027, 10:00 UTC: the decision day is 2027-01-20. */
const DECIDED_AT = new Date('2027-01-20T10:00:00.000Z');
/** 02:00 in Baku on 21 January, still the 20th in UTC: the source's date is Baku's day. */
const AFTER_BAKU_MIDNIGHT = new Date('2027-01-20T22:00:00.000Z');

let curator: { id: string };
let otherCurator: { id: string };
let sourceId: string;

beforeEach(async () => {
  await resetDatabase();
  ({ curator, otherCurator } = await createCurators());
  sourceId = (await createExternalSource()).id;
});

async function testimony(id: string) {
  return db.testimony.findUniqueOrThrow({ where: { id } });
}

async function auditOf(entityType: string, entityId: string) {
  return db.auditEntry.findMany({ where: { entityType, entityId }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
}

describe('the workflow: review, ask, decline', () => {
  it('opens the review, asks a question, and declines with a reason, each with its audit entry; a closed testimony moves no more', async () => {
    const created = await createTestimony({ kind: 'NEW_PERSON', proposal: { nameLatin: 'Aynur Quliyeva' } });
    expect(await reviewTestimony(curator, { id: created.id, version: 1 })).toMatchObject({ status: 'IN_REVIEW', tags: [] });
    // Opening the review again is not a transition of IN_REVIEW.
    await expect(reviewTestimony(curator, { id: created.id, version: 2 })).rejects.toThrow(/in review cannot be taken into review/);

    await askTestimony(curator, { id: created.id, version: 2, question: 'Do you have her birth certificate?' });
    expect(await testimony(created.id)).toMatchObject({ status: 'NEEDS_INFORMATION', version: 3 });
    expect(await db.testimonyMessage.findMany({ where: { testimonyId: created.id }, select: { party: true, body: true, userId: true } })).toEqual([
      { party: 'CURATOR', body: 'Do you have her birth certificate?', userId: curator.id },
    ]);

    await declineTestimony(curator, { id: created.id, version: 3, reason: 'No source confirms that she was in Baku.' }, DECIDED_AT);
    expect(await testimony(created.id)).toMatchObject({ status: 'DECLINED', decisionMessage: 'No source confirms that she was in Baku.', decidedAt: DECIDED_AT, version: 4 });
    for (const decision of [
      () => acceptTestimony(curator, { id: created.id, version: 4, fields: ['nameLatin'] }),
      () => askTestimony(curator, { id: created.id, version: 4, question: 'Again?' }),
      () => declineTestimony(curator, { id: created.id, version: 4, reason: 'Again' }),
    ]) {
      await expect(decision()).rejects.toBeInstanceOf(MutationRefusedError);
    }
    expect((await testimony(created.id)).version).toBe(4);

    const audit = await auditOf('Testimony', created.id);
    expect(audit.map((entry) => [entry.action, entry.userId, (entry.before as { status?: string } | null)?.status ?? null, (entry.after as { status: string }).status])).toEqual([
      ['submit', null, null, 'RECEIVED'],
      ['review', curator.id, 'RECEIVED', 'IN_REVIEW'],
      ['ask', curator.id, 'IN_REVIEW', 'NEEDS_INFORMATION'],
      ['decline', curator.id, 'NEEDS_INFORMATION', 'DECLINED'],
    ]);
    // The question is in the history with the decision that asked it.
    expect(JSON.stringify(audit[2]!.after)).toContain('Do you have her birth certificate?');
  });

  it('refuses a decision taken on a stale version, naming who decided in between', async () => {
    const created = await createTestimony({ proposal: { burialPlace: 'Alley of Martyrs' } });
    await reviewTestimony(otherCurator, { id: created.id, version: 1 });
    const stale = askTestimony(curator, { id: created.id, version: 1, question: 'Which row?' });
    await expect(stale).rejects.toBeInstanceOf(StaleVersionError);
    await expect(askTestimony(curator, { id: created.id, version: 1, question: 'Which row?' })).rejects.toMatchObject({ savedBy: 'Second Curator' });
    expect(await db.testimonyMessage.count()).toBe(0);
    expect((await testimony(created.id)).status).toBe('IN_REVIEW');
  });

  it('parses the curators’ forms with every error at once', () => {
    expect(askTestimonySchema.safeParse({ id: 't', version: '1', question: '   ' }).success).toBe(false);
    const decline = declineTestimonySchema.safeParse({ id: '', version: 'x', reason: '' });
    expect(decline.success).toBe(false);
    expect(Object.keys(decline.error!.flatten().fieldErrors).sort()).toEqual(['id', 'reason', 'version']);
    expect(acceptTestimonySchema.safeParse({ id: 't', version: '2' }).error?.issues[0]?.message).toMatch(/Tick at least one/);
    expect(acceptTestimonySchema.safeParse({ id: 't', version: '2', fields: ['nameLatin', 'email'] }).success).toBe(false);
    expect(acceptTestimonySchema.parse({ id: 't', version: '2', fields: 'deathDate' }).fields).toEqual(['deathDate']);
    expect(withholdDecisionSchema.safeParse({ id: 't', version: '1', decision: 'decline' }).error?.issues[0]?.path).toEqual(['reason']);
    expect(withholdDecisionSchema.safeParse({ id: 't', version: '1', decision: 'withhold-silent' }).success).toBe(true);
  });
});

describe('accepting a testimony', () => {
  it('makes a new person’s record a DRAFT with only the accepted values, citing a new TESTIMONY source for those facts', async () => {
    const created = await createTestimony({
      kind: 'NEW_PERSON',
      locale: 'az',
      proposal: { nameLatin: 'Aynur Quliyeva', otherNames: ['Ainur Kulieva'], deathDate: '1990-01-20', burialPlace: 'Not accepted' },
    });
    const result = await acceptTestimony(curator, { id: created.id, version: 1, fields: ['nameLatin', 'otherNames', 'deathDate'] }, AFTER_BAKU_MIDNIGHT);
    const accepted = await testimony(created.id);
    expect(accepted).toMatchObject({ status: 'ACCEPTED', acceptedFields: ['nameLatin', 'otherNames', 'deathDate'], decidedAt: AFTER_BAKU_MIDNIGHT, version: 2 });
    expect(result.victimId).toBe(accepted.victimId);

    const source = await db.source.findUniqueOrThrow({ where: { id: accepted.sourceId! } });
    expect(source).toMatchObject({ kind: 'TESTIMONY', status: 'PUBLISHED', author: 'Rauf Məmmədov', datePrecision: 'DAY', key: testimonySourceKey(created.reference) });
    expect(source.date?.toISOString().slice(0, 10)).toBe('2027-01-21');

    const draft = await db.victim.findUniqueOrThrow({ where: { id: accepted.victimId! }, include: { citations: true } });
    expect(draft).toMatchObject({ status: 'DRAFT', language: 'az', slug: 'aynur-quliyeva', nameLatin: 'Aynur Quliyeva', otherNames: ['Ainur Kulieva'], deathDatePrecision: 'DAY', burialPlace: null });
    expect(draft.deathDate?.toISOString().slice(0, 10)).toBe('1990-01-20');
    expect(draft.citations).toEqual([expect.objectContaining({ sourceId: source.id, quote: null, supports: ['name', 'deathDate'] })]);
    expect(result.tags).toEqual(expect.arrayContaining(['sources', 'victims', 'victim:aynur-quliyeva']));

    expect((await auditOf('Victim', draft.id)).map((entry) => [entry.action, entry.userId])).toEqual([['create', curator.id]]);
    expect((await auditOf('Source', source.id)).map((entry) => entry.action)).toEqual(['create']);
    expect((await auditOf('Testimony', created.id)).map((entry) => entry.action)).toEqual(['submit', 'accept']);
  });

  it('names no contributor when the testifier did not allow it, and gives a taken address the reference', async () => {
    await createVictim(sourceId, { slug: 'aynur-quliyeva', nameLatin: 'Aynur Quliyeva' });
    const created = await createTestimony({ kind: 'NEW_PERSON', publishName: false, proposal: { nameLatin: 'Aynur Quliyeva' } });
    await acceptTestimony(curator, { id: created.id, version: 1, fields: ['nameLatin'] }, DECIDED_AT);
    const accepted = await db.testimony.findUniqueOrThrow({ where: { id: created.id }, include: { source: true, victim: true } });
    expect(accepted.source).toMatchObject({ author: null, title: 'A family’s testimony' });
    expect(accepted.victim?.slug).toBe(`aynur-quliyeva-${created.reference.toLowerCase().slice(2)}`);
  });

  it('refuses values the testimony does not state, and a new person without a name; nothing is written', async () => {
    const created = await createTestimony({ kind: 'NEW_PERSON', proposal: { nameLatin: 'Aynur Quliyeva', burialPlace: 'Alley of Martyrs' } });
    await expect(acceptTestimony(curator, { id: created.id, version: 1, fields: ['deathDate'] })).rejects.toMatchObject({ fieldErrors: { fields: [expect.stringMatching(/deathDate/)] } });
    await expect(acceptTestimony(curator, { id: created.id, version: 1, fields: ['burialPlace'] })).rejects.toBeInstanceOf(MutationRefusedError);
    expect(await db.source.count({ where: { kind: 'TESTIMONY' } })).toBe(0);
    expect(await db.victim.count()).toBe(0);
    expect(await testimony(created.id)).toMatchObject({ status: 'RECEIVED', version: 1 });
  });

  it('accepts an addition without changing the public record; the curator’s save with a correction note applies it', async () => {
    const victim = await createVictim(sourceId, { slug: 'elmira-huseynova', nameLatin: 'Elmira Hüseynova', deathPlace: 'Baku' });
    const created = await createTestimony({ victimId: victim.id, proposal: { burialPlace: 'Alley of Martyrs', occupation: 'Nurse', home: 'Not accepted' } });
    // Ticked in any order, kept in the form's.
    await acceptTestimony(curator, { id: created.id, version: 1, fields: ['burialPlace', 'occupation'] }, DECIDED_AT);
    const unchanged = await db.victim.findUniqueOrThrow({ where: { id: victim.id } });
    expect(unchanged).toMatchObject({ version: 1, burialPlace: null, occupation: null, status: 'PUBLISHED' });

    const pending = await getAcceptedTestimonyForRecord(created.id, victim.id);
    expect(pending).toMatchObject({ reference: created.reference, acceptedFields: ['occupation', 'burialPlace'], proposal: { burialPlace: 'Alley of Martyrs' } });
    expect(await getAcceptedTestimonyForRecord(created.id, 'another-record')).toBeNull();
    expect((await listUnappliedTestimonies(victim.id)).map((row) => row.id)).toEqual([created.id]);

    await updateVictim(curator, victim.id, 1, {
      ...victimInput(sourceId, { slug: 'elmira-huseynova', nameLatin: 'Elmira Hüseynova', deathPlace: 'Baku', burialPlace: 'Alley of Martyrs', occupation: 'Nurse', age: null }),
      citations: [
        { sourceId, quote: 'Quoted words.', page: null, quoteIsVerbatim: true },
        { sourceId: pending!.sourceId, quote: null, page: null, quoteIsVerbatim: false, supports: ['burialPlace', 'occupation'] },
      ],
      correctionNote: 'The burial place and occupation added from the family’s testimony.',
    });
    expect(await listUnappliedTestimonies(victim.id)).toEqual([]);
    expect(await db.victimCorrection.findMany({ where: { victimId: victim.id }, select: { note: true, version: true } })).toEqual([
      { note: 'The burial place and occupation added from the family’s testimony.', version: 2 },
    ]);
  });

  it('refuses to accept a withhold request as an addition', async () => {
    const victim = await createVictim(sourceId);
    const created = await createTestimony({ kind: 'WITHHOLD', victimId: victim.id, withholdTarget: 'deathPlace' });
    await expect(acceptTestimony(curator, { id: created.id, version: 1, fields: ['deathPlace'] })).rejects.toThrow(/does not apply/);
    await expect(declineTestimony(curator, { id: created.id, version: 1, reason: 'x' })).rejects.toThrow(/does not apply/);
  });
});

describe('withhold requests', () => {
  it('clears a field with the notice, as a versioned change of the victim whose history keeps the value and why', async () => {
    const victim = await createVictim(sourceId, { slug: 'withheld-place', deathPlace: 'Near the Salyan barracks' });
    await db.disputedValue.create({ data: { victimId: victim.id, field: 'deathPlace', text: 'Another street', sourceId } });
    const created = await createTestimony({ kind: 'WITHHOLD', victimId: victim.id, withholdTarget: 'deathPlace', withholdReason: 'The family asks that the place stay private.' });
    const result = await decideWithholdRequest(curator, { id: created.id, version: 1, decision: 'withhold-notice' }, DECIDED_AT);
    expect(result).toMatchObject({ status: 'ACCEPTED', tags: ['victims', 'victim:withheld-place'] });
    const after = await db.victim.findUniqueOrThrow({ where: { id: victim.id } });
    expect(after).toMatchObject({ deathPlace: null, withheldFields: ['deathPlace'], version: 2, status: 'PUBLISHED' });
    expect(await db.disputedValue.count({ where: { victimId: victim.id } })).toBe(0);
    const [entry] = await auditOf('Victim', victim.id);
    expect(entry).toMatchObject({ action: 'withhold', userId: curator.id, before: expect.objectContaining({ deathPlace: 'Near the Salyan barracks' }) });
    expect(entry!.after).toMatchObject({ deathPlace: null, withheld: { target: 'deathPlace', notice: true, reason: 'The family asks that the place stay private.', reference: created.reference } });
    expect(await testimony(created.id)).toMatchObject({ status: 'ACCEPTED', acceptedFields: ['deathPlace'], decidedAt: DECIDED_AT });
  });

  it('keeps a withheld detail out of a version restored from history, notice or not', async () => {
    const victim = await createVictim(sourceId, { slug: 'restored-after-withhold', deathPlace: 'Near the Salyan barracks', occupation: 'Driver' });
    const created = await createTestimony({ kind: 'WITHHOLD', victimId: victim.id, withholdTarget: 'deathPlace' });
    await decideWithholdRequest(curator, { id: created.id, version: 1, decision: 'withhold-silent' });
    const [withheldEntry] = await auditOf('Victim', victim.id);
    const { version } = await db.victim.findUniqueOrThrow({ where: { id: victim.id }, select: { version: true } });

    // The version before the withholding, which holds the place, restored as a new version.
    await restoreVictimVersion(curator, victim.id, version, { ...(withheldEntry!.before as object), occupation: 'Bus driver' });

    expect(await db.victim.findUniqueOrThrow({ where: { id: victim.id } })).toMatchObject({ deathPlace: null, occupation: 'Bus driver', version: version + 1 });
  });

  it('clears a translated text without the notice, with its translations', async () => {
    const victim = await createVictim(sourceId, { circumstances: 'Details the family wants private.' });
    await db.contentTranslation.create({ data: { recordKind: 'VICTIM', recordId: victim.id, field: 'circumstances', locale: 'az', text: 'Tərcümə' } });
    const created = await createTestimony({ kind: 'WITHHOLD', victimId: victim.id, withholdTarget: 'circumstances' });
    await decideWithholdRequest(curator, { id: created.id, version: 1, decision: 'withhold-silent' });
    expect(await db.victim.findUniqueOrThrow({ where: { id: victim.id } })).toMatchObject({ circumstances: null, withheldFields: [] });
    expect(await db.contentTranslation.count()).toBe(0);
  });

  it('deletes the photograph, and unpublishes the whole record, each with its audit entry', async () => {
    const victim = await createVictim(sourceId, { slug: 'with-photo' });
    await db.victimPhoto.create({ data: { victimId: victim.id, contentType: 'image/png', byteSize: 3, sha256: 'abc', data: Buffer.from([1, 2, 3]), altText: 'Portrait', credit: 'Family' } });
    const photoRequest = await createTestimony({ kind: 'WITHHOLD', victimId: victim.id, withholdTarget: 'photo' });
    await decideWithholdRequest(curator, { id: photoRequest.id, version: 1, decision: 'withhold-silent' });
    expect(await db.victimPhoto.count()).toBe(0);
    expect((await auditOf('VictimPhoto', victim.id)).map((entry) => entry.action)).toEqual(['withhold']);

    const recordRequest = await createTestimony({ kind: 'WITHHOLD', victimId: victim.id, withholdTarget: 'record' });
    await decideWithholdRequest(curator, { id: recordRequest.id, version: 1, decision: 'withhold-silent' });
    expect(await db.victim.findUniqueOrThrow({ where: { id: victim.id } })).toMatchObject({ status: 'DRAFT', publishAt: null, deletedAt: null });
    // A second photo request finds nothing to remove: refused, nothing changed.
    const again = await createTestimony({ kind: 'WITHHOLD', victimId: victim.id, withholdTarget: 'photo' });
    await expect(decideWithholdRequest(curator, { id: again.id, version: 1, decision: 'withhold-notice' })).rejects.toThrow(/no photograph/);
    expect((await testimony(again.id)).status).toBe('RECEIVED');
  });

  it('declines a request with the reason the testifier reads; the record is untouched', async () => {
    const victim = await createVictim(sourceId, { deathPlace: 'Baku' });
    const created = await createTestimony({ kind: 'WITHHOLD', victimId: victim.id, withholdTarget: 'deathPlace' });
    await decideWithholdRequest(curator, { id: created.id, version: 1, decision: 'decline', reason: 'The place is stated by three published sources.' }, DECIDED_AT);
    expect(await testimony(created.id)).toMatchObject({ status: 'DECLINED', decisionMessage: 'The place is stated by three published sources.' });
    expect(await db.victim.findUniqueOrThrow({ where: { id: victim.id } })).toMatchObject({ deathPlace: 'Baku', version: 1 });
  });
});

describe('photographs', () => {
  it('makes a photograph the testifier allowed to publish the record’s photograph, credited to its rights holder', async () => {
    const victim = await createVictim(sourceId);
    const created = await createTestimony({
      victimId: victim.id,
      proposal: { burialPlace: 'Alley of Martyrs' },
      files: [
        { position: 0, kind: 'PHOTOGRAPH', contentType: 'image/png', byteSize: tinyPng().length, sha256: 'x', data: Buffer.from(tinyPng()), rightsHolder: 'The Məmmədov family', mayPublish: true },
        { position: 1, kind: 'PHOTOGRAPH', contentType: 'image/png', byteSize: tinyPng().length, sha256: 'y', data: Buffer.from(tinyPng()), rightsHolder: 'A newspaper', mayPublish: false },
      ],
    });
    const [allowed, notAllowed] = await db.testimonyFile.findMany({ where: { testimonyId: created.id }, orderBy: { position: 'asc' } });
    const use = (fileId: string, version: number) => usePhotographAsRecordPhoto(curator, { id: created.id, version, fileId, altText: 'Portrait, about 1985', contentWarning: false, photoState: '' });
    await expect(use(allowed!.id, 1)).rejects.toThrow(/Accept the testimony first/);
    await acceptTestimony(curator, { id: created.id, version: 1, fields: ['burialPlace'] });
    await expect(use(notAllowed!.id, 2)).rejects.toThrow(/allowed the memorial to publish/);
    await use(allowed!.id, 2);
    expect(await db.victimPhoto.findUniqueOrThrow({ where: { victimId: victim.id } })).toMatchObject({ credit: 'The Məmmədov family', altText: 'Portrait, about 1985', contentType: 'image/png' });
  });
});

describe('what curators read, and what the history keeps', () => {
  it('counts new and answered testimonies, lists them newest first, and shows the e-mail only on the curators’ read', async () => {
    const older = await createTestimony({ proposal: { home: 'Sumqayıt' }, createdAt: new Date('2027-01-01T00:00:00Z') });
    const answered = await createTestimony({ proposal: { home: 'Baku' }, createdAt: new Date('2027-01-02T00:00:00Z') });
    await askTestimony(curator, { id: answered.id, version: 1, question: 'Which district?' });
    // The testifier's answer, as the status page's code leaves it (another branch's work).
    await db.$transaction([
      db.testimonyMessage.create({ data: { testimonyId: answered.id, party: 'TESTIFIER', body: 'Yasamal.' } }),
      db.testimony.update({ where: { id: answered.id }, data: { status: 'IN_REVIEW', version: { increment: 1 } } }),
    ]);
    expect(await countTestimoniesWaiting()).toEqual({ received: 1, answered: 1 });
    const queue = await listTestimoniesForCurators({ status: null });
    expect(queue.rows.map((row) => [row.id, row.answered])).toEqual([
      [answered.id, true],
      [older.id, false],
    ]);
    expect(queue.counts).toMatchObject({ RECEIVED: 1, IN_REVIEW: 1, ACCEPTED: 0 });
    expect((await listTestimoniesForCurators({ status: 'RECEIVED' })).rows.map((row) => row.id)).toEqual([older.id]);
    expect((await getTestimonyForCurators(older.id))?.contactEmail).toBe(TESTIFIER_EMAIL);
  });

  it('keeps no e-mail address and no file bytes in any audit entry or source', async () => {
    const victim = await createVictim(sourceId, { deathPlace: 'Baku' });
    const files = [{ position: 0, kind: 'PHOTOGRAPH' as const, contentType: 'image/png', byteSize: 5, sha256: 'z', data: Buffer.from('BYTES'), rightsHolder: 'Family', mayPublish: true }];
    const addition = await createTestimony({ victimId: victim.id, proposal: { burialPlace: 'Alley of Martyrs' }, files });
    await reviewTestimony(curator, { id: addition.id, version: 1 });
    await askTestimony(curator, { id: addition.id, version: 2, question: 'Where exactly?' });
    await acceptTestimony(curator, { id: addition.id, version: 3, fields: ['burialPlace'] });
    const person = await createTestimony({ kind: 'NEW_PERSON', proposal: { nameLatin: 'New Person' } });
    await acceptTestimony(curator, { id: person.id, version: 1, fields: ['nameLatin'] });
    const withhold = await createTestimony({ kind: 'WITHHOLD', victimId: victim.id, withholdTarget: 'deathPlace' });
    await decideWithholdRequest(curator, { id: withhold.id, version: 1, decision: 'withhold-notice' });
    const declined = await createTestimony({ victimId: victim.id, proposal: { home: 'x' } });
    await declineTestimony(curator, { id: declined.id, version: 1, reason: 'No.' });

    const everything = JSON.stringify([await db.auditEntry.findMany(), await db.source.findMany(), await db.citation.findMany()]);
    expect(everything).not.toContain(TESTIFIER_EMAIL);
    expect(everything).not.toContain('family.member');
    expect(everything).not.toContain(Buffer.from('BYTES').toString('base64'));
    expect(everything).not.toContain('"BYTES"');
    expect(await db.auditEntry.count({ where: { entityType: 'Testimony' } })).toBe(10);
  });
});

describe('what the public answers show after a decision', () => {
  it('marks a withheld detail, and no page read, search, or export holds its value or the e-mail', async () => {
    const victim = await createVictim(sourceId, { slug: 'public-withheld', nameLatin: 'Leyla Əliyeva', otherNames: ['Zümrüd Xanım'], deathPlace: 'Private street 7' });
    const names = await createTestimony({ kind: 'WITHHOLD', victimId: victim.id, withholdTarget: 'otherNames' });
    await decideWithholdRequest(curator, { id: names.id, version: 1, decision: 'withhold-notice' });
    const place = await createTestimony({ kind: 'WITHHOLD', victimId: victim.id, withholdTarget: 'deathPlace' });
    await decideWithholdRequest(curator, { id: place.id, version: 1, decision: 'withhold-silent' });
    const addition = await createTestimony({ victimId: victim.id, proposal: { burialPlace: 'Alley of Martyrs' } });
    await acceptTestimony(curator, { id: addition.id, version: 1, fields: ['burialPlace'] }, DECIDED_AT);

    const detail = await getVictimBySlug('public-withheld');
    expect(detail).toMatchObject({ otherNames: [], deathPlace: null, withheldFields: ['otherNames'] });
    expect((await listVictims({ q: 'Zümrüd Xanım', page: 1 })).victims).toEqual([]);
    expect((await listVictims({ q: 'Leyla Əliyeva', page: 1 })).victims.map((row) => row.slug)).toEqual(['public-withheld']);

    const listed = await readListedContent(db, new Date());
    const exported: unknown[] = [];
    for await (const batch of readVictimBatches(db, new Date(), 100)) exported.push(...batch);
    const publicText = JSON.stringify([detail, listed, exported]);
    for (const secret of ['Zümrüd', 'Private street 7', TESTIFIER_EMAIL]) expect(publicText).not.toContain(secret);
    // The accepted testimony is a public source, named as the testifier allowed, dated the decision day.
    expect(JSON.stringify(listed)).toContain(testimonySourceKey(addition.reference));
  });
});
