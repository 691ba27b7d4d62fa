import 'server-only';
import { recordAudit } from '@/lib/audit/mutations';
import { bakuDay } from '@/lib/baku-time';
import { cacheTags } from '@/lib/cache-tags';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { TestimonyStatus } from '@/lib/generated/prisma/enums';
import type { Actor } from '@/lib/records/change';
import { MutationRefusedError, RecordNotFoundError } from '@/lib/records/errors';
import { acceptedVictimForm, supportedFacts } from '@/lib/testimonies/accepted-values';
import type {
  AcceptTestimonyInput,
  AskTestimonyInput,
  DeclineTestimonyInput,
  ReviewTestimonyInput,
  UsePhotographInput,
  WithholdDecisionInput,
} from '@/lib/testimonies/curator-schema';
import { isWithholdTarget, PROPOSAL_FIELD_NAMES, storedProposalSchema } from '@/lib/testimonies/fields';
import type { TestimonySnapshot } from '@/lib/testimonies/snapshot';
import type { TestimonyMailEvent } from '@/lib/testimonies/notify';
import { CURATOR_TRANSITIONS } from '@/lib/testimonies/states';
import { changeTestimony } from '@/lib/testimonies/transition';
import { defaultVictimSlug, parseVictimForm, parseVictimLanguage } from '@/lib/victims/admin-schema';
import { clearedColumns } from '@/lib/victims/withheld';
import { createVictimDraftIn, readVictimSnapshot, victimCacheTags, type VictimSnapshot } from '@/lib/victims/mutations';
import { PHOTO_ENTITY, photoAuditSelect, saveVictimPhoto } from '@/lib/victims/photos/photo-mutations';
import { sniffImageType } from '@/lib/victims/photos/photo';
import { victimSearchKey } from '@/lib/victims/search/search-key';

/** What a decision changed: the testimony's new state, the record it concerns, the public tags to expire. */
export type TestimonyDecisionResult = { status: TestimonyStatus; victimId: string | null; tags: string[] };

type Decision = keyof typeof CURATOR_TRANSITIONS;

const VERBS: Record<Decision, string> = { review: 'taken into review', ask: 'asked a question', accept: 'accepted', decline: 'declined' };

/**
 * One curator decision on a testimony, in one transaction with its audit entry (versionedChange at the
 * version the curator saw; a stale one is refused naming who saved). `prepare` runs first inside the
 * transaction (records it creates or changes, with their own audit entries) and returns the
 * testimony's columns; the testifier's message is queued after the row is written, and sent once the
 * transaction has committed.
 */
async function decide(
  actor: Actor,
  input: { id: string; version: number },
  decision: Decision,
  options: {
    mail: TestimonyMailEvent;
    allowedKinds?: readonly string[];
    prepare: (tx: Prisma.TransactionClient, before: TestimonySnapshot) => Promise<{ data: Prisma.TestimonyUncheckedUpdateManyInput; tags?: string[] }>;
  },
): Promise<TestimonyDecisionResult> {
  const transition = CURATOR_TRANSITIONS[decision];
  const { after, tags } = await changeTestimony({
    actor,
    input,
    action: decision,
    from: transition.from,
    to: transition.to,
    refusal: (before) => `A testimony that is ${describeStatus(before.status)} cannot be ${VERBS[decision]}. Nothing was changed.`,
    mail: options.mail,
    prepare: async (tx, before) => {
      if (options.allowedKinds && !options.allowedKinds.includes(before.kind)) {
        throw new MutationRefusedError('This decision does not apply to this kind of testimony. Nothing was changed.');
      }
      return options.prepare(tx, before);
    },
  });
  return { status: after.status, victimId: after.victimId, tags };
}

/** "received", "in review", "waiting for information"…, for refusals. */
export function describeStatus(status: TestimonyStatus): string {
  const words: Record<TestimonyStatus, string> = {
    RECEIVED: 'new',
    IN_REVIEW: 'in review',
    NEEDS_INFORMATION: 'waiting for the testifier’s answer',
    ACCEPTED: 'accepted',
    DECLINED: 'declined',
    WITHDRAWN: 'withdrawn',
  };
  return words[status];
}

