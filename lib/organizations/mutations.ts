import 'server-only';
import { cacheTags } from '@/lib/cache';
import { MutationRefusedError } from '@/lib/concurrency';
import type { Prisma } from '@/lib/generated/prisma/client';
import { recordMutations, type Actor } from '@/lib/mutation-helpers';
import type { OrganizationInput } from '@/lib/organizations/admin-schema';
import { describeList } from '@/lib/organizations/describe-list';

export type { Actor };

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

const organizations = recordMutations<OrganizationSnapshot, Prisma.OrganizationUpdateManyMutationInput, { id: string; slug: string }>({
  entityType: 'Organization',
  read: (tx, id) => tx.organization.findUnique({ where: { id }, select: organizationAuditSelect }),
  updateMany: (tx, where, data) => tx.organization.updateMany({ where, data }),
  summary: (organization) => ({ id: organization.id, slug: organization.slug }),
  tags: () => TAGS,
  unique: {
    field: 'slug',
    refusal: () =>
      new MutationRefusedError('Another issuer already uses this address.', {
        slug: ['Another issuer already uses this address. Choose a different one.'],
      }),
  },
});

/** Creates an issuer as a draft, with its audit entry, in one transaction. */
export async function createOrganization(actor: Actor, input: OrganizationInput) {
  return organizations.create(actor, (tx) => tx.organization.create({ data: { ...input, status: 'DRAFT' }, select: organizationAuditSelect }));
}

/** Saves a curator's edit of every field. */
export async function updateOrganization(actor: Actor, id: string, expectedVersion: number, input: OrganizationInput) {
  return organizations.change(actor, id, expectedVersion, 'update', async () => input);
}

/** Publishes now, or at `publishAt` (refused when that would hide releases already published). */
export async function publishOrganization(actor: Actor, id: string, expectedVersion: number, publishAt: Date | null) {
  return organizations.publish(actor, id, expectedVersion, publishAt, async (tx) => {
    if (publishAt && publishAt > new Date()) await refuseIfPublishedReleasesNameIt(tx, id, publishAt, 'scheduled for later');
  });
}

/** Takes an issuer off the public site, keeping it as a draft. */
export async function unpublishOrganization(actor: Actor, id: string, expectedVersion: number) {
  return organizations.unpublish(actor, id, expectedVersion, (tx) => refuseIfPublishedReleasesNameIt(tx, id, null, 'unpublished'));
}

/**
 * Deletes softly. Refused while any release names the issuer, deleted releases included (restoring
 * one would otherwise bring back a release whose issuer is gone); the message lists them.
 */
export async function deleteOrganization(actor: Actor, id: string, expectedVersion: number) {
  return organizations.softDelete(actor, id, expectedVersion, async (tx) => {
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
  });
}

/** Brings a deleted issuer back, as it was when deleted. */
export async function undeleteOrganization(actor: Actor, id: string, expectedVersion: number) {
  return organizations.undelete(actor, id, expectedVersion);
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
  return organizations.change(actor, id, expectedVersion, 'restore', async () => ({ ...input, deletedAt: null }), { allowDeleted: true });
}
