import 'server-only';
import { recordAudit } from '@/lib/audit/mutations';
import { cacheTags } from '@/lib/cache';
import { MutationRefusedError } from '@/lib/concurrency';
import type { Prisma } from '@/lib/generated/prisma/client';
import { recordMutations, type Actor } from '@/lib/mutation-helpers';
import { describeList } from '@/lib/organizations/describe-list';
import type { ReleaseInput } from '@/lib/releases/admin-schema';
import { victimDisplayName } from '@/lib/victims/display';

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
 * What cites a release's Source — events, victims and figures, deleted ones included (restoring one
 * would otherwise bring back a citation of a deleted source) — as a refusal sentence, or null.
 */
async function citedBy(tx: Prisma.TransactionClient, releaseId: string): Promise<string | null> {
  const source = await tx.source.findUnique({ where: { releaseId }, select: { id: true } });
  if (!source) return null;
  const [citations, figures] = await Promise.all([
    tx.citation.findMany({
      where: { sourceId: source.id },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      select: {
        event: { select: { title: true, deletedAt: true } },
        victim: { select: { nameLatin: true, nameCyrillic: true, nameRussian: true, description: true, deletedAt: true } },
      },
    }),
    tx.figure.findMany({ where: { sourceId: source.id }, orderBy: { key: 'asc' }, select: { key: true, deletedAt: true } }),
  ]);
  const deleted = (row: { deletedAt: Date | null }) => (row.deletedAt ? ' [deleted]' : '');
  const events = [...new Set(citations.flatMap(({ event }) => (event ? [`“${event.title}”${deleted(event)}`] : [])))];
  const victims = [...new Set(citations.flatMap(({ victim }) => (victim ? [`${victimDisplayName(victim).name}${deleted(victim)}`] : [])))];
  const figureKeys = figures.map((figure) => `${figure.key}${deleted(figure)}`);
  const parts = [
    events.length ? `${events.length === 1 ? 'the event' : 'the events'} ${describeList(events)}` : null,
    victims.length ? `${victims.length === 1 ? 'the victim record of' : 'the victim records of'} ${describeList(victims)}` : null,
    figureKeys.length ? `${figureKeys.length === 1 ? 'the figure' : 'the figures'} ${describeList(figureKeys)}` : null,
  ].filter((part): part is string => part !== null);
  return parts.length > 0 ? parts.join('; ') : null;
}

const releases = recordMutations<ReleaseSnapshot, Prisma.ReleaseUncheckedUpdateManyInput, { id: string; slug: string }>({
  entityType: 'Release',
  read: (tx, id) => tx.release.findUnique({ where: { id }, select: releaseAuditSelect }),
  updateMany: (tx, where, data) => tx.release.updateMany({ where, data }),
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

/**
 * Creates a release as a draft together with its Source (kind RELEASE, key `release-<slug>`), so that
 * facts can cite it, with both audit entries, in one transaction: nothing is half-written.
 */
export async function createRelease(actor: Actor, input: ReleaseInput) {
  return releases.create(actor, async (tx) => {
    await assertIssuerExists(tx, input.organizationId);
    await assertTranslationTarget(tx, null, input.translationOfId);
    const release = await tx.release.create({ data: { ...input, status: 'DRAFT' }, select: releaseAuditSelect });
    await syncReleaseSource(tx, actor, release.id, 'create');
    return release;
  });
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

/** Saves a curator's edit of every field. */
export async function updateRelease(actor: Actor, id: string, expectedVersion: number, input: ReleaseInput) {
  return releases.change(actor, id, expectedVersion, 'update', async (tx, before) => {
    await checkIssuerForChange(tx, before, input.organizationId, false);
    await assertTranslationTarget(tx, id, input.translationOfId);
    return input;
  });
}

/** Publishes now, or at `publishAt`, with its Source. The issuer must be public by then. */
export async function publishRelease(actor: Actor, id: string, expectedVersion: number, publishAt: Date | null) {
  return releases.publish(actor, id, expectedVersion, publishAt, (tx, before) => assertIssuerPublicBy(tx, before.organizationId, publicFrom({ publishAt })));
}

/** Takes a release and its Source off the public site, keeping them as drafts. */
export async function unpublishRelease(actor: Actor, id: string, expectedVersion: number) {
  return releases.unpublish(actor, id, expectedVersion);
}

/**
 * Deletes a release and its Source softly. Refused while anything cites the Source: a fact must never
 * be left citing a source that is gone. The message names what cites it.
 */
export async function deleteRelease(actor: Actor, id: string, expectedVersion: number) {
  return releases.softDelete(actor, id, expectedVersion, async (tx) => {
    const citing = await citedBy(tx, id);
    if (citing) {
      throw new MutationRefusedError(`This release cannot be deleted while facts cite it: ${citing}. Remove those citations first.`);
    }
  });
}

/**
 * Brings a release back from deletion (with its Source) and, given the fields of an earlier version,
 * restores those too, as a new version.
 */
async function bringBackRelease(actor: Actor, id: string, expectedVersion: number, fields: ReleaseInput | null) {
  return releases.change(
    actor,
    id,
    expectedVersion,
    'restore',
    async (tx, before) => {
      await checkIssuerForChange(tx, before, fields ? fields.organizationId : before.organizationId, true);
      // An old version's link is restored only while it is still valid; otherwise the release stays as it is now.
      if (fields && fields.translationOfId !== before.translationOfId) {
        const valid = await assertTranslationTarget(tx, id, fields.translationOfId).then(() => true, () => false);
        if (!valid) fields = { ...fields, translationOfId: before.translationOfId };
      }
      return { ...fields, deletedAt: null };
    },
    { allowDeleted: true },
  );
}

/** Brings a deleted release back, with its Source, as it was when deleted. */
export async function undeleteRelease(actor: Actor, id: string, expectedVersion: number) {
  return bringBackRelease(actor, id, expectedVersion, null);
}

/**
 * Restores the fields a release had in one audit entry's snapshot, as a new version; history itself
 * is never rewritten. The publication state stays as it is now.
 */
export async function restoreReleaseVersion(actor: Actor, id: string, expectedVersion: number, snapshot: ReleaseSnapshot) {
  return bringBackRelease(actor, id, expectedVersion, {
    slug: snapshot.slug,
    title: snapshot.title,
    titleIsEditorial: snapshot.titleIsEditorial,
    organizationId: snapshot.organizationId,
    issuedOn: new Date(snapshot.issuedOn),
    place: snapshot.place,
    language: snapshot.language,
    referenceNumber: snapshot.referenceNumber,
    body: snapshot.body,
    bodyFormat: snapshot.bodyFormat,
    anniversaryYear: snapshot.anniversaryYear,
    editorialNote: snapshot.editorialNote,
    // Snapshots audited before translations could be linked have no such field.
    translationOfId: snapshot.translationOfId ?? null,
  });
}
