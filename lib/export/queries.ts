import 'server-only';
import { cacheTags } from '@/lib/cache';
import { toIsoDate } from '@/lib/dates';
import { env } from '@/lib/env';
import { NO_LICENCE_STATED, type ExportCitation, type ExportLicence, type ExportVictim, type ListedContent } from '@/lib/export/memorial';
import type { Prisma } from '@/lib/generated/prisma/client';
import { defaultLocale, locales } from '@/lib/i18n/config';
import { readOperatorTexts } from '@/lib/operator-texts/queries';
import { localisedColumn } from '@/lib/operator-texts/schema';
import { publicWhere } from '@/lib/records/public-where';
import { sourceSummarySelect, toSourceSummary } from '@/lib/sources/queries';
import { victimRecordFields } from '@/lib/victims/fields';

/** A citation shown on the public site: its source is public. */
const citationSelect = (now: Date) =>
  ({
    where: { source: publicWhere(now) },
    orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
    select: { quote: true, quoteIsVerbatim: true, page: true, source: { select: { key: true } } },
  }) satisfies Prisma.Event$citationsArgs;

function toCitations(rows: { quote: string | null; quoteIsVerbatim: boolean; page: string | null; source: { key: string } }[]): ExportCitation[] {
  return rows.map((row) => ({ sourceKey: row.source.key, quote: row.quote, quoteIsVerbatim: row.quoteIsVerbatim, page: row.page }));
}

const page = (section: string, slug: string | number) => `${env.SITE_URL}/${defaultLocale}/${section}/${slug}`;

/** A client of the pool or of a transaction: the export reads in one snapshot. */
type ReadClient = Prisma.TransactionClient;

/**
 * Everything the public site shows but the victims, under the same rules as its pages
 * (lib/records/public-where.ts: published, publication time passed, not deleted; a release only with its
 * issuer public; a citation or figure only with its source public). Ordered by slug, key or year, so
 * that equal content hashes equally. These are curated records, a few hundred: read whole.
 */
export async function readListedContent(client: ReadClient, now: Date): Promise<ListedContent> {
  const visible = publicWhere(now);
  const [issuers, releases, sources, events, figures, anniversaries] = await Promise.all([
    client.organization.findMany({
      where: visible,
      orderBy: { slug: 'asc' },
      select: { slug: true, name: true, kind: true, country: true, city: true, address: true, website: true, updatedAt: true },
    }),
    client.release.findMany({
      where: { AND: [visible, { OR: [{ organizationId: null }, { organization: visible }] }] },
      orderBy: { slug: 'asc' },
      select: {
        slug: true,
        title: true,
        titleIsEditorial: true,
        organization: { select: { slug: true, name: true } },
        issuedOn: true,
        place: true,
        language: true,
        referenceNumber: true,
        anniversaryYear: true,
        body: true,
        bodyFormat: true,
        editorialNote: true,
        source: { select: { key: true, status: true, publishAt: true, deletedAt: true } },
        updatedAt: true,
      },
    }),
    client.source.findMany({ where: visible, orderBy: { key: 'asc' }, select: sourceSummarySelect }),
    client.event.findMany({
      where: visible,
      orderBy: { slug: 'asc' },
      select: {
        slug: true,
        title: true,
        description: true,
        date: true,
        datePrecision: true,
        endDate: true,
        time: true,
        place: true,
        updatedAt: true,
        citations: citationSelect(now),
      },
    }),
    client.figure.findMany({
      where: { ...visible, source: visible },
      orderBy: { key: 'asc' },
      select: {
        key: true,
        kind: true,
        value: true,
        qualifier: true,
        scope: true,
        scopeNote: true,
        asOf: true,
        quote: true,
        quoteIsVerbatim: true,
        page: true,
        note: true,
        source: { select: { key: true } },
        updatedAt: true,
      },
    }),
    client.anniversary.findMany({
      where: visible,
      orderBy: { year: 'asc' },
      select: { year: true, title: true, introduction: true, updatedAt: true, events: { where: visible, orderBy: { slug: 'asc' }, select: { slug: true } } },
    }),
  ]);
  const sourceIsPublic = (source: { status: string; publishAt: Date | null; deletedAt: Date | null } | null) =>
    source !== null && source.status === 'PUBLISHED' && source.deletedAt === null && (source.publishAt === null || source.publishAt <= now);
  return {
    issuers: issuers.map(({ updatedAt, ...issuer }) => ({ ...issuer, url: page('issuers', issuer.slug), updatedAt: updatedAt.toISOString() })),
    releases: releases.map(({ organization, source, issuedOn, updatedAt, ...release }) => ({
      slug: release.slug,
      title: release.title,
      titleIsEditorial: release.titleIsEditorial,
      issuerSlug: organization?.slug ?? null,
      issuerName: organization?.name ?? null,
      issuedOn: toIsoDate(issuedOn)!,
      place: release.place,
      language: release.language,
      referenceNumber: release.referenceNumber,
      anniversaryYear: release.anniversaryYear,
      body: release.body,
      bodyFormat: release.bodyFormat,
      editorialNote: release.editorialNote,
      sourceKey: sourceIsPublic(source) ? source!.key : null,
      url: page('releases', release.slug),
      updatedAt: updatedAt.toISOString(),
    })),
    sources: sources.map((row) => toSourceSummary(row, now)),
    events: events.map((event) => ({
      ...event,
      date: toIsoDate(event.date)!,
      endDate: toIsoDate(event.endDate),
      updatedAt: event.updatedAt.toISOString(),
      citations: toCitations(event.citations),
    })),
    figures: figures.map(({ source, asOf, updatedAt, ...figure }) => ({
      ...figure,
      asOf: toIsoDate(asOf),
      sourceKey: source.key,
      updatedAt: updatedAt.toISOString(),
    })),
    anniversaries: anniversaries.map(({ events: linked, updatedAt, ...anniversary }) => ({
      ...anniversary,
      eventSlugs: linked.map((event) => event.slug),
      url: page('anniversaries', anniversary.year),
      updatedAt: updatedAt.toISOString(),
    })),
  };
}

