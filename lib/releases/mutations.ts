import 'server-only';
import { recordAudit } from '@/lib/audit/mutations';
import { cacheTags } from '@/lib/cache';
import { z } from 'zod';
import { describeCitersOf } from '@/lib/citations/usage';
import { TextFormat } from '@/lib/generated/prisma/enums';
import type { Prisma } from '@/lib/generated/prisma/client';
import { defineRecord, type Actor } from '@/lib/records/define';
import { MutationRefusedError } from '@/lib/records/errors';
import { addedLater, snapshotDate, snapshotText } from '@/lib/records/snapshot';
import type { ReleaseInput } from '@/lib/releases/admin-schema';

export type { Actor };

const releaseAuditSelect = {
  id: true,
  slug: true,
  title: true,
  titleIsEditorial: true,
  organizationId: true,
  issuedOn: true,
  place: true,
  language: true,
  referenceNumber: true,
  body: true,
  bodyFormat: true,
  anniversaryYear: true,
  editorialNote: true,
  translationOfId: true,
  status: true,
  publishAt: true,
  version: true,
  deletedAt: true,
  updatedAt: true,
} satisfies Prisma.ReleaseSelect;

export type ReleaseSnapshot = Prisma.ReleaseGetPayload<{ select: typeof releaseAuditSelect }>;

const sourceAuditSelect = {
  id: true,
  key: true,
  kind: true,
  releaseId: true,
  status: true,
  publishAt: true,
  version: true,
  deletedAt: true,
  updatedAt: true,
} satisfies Prisma.SourceSelect;

/**
 * Releases are listed in the archive, read on their own page, named on the source lines of figures,
 * events and victims (tagged `sources`) and listed on anniversary pages.
 */
function tagsFor(...slugs: string[]): string[] {
  return [
    cacheTags.releases,
    ...new Set(slugs.map((slug) => cacheTags.release(slug))),
    cacheTags.sources,
    cacheTags.figures,
    cacheTags.events,
    cacheTags.anniversaries,
  ];
}

/** The issuer a release names must exist and not be deleted. */
async function assertIssuerExists(tx: Prisma.TransactionClient, organizationId: string | null) {
  if (!organizationId) return;
  const found = await tx.organization.count({ where: { id: organizationId, deletedAt: null } });
  if (found === 0) {
    throw new MutationRefusedError('The chosen issuer no longer exists. Choose the issuer again.', {
      organizationId: ['This issuer no longer exists or was deleted. Choose another, or “Not named in the text”.'],
    });
  }
}

/**
 * A release may be linked as the translation of another, which must exist, not be deleted, not be the
 * release itself and be an original: translations hang off one original, never off each other, and a
 * release that has translations cannot itself become one (no chains).
 */
async function assertTranslationTarget(tx: Prisma.TransactionClient, releaseId: string | null, translationOfId: string | null) {
  if (!translationOfId) return;
  const refuse = (field: string) => {
    throw new MutationRefusedError('This release cannot be linked as a translation of the chosen release.', { translationOfId: [field] });
  };
  if (translationOfId === releaseId) refuse('A release cannot be a translation of itself. Choose the original release.');
  const target = await tx.release.findUnique({ where: { id: translationOfId }, select: { title: true, deletedAt: true, translationOfId: true } });
  if (!target || target.deletedAt) refuse('The chosen original release no longer exists or was deleted. Choose another.');
  if (target!.translationOfId) refuse(`“${target!.title}” is itself a translation. Choose the original it translates instead.`);
  if (releaseId) {
    const ownTranslations = await tx.release.count({ where: { translationOfId: releaseId } });
    if (ownTranslations > 0) refuse('Other releases are linked as translations of this one, so it cannot itself be a translation. Link them to the original first.');
  }
}

/**
 * Public reads show a release only while its issuer is public too, so a release may be public (from
 * `at`) only if its issuer is public by then; otherwise publishing would silently show nothing.
 */