/** A curator opens the review of a new testimony (RECEIVED → IN_REVIEW); the testifier is told. */
export function reviewTestimony(actor: Actor, input: ReviewTestimonyInput): Promise<TestimonyDecisionResult> {
  return decide(actor, input, 'review', { mail: 'in-review', prepare: async () => ({ data: {} }) });
}

/** A curator's question to the testifier (a CURATOR message): the testimony waits for the answer. */
export function askTestimony(actor: Actor, input: AskTestimonyInput): Promise<TestimonyDecisionResult> {
  return decide(actor, input, 'ask', {
    mail: 'needs-information',
    prepare: async (tx, before) => {
      await tx.testimonyMessage.create({ data: { testimonyId: before.id, party: 'CURATOR', body: input.question, userId: actor.id } });
      return { data: {} };
    },
  });
}

/** Declines with a reason the testifier reads on the status page (and by e-mail). */
export function declineTestimony(actor: Actor, input: DeclineTestimonyInput, now: Date = new Date()): Promise<TestimonyDecisionResult> {
  return decide(actor, input, 'decline', {
    mail: 'declined',
    allowedKinds: ['NEW_PERSON', 'ADDITION'],
    prepare: async () => ({ data: { decisionMessage: input.reason, decidedAt: now } }),
  });
}

/** The stable key of an accepted testimony's source ("testimony-t-7kq3-m9xd"): citations in exports name it. */
export function testimonySourceKey(reference: string): string {
  return `testimony-${reference.toLowerCase()}`;
}

/**
 * The Source an accepted testimony becomes: of kind TESTIMONY, public (so that a citation of it
 * resolves on the memorial page once the record it supports is published), dated the day of the
 * decision (in Baku), its author the testifier's name only when they allowed it. Never the e-mail.
 */
async function createTestimonySource(tx: Prisma.TransactionClient, actor: Actor, testimony: TestimonySnapshot, now: Date): Promise<string> {
  const author = testimony.publishName && testimony.testifierName ? testimony.testifierName : null;
  const created = await tx.source.create({
    data: {
      key: testimonySourceKey(testimony.reference),
      kind: 'TESTIMONY',
      title: author ? `Testimony of ${author}` : 'A family’s testimony',
      author,
      date: bakuDay(now),
      datePrecision: 'DAY',
      status: 'PUBLISHED',
    },
    select: { id: true, key: true, kind: true, title: true, author: true, date: true, datePrecision: true, status: true, version: true },
  });
  await recordAudit(tx, { userId: actor.id, action: 'create', entityType: 'Source', entityId: created.id, before: null, after: created });
  return created.id;
}

/** A new record's address: from its name, or with the testimony's reference when another record has it. */
async function freeSlug(tx: Prisma.TransactionClient, base: string, reference: string): Promise<string> {
  const taken = await tx.victim.findUnique({ where: { slug: base }, select: { id: true } });
  return taken ? `${base}-${reference.toLowerCase().replace(/^t-/, '')}` : base;
}

/**
 * Accepts the ticked fields of a testimony INTO A DRAFT, never onto the public site. The testimony
 * becomes a Source of kind TESTIMONY. For a new person, the same transaction creates the record as a
 * draft holding the accepted values, citing that source for exactly those facts; for an addition to
 * an existing record nothing public changes: the record's edit page offers the accepted values
 * (/admin/victims/<id>?testimony=<id>) and the curator's own save, with its public correction note,
 * publishes them.
 */