/**
 * The public victims after `afterSlug` (keyset pagination by slug: each batch is one index range, however
 * far into the list), at most `size` of them, as the export writes them.
 */
async function readVictimBatch(client: ReadClient, now: Date, afterSlug: string | null, size: number): Promise<ExportVictim[]> {
  const victims = await client.victim.findMany({
    where: { AND: [publicWhere(now), ...(afterSlug === null ? [] : [{ slug: { gt: afterSlug } }])] },
    orderBy: { slug: 'asc' },
    take: size,
    select: {
      ...victimRecordFields,
      updatedAt: true,
      citations: citationSelect(now),
    },
  });
  return victims.map((victim) => ({
    ...victim,
    birthDate: toIsoDate(victim.birthDate),
    deathDate: toIsoDate(victim.deathDate),
    url: page('victims', victim.slug),
    updatedAt: victim.updatedAt.toISOString(),
    citations: toCitations(victim.citations),
  }));
}

/** Every public victim by slug, `size` rows per query, so that memory holds one batch at a time. */
export async function* readVictimBatches(client: ReadClient, now: Date, size: number): AsyncGenerator<ExportVictim[]> {
  let afterSlug: string | null = null;
  for (;;) {
    const batch = await readVictimBatch(client, now, afterSlug, size);
    if (batch.length > 0) yield batch;
    if (batch.length < size) return;
    afterSlug = batch.at(-1)!.slug;
  }
}

/**
 * The licence the operator set for reusing the data (name, address, statement in each language), read
 * in the export's snapshot; without a name, the export says that no licence has been stated.
 */
export async function readExportLicence(client: ReadClient): Promise<ExportLicence> {
  const stored = await readOperatorTexts(client);
  const name = stored?.values.licenceName;
  if (!stored || !name) return { stated: false, statement: NO_LICENCE_STATED };
  const statement = Object.fromEntries(locales.map((locale) => [locale, stored.values[localisedColumn('licenceStatement', locale)]])) as Record<(typeof locales)[number], string | null>;
  return { stated: true, name, url: stored.values.licenceUrl, statement };
}

/** Every tag of public content: the export shows all of it, so a change to any of it expires it. */
export const EXPORT_TAGS = [
  cacheTags.releases,
  cacheTags.organizations,
  cacheTags.sources,
  cacheTags.events,
  cacheTags.figures,
  cacheTags.victims,
  cacheTags.anniversaries,
  cacheTags.operatorTexts,
];
