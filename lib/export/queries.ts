import 'server-only';
import { cachedQuery, cacheTags } from '@/lib/cache';
import { toIsoDate } from '@/lib/dates';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { buildMemorialExport, type ExportCitation, type MemorialContent, type MemorialExport } from '@/lib/export/memorial';
import type { Prisma } from '@/lib/generated/prisma/client';
import { defaultLocale } from '@/lib/i18n/config';
import { publicWhere } from '@/lib/publication';
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

/**
 * Everything the public site shows, under the same rules as its pages (lib/publication.ts: published,
 * publication time passed, not deleted; a release only with its issuer public; a citation or figure
 * only with its source public). Ordered by slug, key or year, so that equal content hashes equally.
 */
async function readMemorialContent(now: Date): Promise<MemorialContent> {
  const visible = publicWhere(now);
  const page = (section: string, slug: string | number) => `${env.SITE_URL}/${defaultLocale}/${section}/${slug}`;
  const [issuers, releases, sources, events, figures, victims, anniversaries] = await Promise.all([
    db.organization.findMany({
      where: visible,
      orderBy: { slug: 'asc' },
      select: { slug: true, name: true, kind: true, country: true, city: true, address: true, website: true, updatedAt: true },
    }),
    db.release.findMany({
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
    db.source.findMany({ where: visible, orderBy: { key: 'asc' }, select: sourceSummarySelect }),
    db.event.findMany({
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
    db.figure.findMany({
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
    db.victim.findMany({
      where: visible,
      orderBy: { slug: 'asc' },
      select: {
        ...victimRecordFields,
        updatedAt: true,
        citations: citationSelect(now),
      },
    }),
    db.anniversary.findMany({
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
    victims: victims.map((victim) => ({
      ...victim,
      birthDate: toIsoDate(victim.birthDate),
      deathDate: toIsoDate(victim.deathDate),
      url: page('victims', victim.slug),
      updatedAt: victim.updatedAt.toISOString(),
      citations: toCitations(victim.citations),
    })),
    anniversaries: anniversaries.map(({ events: linked, updatedAt, ...anniversary }) => ({
      ...anniversary,
      eventSlugs: linked.map((event) => event.slug),
      url: page('anniversaries', anniversary.year),
      updatedAt: updatedAt.toISOString(),
    })),
  };
}

/** Every tag of public content: the export shows all of it, so a change to any of it expires it. */
const EXPORT_TAGS = [
  cacheTags.releases,
  cacheTags.organizations,
  cacheTags.sources,
  cacheTags.events,
  cacheTags.figures,
  cacheTags.victims,
  cacheTags.anniversaries,
];

/**
 * The export of all published content with its version (a content hash) and the time it was
 * generated; cached until any public content changes.
 */
export const getMemorialExport = cachedQuery(
  'getMemorialExport',
  async (): Promise<MemorialExport> => {
    const now = new Date();
    return buildMemorialExport(await readMemorialContent(now), env.SITE_URL, now);
  },
  () => EXPORT_TAGS,
);