async function assertIssuerPublicBy(tx: Prisma.TransactionClient, organizationId: string | null, at: Date) {
  if (!organizationId) return;
  const issuer = await tx.organization.findUnique({ where: { id: organizationId }, select: { name: true, status: true, publishAt: true, deletedAt: true } });
  if (!issuer || issuer.deletedAt) {
    throw new MutationRefusedError('The issuer of this release was deleted. Choose another issuer, or “Not named in the text”, and save first.');
  }
  if (issuer.status !== 'PUBLISHED') {
    throw new MutationRefusedError(`Publish the issuer “${issuer.name}” first: the archive shows a release only together with its issuer.`);
  }
  if (issuer.publishAt && issuer.publishAt > at) {
    throw new MutationRefusedError(
      `The issuer “${issuer.name}” is scheduled to appear only on ${issuer.publishAt.toISOString().slice(0, 16).replace('T', ' ')} UTC. Publish the issuer earlier, or schedule the release for that time or later.`,
    );
  }
}

/** The instant from which a published release is (or will be) public. */
function publicFrom(release: { publishAt: Date | null }): Date {
  const now = new Date();
  return release.publishAt && release.publishAt > now ? release.publishAt : now;
}

/** A source key not yet taken: `release-<slug>`, or with -2, -3… when an older source holds it. */
async function freeSourceKey(tx: Prisma.TransactionClient, slug: string): Promise<string> {
  const base = `release-${slug}`;
  const taken = new Set((await tx.source.findMany({ where: { key: { startsWith: base } }, select: { key: true } })).map((row) => row.key));
  let key = base;
  for (let suffix = 2; taken.has(key); suffix += 1) key = `${base}-${suffix}`;
  return key;
}

/**
 * Keeps a release's Source in step with it — created when missing, and published, scheduled,
 * unpublished, deleted and restored with it — with the Source's own audit entry. The Source's key
 * is stable: it is not renamed when the release's address changes.
 */
async function syncReleaseSource(tx: Prisma.TransactionClient, actor: Actor, releaseId: string, action: string): Promise<void> {
  const release = await tx.release.findUniqueOrThrow({ where: { id: releaseId }, select: { slug: true, status: true, publishAt: true, deletedAt: true } });
  const state = { status: release.status, publishAt: release.publishAt, deletedAt: release.deletedAt };
  const before = await tx.source.findUnique({ where: { releaseId }, select: sourceAuditSelect });
  if (!before) {
    const key = await freeSourceKey(tx, release.slug);
    const created = await tx.source.create({ data: { key, kind: 'RELEASE', releaseId, ...state }, select: sourceAuditSelect });
    await recordAudit(tx, { userId: actor.id, action: 'create', entityType: 'Source', entityId: created.id, before: null, after: created });
    return;
  }
  const same =
    before.status === state.status &&
    before.publishAt?.getTime() === state.publishAt?.getTime() &&
    before.deletedAt?.getTime() === state.deletedAt?.getTime();
  if (same) return;
  const after = await tx.source.update({ where: { id: before.id }, data: { ...state, version: { increment: 1 } }, select: sourceAuditSelect });
  await recordAudit(tx, { userId: actor.id, action, entityType: 'Source', entityId: before.id, before, after });
}

/**
 * Checks the issuer a change leaves the release with: it must exist and, when the release is published
 * and the change would show it under a new issuer or bring it back from deletion, be public by then.
 */
async function checkIssuerForChange(tx: Prisma.TransactionClient, before: ReleaseSnapshot, organizationId: string | null, undeleting: boolean) {
  await assertIssuerExists(tx, organizationId);
  if (before.status === 'PUBLISHED' && (organizationId !== before.organizationId || (undeleting && before.deletedAt))) {
    await assertIssuerPublicBy(tx, organizationId, publicFrom(before));
  }
}

/** A release's version as the audit log keeps it, read back as the form's input. */
const releaseSnapshotSchema: z.ZodType<ReleaseInput> = z.object({
  slug: z.string(),
  title: z.string(),
  titleIsEditorial: z.boolean(),
  organizationId: z.string().nullable(),
  issuedOn: snapshotDate,
  place: snapshotText,
  language: z.string(),
  referenceNumber: snapshotText,
  body: z.string(),
  bodyFormat: z.enum(TextFormat),
  anniversaryYear: z.number().int().nullable(),
  editorialNote: snapshotText,
  // Snapshots audited before translations could be linked have no such field.
  translationOfId: addedLater(z.string().nullable(), null),
});

