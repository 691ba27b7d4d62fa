import 'server-only';
import { db } from '@/lib/db';
import { cachedQuery, cacheTags } from '@/lib/cache';
import { publicWhere } from '@/lib/records/public-where';
import { listReleases, type ReleaseSummary } from '@/lib/releases/queries';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { OrganizationKind } from '@/lib/generated/prisma/enums';

const issuerSelect = {
  slug: true,
  name: true,
  kind: true,
  country: true,
  city: true,
  address: true,
  website: true,
  updatedAt: true,
} satisfies Prisma.OrganizationSelect;

/** An issuer as the public pages show it: only what a source gives (unknown fields stay null). */
export type IssuerSummary = {
  slug: string;
  name: string;
  kind: OrganizationKind;
  country: string | null;
  city: string | null;
  address: string | null;
  website: string | null;
  updatedAt: string;
};

export type IssuerWithReleases = IssuerSummary & { releases: ReleaseSummary[] };

type IssuerRow = Prisma.OrganizationGetPayload<{ select: typeof issuerSelect }>;

function toIssuerSummary(row: IssuerRow): IssuerSummary {
  return { ...row, updatedAt: row.updatedAt.toISOString() };
}

/** Public issuers by name. */
const listPublicOrganizations = cachedQuery(
  'listPublicOrganizations',
  async (): Promise<IssuerSummary[]> => {
    const rows = await db.organization.findMany({
      where: publicWhere(new Date()),
      orderBy: [{ name: 'asc' }, { slug: 'asc' }],
      select: issuerSelect,
    });
    return rows.map(toIssuerSummary);
  },
  () => [cacheTags.organizations],
);

/** One public issuer, or null. */
const getPublicOrganization = cachedQuery(
  'getPublicOrganization',
  async (slug: string): Promise<IssuerSummary | null> => {
    const row = await db.organization.findFirst({ where: { slug, ...publicWhere(new Date()) }, select: issuerSelect });
    return row ? toIssuerSummary(row) : null;
  },
  () => [cacheTags.organizations],
  { byAddress: true },
);

/**
 * Every public issuer with its public releases (newest first), and the public releases that name no
 * issuer, kept apart: an unattributed release is never assigned to an issuer. Releases come from the
 * archive's own public query, so the rules for what is public live in one place.
 */
export async function listIssuers(): Promise<{ issuers: IssuerWithReleases[]; unattributed: ReleaseSummary[] }> {
  const [organizations, releases] = await Promise.all([listPublicOrganizations(), listReleases({})]);
  return {
    issuers: organizations.map((organization) => ({
      ...organization,
      releases: releases.filter((release) => release.issuer?.slug === organization.slug),
    })),
    unattributed: releases.filter((release) => release.issuer === null),
  };
}

/** One public issuer with its public releases, newest first, or null. */
export async function getIssuerBySlug(slug: string): Promise<IssuerWithReleases | null> {
  // One after the other: an unknown address must not leave a cached list of its (no) releases.
  const organization = await getPublicOrganization(slug);
  if (!organization) return null;
  const releases = await listReleases({ issuer: slug });
  // The archive's filter reads "unattributed" as "no issuer"; a release here must name this issuer.
  return { ...organization, releases: releases.filter((release) => release.issuer?.slug === slug) };
}
