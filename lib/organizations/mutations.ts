import 'server-only';
import { cacheTags } from '@/lib/cache';
import { MutationRefusedError } from '@/lib/concurrency';
import type { Prisma } from '@/lib/generated/prisma/client';
import { auditedCreate, isUniqueViolation, versionedChange, type Actor } from '@/lib/mutation-helpers';
import type { OrganizationInput } from '@/lib/organizations/admin-schema';
import { describeList } from '@/lib/organizations/describe-list';
import type { MutationResult } from '@/lib/revalidation';

export type { Actor };

const ENTITY = 'Organization';

const organizationAuditSelect = {
  id: true,
  slug: true,
  name: true,
  kind: true,
  country: true,
  city: true,
  address: true,
  website: true,
  status: true,
  publishAt: true,
  version: true,
  deletedAt: true,
  updatedAt: true,
} satisfies Prisma.OrganizationSelect;

export type OrganizationSnapshot = Prisma.OrganizationGetPayload<{ select: typeof organizationAuditSelect }>;

/**
 * The release archive, a release's page and the anniversary pages name the issuer (their reads are
 * tagged `organizations`); figures, events and victims name it on their source lines, through the
 * release (tagged `releases` and `sources`).
 */
const TAGS = [cacheTags.organizations, cacheTags.releases, cacheTags.sources];

function duplicateSlug(): MutationRefusedError {
  return new MutationRefusedError('Another issuer already uses this address.', {
    slug: ['Another issuer already uses this address. Choose a different one.'],
  });
}

function releaseLabel(release: { title: string; issuedOn: Date; deletedAt: Date | null }): string {
  return `“${release.title}” (${release.issuedOn.toISOString().slice(0, 10)})${release.deletedAt ? ' [deleted]' : ''}`;
}

/**
 * Public release reads show a release only while its issuer is public too, so an issuer may not go
 * out of view (unpublished, or scheduled for later) while published releases name it.
 */
async function refuseIfPublishedReleasesNameIt(tx: Prisma.TransactionClient, id: string, until: Date | null, doing: string) {
  const releases = await tx.release.findMany({
    where: {
      organizationId: id,
      status: 'PUBLISHED',
      deletedAt: null,
      ...(until ? { OR: [{ publishAt: null }, { publishAt: { lt: until } }] } : {}),
    },
    orderBy: [{ issuedOn: 'asc' }, { slug: 'asc' }],
    select: { title: true, issuedOn: true, deletedAt: true },
  });
  if (releases.length === 0) return;
  throw new MutationRefusedError(
    `This issuer cannot be ${doing} while published releases name it, because they would disappear from the archive with it: ${describeList(releases.map(releaseLabel))}. Unpublish those releases or change their issuer first.`,
  );
}

/** Creates an issuer as a draft, with its audit entry, in one transaction. */
export async function createOrganization(actor: Actor, input: OrganizationInput): Promise<MutationResult<{ id: string; slug: string }>> {
  try {
    const record = await auditedCreate({
      actor,
      entityType: ENTITY,
      create: (tx) => tx.organization.create({ data: { ...input, status: 'DRAFT' }, select: organizationAuditSelect }),
    });
    return { record: { id: record.id, slug: record.slug }, tags: TAGS };
  } catch (error) {
    if (isUniqueViolation(error, 'slug')) throw duplicateSlug();
    throw error;
  }
}

/** A change to one issuer at the version the curator saw (see versionedChange). */
async function changeOrganization(
  actor: Actor,
  id: string,
  expectedVersion: number,
  action: string,
  change: (tx: Prisma.TransactionClient, before: OrganizationSnapshot) => Promise<Prisma.OrganizationUpdateManyMutationInput>,
  options: { allowDeleted?: boolean } = {},
): Promise<MutationResult<{ id: string; slug: string }>> {
  try {
    const { after } = await versionedChange({
      actor,
      entityType: ENTITY,
      id,
      expectedVersion,
      action,
      allowDeleted: options.allowDeleted,
      read: (tx, organizationId) => tx.organization.findUnique({ where: { id: organizationId }, select: organizationAuditSelect }),
      write: async (tx, before) => {
        const data = await change(tx, before);
        const updated = await tx.organization.updateMany({ where: { id, version: expectedVersion }, data: { ...data, version: { increment: 1 } } });
        return updated.count;
      },
    });
    return { record: { id: after.id, slug: after.slug }, tags: TAGS };
  } catch (error) {
    if (isUniqueViolation(error, 'slug')) throw duplicateSlug();
    throw error;
  }
}

/** Saves a curator's edit of every field. */
export async function updateOrganization(actor: Actor, id: string, expectedVersion: number, input: OrganizationInput) {
  return changeOrganization(actor, id, expectedVersion, 'update', async () => input);
}

/** Publishes now, or at `publishAt` (refused when that would hide releases already published). */
export async function publishOrganization(actor: Actor, id: string, expectedVersion: number, publishAt: Date | null) {
  return changeOrganization(actor, id, expectedVersion, 'publish', async (tx) => {
    if (publishAt && publishAt > new Date()) await refuseIfPublishedReleasesNameIt(tx, id, publishAt, 'scheduled for later');
    return { status: 'PUBLISHED', publishAt };
  });
}

/** Takes an issuer off the public site, keeping it as a draft. */
export async function unpublishOrganization(actor: Actor, id: string, expectedVersion: number) {
  return changeOrganization(actor, id, expectedVersion, 'unpublish', async (tx) => {
    await refuseIfPublishedReleasesNameIt(tx, id, null, 'unpublished');
    return { status: 'DRAFT', publishAt: null };
  });
}

/**
 * Deletes softly. Refused while any release names the issuer, deleted releases included (restoring
 * one would otherwise bring back a release whose issuer is gone); the message lists them.
 */
export async function deleteOrganization(actor: Actor, id: string, expectedVersion: number) {
  return changeOrganization(actor, id, expectedVersion, 'delete', async (tx) => {
    const releases = await tx.release.findMany({
      where: { organizationId: id },
      orderBy: [{ issuedOn: 'asc' }, { slug: 'asc' }],
      select: { title: true, issuedOn: true, deletedAt: true },
    });
    if (releases.length > 0) {
      throw new MutationRefusedError(
        `This issuer cannot be deleted while releases name it: ${describeList(releases.map(releaseLabel))}. Change the issuer of those releases first.`,
      );
    }
    return { deletedAt: new Date() };
  });
}

/** Brings a deleted issuer back, as it was when deleted. */
export async function undeleteOrganization(actor: Actor, id: string, expectedVersion: number) {
  return changeOrganization(actor, id, expectedVersion, 'restore', async () => ({ deletedAt: null }), { allowDeleted: true });
}

/**
 * Restores the fields an issuer had in one audit entry's snapshot, as a new version; history itself
 * is never rewritten. The publication state stays as it is now.
 */
export async function restoreOrganizationVersion(actor: Actor, id: string, expectedVersion: number, snapshot: OrganizationSnapshot) {
  const input: OrganizationInput = {
    slug: snapshot.slug,
    name: snapshot.name,
    kind: snapshot.kind,
    country: snapshot.country,
    city: snapshot.city,
    address: snapshot.address,
    website: snapshot.website,
  };
  return changeOrganization(actor, id, expectedVersion, 'restore', async () => ({ ...input, deletedAt: null }), { allowDeleted: true });
}
