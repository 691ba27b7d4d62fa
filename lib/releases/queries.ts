import 'server-only';
import { db } from '@/lib/db';
import { cachedQuery, cacheTags } from '@/lib/cache';
import { toIsoDate } from '@/lib/dates';
import { publicWhere } from '@/lib/records/public-where';
import { UNATTRIBUTED_ISSUER, type ReleaseFilters } from '@/lib/releases/schema';
import type { Prisma } from '@/lib/generated/prisma/client';

const releaseSummarySelect = {
  slug: true,
  title: true,
  titleIsEditorial: true,
  issuedOn: true,
  place: true,
  language: true,
  anniversaryYear: true,
  updatedAt: true,
  organization: { select: { slug: true, name: true } },
} satisfies Prisma.ReleaseSelect;

type ReleaseSummaryRow = Prisma.ReleaseGetPayload<{ select: typeof releaseSummarySelect }>;

export type ReleaseSummary = {
  slug: string;
  title: string;
  titleIsEditorial: boolean;
  issuedOn: string;
  place: string | null;
  language: string;
  anniversaryYear: number | null;
  updatedAt: string;
  issuer: { slug: string; name: string } | null;
};

function toReleaseSummary(row: ReleaseSummaryRow): ReleaseSummary {
  return {
    slug: row.slug,
    title: row.title,
    titleIsEditorial: row.titleIsEditorial,
    issuedOn: toIsoDate(row.issuedOn)!,
    place: row.place,
    language: row.language,
    anniversaryYear: row.anniversaryYear,
    updatedAt: row.updatedAt.toISOString(),
    issuer: row.organization,
  };
}

/** A release is public only while its issuer (if it names one) is public too; publishing enforces the order. */
function publicIssuerWhere(now: Date) {
  return { OR: [{ organizationId: null }, { organization: publicWhere(now) }] } satisfies Prisma.ReleaseWhereInput;
}

async function readReleases(filters: ReleaseFilters): Promise<ReleaseSummary[]> {
  const now = new Date();
  const where: Prisma.ReleaseWhereInput = { AND: [publicWhere(now), publicIssuerWhere(now)] };
  const and = where.AND as Prisma.ReleaseWhereInput[];
  if (filters.year !== undefined) {
    and.push({ issuedOn: { gte: new Date(Date.UTC(filters.year, 0, 1)), lt: new Date(Date.UTC(filters.year + 1, 0, 1)) } });
  }
  if (filters.issuer === UNATTRIBUTED_ISSUER) and.push({ organizationId: null });
  else if (filters.issuer) and.push({ organization: { slug: filters.issuer } });
  const rows = await db.release.findMany({ where, orderBy: [{ issuedOn: 'desc' }, { slug: 'asc' }], select: releaseSummarySelect });
  return rows.map(toReleaseSummary);
}

const listAllReleases = cachedQuery('listReleases', readReleases, () => [cacheTags.releases, cacheTags.organizations]);
/** A filter comes from the query string: its answers live in the bounded store, not the data cache. */
const listFilteredReleases = cachedQuery('listFilteredReleases', readReleases, () => [cacheTags.releases, cacheTags.organizations], { visitorInput: true });

/** Public releases, newest first, filtered by year of issue and issuer (an organization slug or "unattributed"). */
export function listReleases(filters: ReleaseFilters): Promise<ReleaseSummary[]> {
  return filters.year === undefined && filters.issuer === undefined ? listAllReleases({}) : listFilteredReleases(filters);
}

export type ReleaseFilterOptions = { years: number[]; issuers: { slug: string; name: string }[]; hasUnattributed: boolean };

async function readReleaseFilterOptions(): Promise<ReleaseFilterOptions> {
  const releases = await readReleases({});
  const years = [...new Set(releases.map((release) => Number(release.issuedOn.slice(0, 4))))].sort((a, b) => b - a);
  const issuers = new Map<string, string>();
  for (const release of releases) if (release.issuer) issuers.set(release.issuer.slug, release.issuer.name);
  return {
    years,
    issuers: [...issuers].map(([slug, name]) => ({ slug, name })).sort((a, b) => a.name.localeCompare(b.name)),
    hasUnattributed: releases.some((release) => release.issuer === null),
  };
}

/** The years and issuers that the archive's filter offers: only those with public releases. */
export const listReleaseFilterOptions = cachedQuery('listReleaseFilterOptions', readReleaseFilterOptions, () => [
  cacheTags.releases,
  cacheTags.organizations,
]);

/** Another language version of a release: the original it translates, or a sibling translation. */
export type ReleaseLanguageVersion = { slug: string; title: string; language: string; isOriginal: boolean };

export type ReleaseDetail = ReleaseSummary & {
  /** The same release in other languages, each issued as a document of its own; public ones only. */
  otherLanguages: ReleaseLanguageVersion[];
  referenceNumber: string | null;
  body: string;
  bodyFormat: 'MARKDOWN' | 'PLAIN_TEXT';
  editorialNote: string | null;
  issuerDetails: { country: string | null; city: string | null; website: string | null } | null;
};

async function readReleaseBySlug(slug: string): Promise<ReleaseDetail | null> {
  const now = new Date();
  const row = await db.release.findFirst({
    where: { AND: [{ slug }, publicWhere(now), publicIssuerWhere(now)] },
    select: {
      ...releaseSummarySelect,
      id: true,
      translationOfId: true,
      referenceNumber: true,
      body: true,
      bodyFormat: true,
      editorialNote: true,
      organization: { select: { slug: true, name: true, country: true, city: true, website: true } },
    },
  });
  if (!row) return null;
  const { organization } = row;
  // Translations link to their original, never to another translation, so the family is one level deep.
  const originalId = row.translationOfId ?? row.id;
  const family = await db.release.findMany({
    where: { AND: [{ OR: [{ id: originalId }, { translationOfId: originalId }] }, { id: { not: row.id } }, publicWhere(now), publicIssuerWhere(now)] },
    orderBy: [{ translationOfId: { sort: 'asc', nulls: 'first' } }, { language: 'asc' }, { slug: 'asc' }],
    select: { id: true, slug: true, title: true, language: true },
  });
  return {
    ...toReleaseSummary({ ...row, organization: organization ? { slug: organization.slug, name: organization.name } : null }),
    otherLanguages: family.map((version) => ({ slug: version.slug, title: version.title, language: version.language, isOriginal: version.id === originalId })),
    referenceNumber: row.referenceNumber,
    body: row.body,
    bodyFormat: row.bodyFormat,
    editorialNote: row.editorialNote,
    issuerDetails: organization ? { country: organization.country, city: organization.city, website: organization.website } : null,
  };
}

/** One public release with its full text, or null. */
export const getReleaseBySlug = cachedQuery(
  'getReleaseBySlug',
  readReleaseBySlug,
  (slug) => [cacheTags.releases, cacheTags.release(slug), cacheTags.organizations],
  { byAddress: true },
);

/** Public releases issued for one anniversary year, oldest first. */
export const listReleasesForAnniversary = cachedQuery(
  'listReleasesForAnniversary',
  async (year: number): Promise<ReleaseSummary[]> => {
    const now = new Date();
    const rows = await db.release.findMany({
      where: { AND: [{ anniversaryYear: year }, publicWhere(now), publicIssuerWhere(now)] },
      orderBy: [{ issuedOn: 'asc' }, { slug: 'asc' }],
      select: releaseSummarySelect,
    });
    return rows.map(toReleaseSummary);
  },
  () => [cacheTags.releases, cacheTags.organizations, cacheTags.anniversaries],
);