const releases = defineRecord<ReleaseSnapshot, ReleaseInput, Prisma.ReleaseUncheckedUpdateManyInput, { id: string; slug: string }>({
  entityType: 'Release',
  editPath: (id) => `/admin/releases/${id}`,
  read: (tx, id) => tx.release.findUnique({ where: { id }, select: releaseAuditSelect }),
  // Created as a draft together with its Source (kind RELEASE, key `release-<slug>`), so that facts can cite it.
  insert: async (tx, input, actor) => {
    await assertIssuerExists(tx, input.organizationId);
    await assertTranslationTarget(tx, null, input.translationOfId);
    const release = await tx.release.create({ data: { ...input, status: 'DRAFT' }, select: { id: true } });
    await syncReleaseSource(tx, actor, release.id, 'create');
    return release;
  },
  updateMany: (tx, where, data) => tx.release.updateMany({ where, data }),
  data: async (tx, input, before, { restoring }) => {
    await checkIssuerForChange(tx, before, input.organizationId, restoring);
    if (!restoring) {
      await assertTranslationTarget(tx, before.id, input.translationOfId);
      return input;
    }
    // An old version's link is restored only while it is still valid; otherwise the release stays as it is now.
    if (input.translationOfId === before.translationOfId) return input;
    const valid = await assertTranslationTarget(tx, before.id, input.translationOfId).then(
      () => true,
      () => false,
    );
    return valid ? input : { ...input, translationOfId: before.translationOfId };
  },
  snapshot: releaseSnapshotSchema,
  summary: (release) => ({ id: release.id, slug: release.slug }),
  tags: (...snapshots) => tagsFor(...snapshots.map((release) => release.slug)),
  unique: {
    field: 'slug',
    refusal: () =>
      new MutationRefusedError('Another release already uses this address.', {
        slug: ['Another release already uses this address. Choose a different one.'],
      }),
  },
  // Every change of a release carries its Source along.
  afterEveryUpdate: (tx, { actor, id, action }) => syncReleaseSource(tx, actor, id, action),
});

/** How the history page restores a release's version (its Source follows). */
export const releaseHistory = releases.history;

/**
 * Creates a release as a draft together with its Source, so that facts can cite it, with both audit
 * entries, in one transaction: nothing is half-written.
 */
export const createRelease = (actor: Actor, input: ReleaseInput) => releases.create(actor, input);

/** Saves a curator's edit of every field. */
export const updateRelease = (actor: Actor, id: string, expectedVersion: number, input: ReleaseInput) => releases.update(actor, id, expectedVersion, input);

/** Publishes now, or at `publishAt`, with its Source. The issuer must be public by then. */
export const publishRelease = (actor: Actor, id: string, expectedVersion: number, publishAt: Date | null) =>
  releases.publish(actor, id, expectedVersion, publishAt, (tx, before) => assertIssuerPublicBy(tx, before.organizationId, publicFrom({ publishAt })));

/** Takes a release and its Source off the public site, keeping them as drafts. */
export const unpublishRelease = (actor: Actor, id: string, expectedVersion: number) => releases.unpublish(actor, id, expectedVersion);

/**
 * Deletes a release and its Source softly. Refused while anything cites the Source: a fact must never
 * be left citing a source that is gone. The message names what cites it.
 */
export async function deleteRelease(actor: Actor, id: string, expectedVersion: number) {
  return releases.softDelete(actor, id, expectedVersion, async (tx) => {
    const source = await tx.source.findUnique({ where: { releaseId: id }, select: { id: true } });
    const citing = source ? await describeCitersOf(tx, source.id) : null;
    if (citing) {
      throw new MutationRefusedError(`This release cannot be deleted while facts cite it: ${citing}. Remove those citations first.`);
    }
  });
}

/** Brings a deleted release back, with its Source, as it was when deleted; a published one needs its issuer public. */
export const undeleteRelease = (actor: Actor, id: string, expectedVersion: number) =>
  releases.undelete(actor, id, expectedVersion, (tx, before) => checkIssuerForChange(tx, before, before.organizationId, true));

/**
 * Restores the fields a release had in one audit entry's snapshot, as a new version; history itself
 * is never rewritten. The publication state stays as it is now.
 */
export const restoreReleaseVersion = (actor: Actor, id: string, expectedVersion: number, snapshot: unknown) =>
  releases.restore(actor, id, expectedVersion, snapshot);
