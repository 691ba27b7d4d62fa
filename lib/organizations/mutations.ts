import 'server-only';
import { cacheTags } from '@/lib/cache';
import { z } from 'zod';
import { OrganizationKind } from '@/lib/generated/prisma/enums';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { OrganizationInput } from '@/lib/organizations/admin-schema';
import { defineRecord, type Actor } from '@/lib/records/define';
import { MutationRefusedError } from '@/lib/records/errors';
import { snapshotText } from '@/lib/records/snapshot';
import { describeList } from '@/lib/records/describe-list';

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

/** An issuer's version as the audit log keeps it, read back as the form's input. */
const organizationSnapshotSchema: z.ZodType<OrganizationInput> = z.object({
  slug: z.string(),
  name: z.string(),
  kind: z.enum(OrganizationKind),
  country: snapshotText,
  city: snapshotText,
  address: snapshotText,
  website: snapshotText,
});

const organizations = defineRecord<OrganizationSnapshot, OrganizationInput, Prisma.OrganizationUpdateManyMutationInput, { id: string; slug: string }>({
  entityType: 'Organization',
  editPath: (id) => `/admin/organizations/${id}`,
  read: (tx, id) => tx.organization.findUnique({ where: { id }, select: organizationAuditSelect }),
  insert: (tx, input) => tx.organization.create({ data: { ...input, status: 'DRAFT' }, select: { id: true } }),
  updateMany: (tx, where, data) => tx.organization.updateMany({ where, data }),
  // A restored version brings back the fields; the publication state stays as it is now.
  data: async (_tx, input) => input,
  snapshot: organizationSnapshotSchema,
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

/** How the history page restores an issuer's version. */
export const organizationHistory = organizations.history;

/** Creates an issuer as a draft, with its audit entry, in one transaction. */
export const createOrganization = (actor: Actor, input: OrganizationInput) => organizations.create(actor, input);

/** Saves a curator's edit of every field. */
export const updateOrganization = (actor: Actor, id: string, expectedVersion: number, input: OrganizationInput) =>
  organizations.update(actor, id, expectedVersion, input);

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
export const restoreOrganizationVersion = (actor: Actor, id: string, expectedVersion: number, snapshot: unknown) =>
  organizations.restore(actor, id, expectedVersion, snapshot);