export function acceptTestimony(actor: Actor, input: AcceptTestimonyInput, now: Date = new Date()): Promise<TestimonyDecisionResult> {
  return decide(actor, input, 'accept', {
    mail: 'accepted',
    allowedKinds: ['NEW_PERSON', 'ADDITION'],
    prepare: async (tx, before) => {
      const proposal = storedProposalSchema.parse(before.proposal);
      // In the form's order, whatever order the boxes were ticked or sent in.
      const fields = PROPOSAL_FIELD_NAMES.filter((field) => input.fields.includes(field));
      const missing = fields.filter((field) => proposal[field] === undefined);
      if (missing.length > 0) {
        throw new MutationRefusedError('Only values the testimony states can be accepted. Nothing was changed.', { fields: [`The testimony states nothing for: ${missing.join(', ')}.`] });
      }
      if (before.kind === 'ADDITION' && !before.victimId) {
        throw new MutationRefusedError('The record this testimony concerns no longer exists. Decline it, or ask the testifier. Nothing was changed.');
      }
      const sourceId = await createTestimonySource(tx, actor, before, now);
      let victimId = before.victimId;
      let tags: string[] = [cacheTags.sources];
      if (before.kind === 'NEW_PERSON') {
        // The testifier's words (circumstances, a biography) are in the language they wrote in.
        const form = { ...acceptedVictimForm(proposal, fields), language: parseVictimLanguage(before.locale) ?? 'en' };
        const parsed = parseVictimForm(form);
        if (!parsed.success) {
          const problems = Object.entries(parsed.fieldErrors).map(([field, messages]) => `${field}: ${messages.join(' ')}`);
          throw new MutationRefusedError('The accepted values do not make a record yet. Nothing was changed.', { fields: problems });
        }
        const slug = await freeSlug(tx, defaultVictimSlug(parsed.data), before.reference);
        const draft = await createVictimDraftIn(tx, actor, {
          ...parsed.data,
          slug,
          correctionNote: null,
          citations: [{ sourceId, quote: null, page: null, quoteIsVerbatim: false, supports: supportedFacts(fields) }],
        });
        victimId = draft.id;
        tags = [...tags, ...victimCacheTags(draft)];
      }
      return { data: { acceptedFields: fields, sourceId, victimId, decidedAt: now }, tags };
    },
  });
}

const NAME_FIELDS: readonly string[] = ['nameLatin', 'nameCyrillic', 'nameRussian', 'otherNames'];
const TRANSLATED_FIELDS: readonly string[] = ['circumstances', 'occupation', 'biography'];
const DISPUTED_VICTIM_FIELDS: readonly string[] = ['deathDate', 'deathPlace'];

/**
 * Removes what a withhold request names from the record, as a versioned change of the victim with its
 * own audit entry (action 'withhold'), whose "before" keeps the value and whose "after" says why:
 * a field is cleared (with its translations and other sources' versions of it) and, with the notice,
 * listed in withheldFields; the photograph is deleted (its own audit entry, as the photo form's
 * removal makes); the whole record is taken off the public site (kept as a draft).
 */
async function applyWithholding(
  tx: Prisma.TransactionClient,
  actor: Actor,
  testimony: TestimonySnapshot,
  notice: boolean,
): Promise<string[]> {
  const target = testimony.withholdTarget;
  if (!testimony.victimId || !target || !isWithholdTarget(target)) {
    throw new MutationRefusedError('This request names no record or nothing that can be withheld. Decline it with a reason. Nothing was changed.');
  }
  const before = await readVictimSnapshot(tx, testimony.victimId);
  if (!before) throw new RecordNotFoundError('Victim');
  const why = { testimonyId: testimony.id, reference: testimony.reference, target, notice, reason: testimony.withholdReason };
  let data: Prisma.VictimUpdateManyMutationInput = {};
  if (target === 'photo') {
    const photo = await tx.victimPhoto.findUnique({ where: { victimId: before.id }, select: photoAuditSelect });
    if (!photo) throw new MutationRefusedError('The record has no photograph to withhold. Decline the request or ask the testifier. Nothing was changed.');
    await tx.victimPhoto.delete({ where: { victimId: before.id } });
    await recordAudit(tx, { userId: actor.id, action: 'withhold', entityType: PHOTO_ENTITY, entityId: before.id, before: photo, after: { withheld: why } });
  } else if (target === 'record') {
    data = { status: 'DRAFT', publishAt: null };
  } else {
    const { withheldFields } = await tx.victim.findUniqueOrThrow({ where: { id: before.id }, select: { withheldFields: true } });
    const cleared = clearedColumns(target);
    data = { ...cleared, ...(notice && !withheldFields.includes(target) ? { withheldFields: { push: target } } : {}) };
    // A withheld name must not find the record either: the search key is made again without it.
    if (NAME_FIELDS.includes(target)) data.searchKey = victimSearchKey({ ...before, ...(cleared as Partial<VictimSnapshot>) });
    if (TRANSLATED_FIELDS.includes(target)) await tx.contentTranslation.deleteMany({ where: { recordKind: 'VICTIM', recordId: before.id, field: target } });
    if (DISPUTED_VICTIM_FIELDS.includes(target)) await tx.disputedValue.deleteMany({ where: { victimId: before.id, field: target } });
  }
  const updated = await tx.victim.updateMany({ where: { id: before.id, version: before.version }, data: { ...data, version: { increment: 1 } } });
  if (updated.count !== 1) throw new MutationRefusedError('The record changed while the request was decided. Reload the page and decide again. Nothing was changed.');
  const after = (await readVictimSnapshot(tx, before.id)) as VictimSnapshot;
  // The history keeps the value removed (in "before") and why it was removed (in "after").
  await recordAudit(tx, { userId: actor.id, action: 'withhold', entityType: 'Victim', entityId: before.id, before, after: { ...after, withheld: why } });
  return victimCacheTags(before, after);
}

/**
 * A curator's decision on a request to withhold a detail, the photograph or the whole record. Withholding
 * only removes, so it is applied at once (with the victim's own versioned change and audit entry, in
 * this same transaction); declining records the reason the testifier reads.
 */
export function decideWithholdRequest(actor: Actor, input: WithholdDecisionInput, now: Date = new Date()): Promise<TestimonyDecisionResult> {
  const decline = input.decision === 'decline';
  return decide(actor, input, decline ? 'decline' : 'accept', {
    mail: decline ? 'declined' : 'accepted',
    allowedKinds: ['WITHHOLD'],
    prepare: async (tx, before) => {
      if (decline) return { data: { decisionMessage: input.reason ?? null, decidedAt: now } };
      const tags = await applyWithholding(tx, actor, before, input.decision === 'withhold-notice');
      return { data: { acceptedFields: [before.withholdTarget!], decisionMessage: input.reason || null, decidedAt: now }, tags };
    },
  });
}

/**
 * Makes a photograph of an accepted testimony — one the testifier allowed the memorial to publish —
 * the record's photograph, through the victim photo mutations (re-encoded without metadata, its own
 * audit entry, the stale check on the photograph as the curator saw it). The credit is the rights
 * holder the testifier named.
 */
export async function usePhotographAsRecordPhoto(actor: Actor, input: UsePhotographInput) {
  const file = await readPhotographToPublish(input);
  return saveVictimPhoto(actor, file.victimId, input.photoState, {
    image: { bytes: file.bytes, contentType: file.contentType },
    altText: input.altText,
    credit: file.rightsHolder,
    contentWarning: input.contentWarning,
  });
}

async function readPhotographToPublish(input: UsePhotographInput) {
  const file = await db.testimonyFile.findFirst({
    where: { id: input.fileId, testimonyId: input.id },
    select: { kind: true, mayPublish: true, rightsHolder: true, data: true, testimony: { select: { status: true, victimId: true, version: true } } },
  });
  if (!file) throw new RecordNotFoundError('TestimonyFile');
  if (file.testimony.version !== input.version) throw new MutationRefusedError('The testimony changed after you opened it. Reload the page and try again. Nothing was changed.');
  if (file.kind !== 'PHOTOGRAPH' || !file.mayPublish || !file.rightsHolder) {
    throw new MutationRefusedError('Only a photograph the testifier allowed the memorial to publish, with its rights holder named, can become the record’s photograph.');
  }
  if (file.testimony.status !== 'ACCEPTED' || !file.testimony.victimId) {
    throw new MutationRefusedError('Accept the testimony first: its photograph can then become the photograph of the record it concerns.');
  }
  const bytes = new Uint8Array(file.data);
  const contentType = sniffImageType(bytes);
  if (!contentType) throw new MutationRefusedError('This file is not a JPEG, PNG or WebP image and cannot be the record’s photograph.');
  return { victimId: file.testimony.victimId, rightsHolder: file.rightsHolder, bytes, contentType };
}
