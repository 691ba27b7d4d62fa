import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient, type Prisma } from '../lib/generated/prisma/client';
import { DEMO_ADMIN_TOTP_SECRET, DEMO_PASSWORD, DEMO_USERS } from '../lib/users/demo-accounts';
import { encryptTotpSecret } from '../lib/users/totp';
import { hashPassword } from '../lib/users/password';
import { victimRecordFields } from '../lib/victims/fields';
import { victimSearchKey } from '../lib/victims/search/search-key';
import { backfillVictimSearchKeys } from '../lib/victims/search/search-key-backfill';
import { seedData } from './seed-data/index';
import { releaseBodyFromFile } from './seed-data/normalize';
import type { IsoDate, SeedCitation, SeedDisputedValue, SeedRelease, SeedSource, SeedVictim } from './seed-data/types';

export { seedData } from './seed-data/index';

/**
 * Seeds the memorial's content — the five releases, their issuers, the sources, the timeline,
 * the figures ledger, the first victim records and the anniversaries — from prisma/seed-data/.
 *
 * Safe to run against a live database: it only inserts what is missing, by stable key (slug, key,
 * year, e-mail). It never updates a row a curator has saved (version > 1), and a soft-deleted row
 * counts as existing, so a curator's deletion is never undone. Content drawn from a source that a
 * curator deleted (figures, citations) is not created either. The one kind of update: a victim or
 * source the seed created and no one has edited since (version 1, not deleted) is brought up to the
 * current seed content — how the public record's facts reach a record seeded before them (the
 * Larissa Mammadova record, the new notes of the first external sources).
 */

// The demo accounts live in lib/ so that the server can refuse them outside the demo database.
export { DEMO_PASSWORD, DEMO_USERS };

export interface SeedOptions {
  /** Also create the local demo users (curator@example.org and admin@example.org). */
  demoCurator?: boolean;
  /** The creation time stamped on new rows; defaults to the current time. */
  now?: Date;
}

export interface SeedReport {
  /** How many rows of each kind this run created (0 for everything on a re-run). */
  created: {
    organizations: number;
    releases: number;
    sources: number;
    anniversaries: number;
    events: number;
    citations: number;
    figures: number;
    victims: number;
    users: number;
    disputedValues: number;
    /** Unedited seed rows brought up to the current seed content. */
    refreshed: number;
  };
  /** Seed records deliberately not created, and why (e.g. their source was deleted by a curator). */
  skipped: string[];
}

type Tx = Prisma.TransactionClient;

interface ExistingSource {
  id: string;
  deleted: boolean;
}

function toDate(isoDate: IsoDate): Date {
  return new Date(`${isoDate}T00:00:00.000Z`);
}

/** The stored body of a release: its file, whitespace-normalised, with its documented repairs. */
export function readReleaseBody(release: Pick<SeedRelease, 'fileName' | 'editorialRepairs'>): string {
  const text = readFileSync(new URL(`./seed-data/releases/${release.fileName}`, import.meta.url), 'utf8');
  return releaseBodyFromFile(text, release.editorialRepairs);
}

/** Inserts the seed content that is missing. Runs in one transaction: all or nothing. */
export async function seed(prisma: PrismaClient, options: SeedOptions = {}): Promise<SeedReport> {
  const now = options.now ?? new Date();
  const timestamps = { createdAt: now, updatedAt: now };
  const published = { status: 'PUBLISHED', publishAt: null } as const;
  // Read the release files and hash passwords before the transaction, so it stays short.
  const bodies = new Map(seedData.releases.map((release) => [release.slug, readReleaseBody(release)]));
  const demoUsers = options.demoCurator
    ? await Promise.all(
        DEMO_USERS.map(async (user) => ({
          ...user,
          passwordHash: await hashPassword(DEMO_PASSWORD),
          // Administrators must have a second factor: the demo one's secret is in the README.
          ...(user.role === 'ADMIN' ? { totpSecret: encryptTotpSecret(DEMO_ADMIN_TOTP_SECRET, { forDemoAccount: true }), totpEnabledAt: new Date() } : {}),
        })),
      )
    : [];

  return prisma.$transaction(
    async (tx: Tx) => {
      const report: SeedReport = {
        created: {
          organizations: 0,
          releases: 0,
          sources: 0,
          anniversaries: 0,
          events: 0,
          citations: 0,
          figures: 0,
          victims: 0,
          users: 0,
          disputedValues: 0,
          refreshed: 0,
        },
        skipped: [],
      };

      // Organizations, by slug.
      const organizationIds = new Map<string, string>();
      const existingOrganizations = await tx.organization.findMany({
        where: { slug: { in: seedData.organizations.map((organization) => organization.slug) } },
        select: { id: true, slug: true },
      });
      for (const organization of seedData.organizations) {
        const { key, ...fields } = organization;
        let id = existingOrganizations.find((row) => row.slug === organization.slug)?.id;
        if (!id) {
          ({ id } = await tx.organization.create({ data: { ...fields, ...published, ...timestamps }, select: { id: true } }));
          report.created.organizations += 1;
        }
        organizationIds.set(key, id);
      }

      // Releases, by slug.
      const releases = new Map<string, { id: string; deleted: boolean }>();
      const existingReleases = await tx.release.findMany({
        where: { slug: { in: seedData.releases.map((release) => release.slug) } },
        select: { id: true, slug: true, deletedAt: true },
      });
      for (const release of seedData.releases) {
        const existing = existingReleases.find((row) => row.slug === release.slug);
        if (existing) {
          releases.set(release.slug, { id: existing.id, deleted: existing.deletedAt !== null });
          continue;
        }
        const organizationId = release.organizationKey === null ? null : organizationIds.get(release.organizationKey);
        if (organizationId === undefined) throw new Error(`Release ${release.slug}: unknown organization ${release.organizationKey}`);
        const created = await tx.release.create({
          data: {
            slug: release.slug,
            title: release.title,
            titleIsEditorial: release.titleIsEditorial,
            organizationId,
            issuedOn: toDate(release.issuedOn),
            place: release.place,
            language: release.language,
            referenceNumber: release.referenceNumber,
            body: bodies.get(release.slug)!,
            bodyFormat: release.bodyFormat,
            anniversaryYear: release.anniversaryYear,
            editorialNote: release.editorialNote,
            ...published,
            ...timestamps,
          },
          select: { id: true },
        });
        releases.set(release.slug, { id: created.id, deleted: false });
        report.created.releases += 1;
      }

      // Anniversaries, by year.
      const existingYears = new Set(
        (
          await tx.anniversary.findMany({
            where: { year: { in: seedData.anniversaries.map((anniversary) => anniversary.year) } },
            select: { year: true },
          })
        ).map((row) => row.year),
      );
      for (const anniversary of seedData.anniversaries) {
        if (existingYears.has(anniversary.year)) continue;
        await tx.anniversary.create({ data: { ...anniversary, ...published, ...timestamps } });
        report.created.anniversaries += 1;
      }

      // Sources, by key. A release source is also found through its release, which can have only one.
      const sources = new Map<string, ExistingSource>();
      const existingSources = await tx.source.findMany({
        where: { key: { in: seedData.sources.map((source) => source.key) } },
        select: { id: true, key: true, deletedAt: true, version: true, ...SOURCE_NOTES_SELECT },
      });
      const newSources: Prisma.SourceCreateManyInput[] = [];
      for (const source of seedData.sources) {
        const existing = existingSources.find((row) => row.key === source.key);
        if (existing) {
          sources.set(source.key, { id: existing.id, deleted: existing.deletedAt !== null });
          if (await refreshSourceNotes(tx, existing, source)) report.created.refreshed += 1;
          continue;
        }
        const { releaseSlug, date, ...fields } = source;
        let releaseId: string | null = null;
        if (releaseSlug !== null) {
          const release = releases.get(releaseSlug);
          if (!release) throw new Error(`Source ${source.key}: unknown release ${releaseSlug}`);
          if (release.deleted) {
            report.skipped.push(`source ${source.key}: its release ${releaseSlug} is deleted`);
            continue;
          }
          const sourceOfRelease = await tx.source.findUnique({
            where: { releaseId: release.id },
            select: { id: true, deletedAt: true },
          });
          if (sourceOfRelease) {
            sources.set(source.key, { id: sourceOfRelease.id, deleted: sourceOfRelease.deletedAt !== null });
            continue;
          }
          releaseId = release.id;
        }
        newSources.push({ ...fields, releaseId, date: date === null ? null : toDate(date), ...published, ...timestamps });
      }
      // One statement for every new source: the public record brought them to about a hundred.
      for (const created of await tx.source.createManyAndReturn({ data: newSources, select: { id: true, key: true } })) {
        sources.set(created.key, { id: created.id, deleted: false });
        report.created.sources += 1;
      }

      /** Citations whose source is present; the rest are reported as skipped. */
      const citationRows = (owner: string, citations: SeedCitation[]) => {
        const rows: Prisma.CitationCreateWithoutEventInput[] = [];
        citations.forEach((citation, index) => {
          const source = sources.get(citation.sourceKey);
          if (!source || source.deleted) {
            report.skipped.push(`citation of ${citation.sourceKey} for ${owner}: the source is deleted or missing`);
            return;
          }
          rows.push({
            source: { connect: { id: source.id } },
            quote: citation.quote,
            quoteIsVerbatim: citation.verbatim ?? true,
            page: citation.page ?? null,
            supports: citation.supports ?? [],
            position: index,
            createdAt: now,
          });
        });
        return rows;
      };

      /** Disputed values whose source is present; the rest are reported as skipped. */
      const disputedRows = (owner: string, values: SeedDisputedValue[] | undefined) => {
        const rows: Prisma.DisputedValueCreateWithoutVictimInput[] = [];
        (values ?? []).forEach((value, index) => {
          const source = sources.get(value.sourceKey);
          if (!source || source.deleted) {
            report.skipped.push(`disputed ${value.field} of ${value.sourceKey} for ${owner}: the source is deleted or missing`);
            return;
          }
          rows.push({
            source: { connect: { id: source.id } },
            field: value.field,
            date: value.date ? toDate(value.date) : null,
            endDate: value.endDate ? toDate(value.endDate) : null,
            datePrecision: value.date ? (value.datePrecision ?? 'DAY') : 'UNKNOWN',
            number: value.number ?? null,
            text: value.text ?? null,
            note: value.note ?? null,
            position: index,
            createdAt: now,
            updatedAt: now,
          });
        });
        return rows;
      };

      // Events, by slug, each with its citations. An event with no remaining source is not created.
      const existingEventSlugs = new Set(
        (
          await tx.event.findMany({
            where: { slug: { in: seedData.events.map((event) => event.slug) } },
            select: { slug: true },
          })
        ).map((row) => row.slug),
      );
      for (const event of seedData.events) {
        if (existingEventSlugs.has(event.slug)) continue;
        const citations = citationRows(`event ${event.slug}`, event.citations);
        if (citations.length === 0) {
          report.skipped.push(`event ${event.slug}: none of its sources is available`);
          continue;
        }
        const disputed = disputedRows(`event ${event.slug}`, event.disputed);
        await tx.event.create({
          data: {
            slug: event.slug,
            title: event.title,
            description: event.description,
            date: toDate(event.date),
            datePrecision: event.datePrecision,
            endDate: event.endDate === null ? null : toDate(event.endDate),
            time: event.time,
            place: event.place,
            citations: { create: citations },
            disputedValues: { create: disputed },
            ...published,
            ...timestamps,
          },
        });
        report.created.events += 1;
        report.created.citations += citations.length;
        report.created.disputedValues += disputed.length;
      }

      // Figures, by key.
      const existingFigureKeys = new Set(
        (
          await tx.figure.findMany({
            where: { key: { in: seedData.figures.map((figure) => figure.key) } },
            select: { key: true },
          })
        ).map((row) => row.key),
      );
      const figureRows: Prisma.FigureCreateManyInput[] = [];
      for (const figure of seedData.figures) {
        if (existingFigureKeys.has(figure.key)) continue;
        const source = sources.get(figure.sourceKey);
        if (!source || source.deleted) {
          report.skipped.push(`figure ${figure.key}: its source ${figure.sourceKey} is deleted or missing`);
          continue;
        }
        figureRows.push({
          key: figure.key,
          kind: figure.kind,
          value: figure.value,
          valueMax: figure.valueMax ?? null,
          qualifier: figure.qualifier,
          scope: figure.scope,
          scopeNote: figure.scopeNote,
          asOf: figure.asOf === null ? null : toDate(figure.asOf),
          period: figure.period ?? null,
          quote: figure.quote,
          quoteIsVerbatim: figure.verbatim ?? true,
          page: figure.page,
          note: figure.note,
          position: figure.position,
          sourceId: source.id,
          ...published,
          ...timestamps,
        });
      }
      // One statement for the whole ledger: the public record brought it to some two hundred rows.
      report.created.figures += (await tx.figure.createMany({ data: figureRows })).count;

      // Victims, by slug, each with its citations and disputed values. An unedited seed record is
      // brought up to the current seed content; an edited or deleted one is left as it is.
      const existingVictims = await tx.victim.findMany({
        where: { slug: { in: seedData.victims.map((victim) => victim.slug) } },
        select: {
          id: true,
          version: true,
          deletedAt: true,
          ...victimSeedFieldsSelect,
          citations: { select: { sourceId: true, supports: true, quote: true }, orderBy: { position: 'asc' } },
          disputedValues: { select: { sourceId: true, field: true }, orderBy: { position: 'asc' } },
        },
      });
      const newVictims: {
        row: Prisma.VictimCreateManyInput;
        citations: Prisma.CitationCreateWithoutEventInput[];
        disputed: Prisma.DisputedValueCreateWithoutVictimInput[];
      }[] = [];
      for (const victim of seedData.victims) {
        const existing = existingVictims.find((row) => row.slug === victim.slug);
        if (existing && (existing.version > 1 || existing.deletedAt !== null)) continue;
        const citations = citationRows(`victim ${victim.slug}`, victim.citations);
        if (citations.length === 0) {
          report.skipped.push(`victim ${victim.slug}: none of its sources is available`);
          continue;
        }
        const disputed = disputedRows(`victim ${victim.slug}`, victim.disputed);
        const fields = victimSeedFields(victim);
        if (existing) {
          if (sameVictimContent(existing, fields, existing, citations, disputed)) continue;
          await tx.citation.deleteMany({ where: { victimId: existing.id } });
          await tx.disputedValue.deleteMany({ where: { victimId: existing.id } });
          await tx.victim.update({
            where: { id: existing.id },
            data: { ...fields, citations: { create: citations }, disputedValues: { create: disputed }, updatedAt: now },
          });
          report.created.refreshed += 1;
          continue;
        }
        newVictims.push({ row: { slug: victim.slug, ...fields, ...timestamps }, citations, disputed });
      }
      // New victims, their citations and their disputed values in three statements, not one per row.
      const createdVictims = await tx.victim.createManyAndReturn({
        data: newVictims.map((victim) => victim.row),
        select: { id: true, slug: true },
      });
      const victimIds = new Map(createdVictims.map((row) => [row.slug, row.id]));
      const sourceIdOf = (input: { source: { connect?: { id?: string } } }) => input.source.connect!.id!;
      const newCitations = newVictims.flatMap(({ row, citations }) =>
        citations.map(({ source, ...citation }) => ({ ...citation, sourceId: sourceIdOf({ source }), victimId: victimIds.get(row.slug)! })),
      );
      const newDisputed = newVictims.flatMap(({ row, disputed }) =>
        disputed.map(({ source, ...value }) => ({ ...value, sourceId: sourceIdOf({ source }), victimId: victimIds.get(row.slug)! })),
      );
      await tx.citation.createMany({ data: newCitations });
      await tx.disputedValue.createMany({ data: newDisputed });
      report.created.victims += createdVictims.length;
      report.created.citations += newCitations.length;
      report.created.disputedValues += newDisputed.length;

      // Local demo users, by e-mail; an existing account (perhaps with a changed password) is left alone.
      for (const user of demoUsers) {
        const existing = await tx.user.findUnique({ where: { email: user.email }, select: { id: true } });
        if (existing) continue;
        await tx.user.create({ data: { ...user, active: true, ...timestamps } });
        report.created.users += 1;
      }

      // Victims written before the name search existed (or before its rules changed) get their key.
      await backfillVictimSearchKeys((sql, parameters) => tx.$queryRawUnsafe(sql, ...parameters));

      return report;
    },
    { timeout: 60000, maxWait: 10000 },
  );
}

/** What the seed writes into a victim row, beside its slug, citations and disputed values. */
function victimSeedFields(victim: SeedVictim) {
  return {
    nameLatin: victim.nameLatin,
    nameCyrillic: victim.nameCyrillic,
    nameRussian: victim.nameRussian,
    otherNames: victim.otherNames ?? [],
    description: victim.description,
    sex: victim.sex,
    birthDate: victim.birthDate ? toDate(victim.birthDate) : null,
    birthDatePrecision: victim.birthDate ? (victim.birthDatePrecision ?? 'DAY') : 'UNKNOWN',
    birthPlace: victim.birthPlace ?? null,
    age: victim.age,
    fate: victim.fate,
    deathDate: victim.deathDate ? toDate(victim.deathDate) : null,
    deathDatePrecision: victim.deathDate ? (victim.deathDatePrecision ?? 'DAY') : 'UNKNOWN',
    deathPlace: victim.deathPlace,
    home: victim.home ?? null,
    circumstances: victim.circumstances,
    contentWarning: victim.contentWarning ?? false,
    occupation: victim.occupation,
    burialPlace: victim.burialPlace,
    honours: victim.honours ?? null,
    biography: victim.biography,
    curatorNote: victim.curatorNote ?? null,
    status: victim.status ?? 'PUBLISHED',
    publishAt: null,
    searchKey: victimSearchKey({ ...victim, otherNames: victim.otherNames ?? [] }),
  } satisfies Prisma.VictimUpdateInput;
}

const victimSeedFieldsSelect = {
  ...victimRecordFields,
  curatorNote: true,
  status: true,
  publishAt: true,
  searchKey: true,
} satisfies Prisma.VictimSelect;

function comparable(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => (inner instanceof Date ? inner.toISOString() : inner));
}

/** True when an unedited victim row already holds exactly what the seed would write. */
function sameVictimContent(
  row: Record<string, unknown>,
  fields: ReturnType<typeof victimSeedFields>,
  stored: { citations: { sourceId: string; supports: string[]; quote: string | null }[]; disputedValues: { sourceId: string; field: string }[] },
  citations: Prisma.CitationCreateWithoutEventInput[],
  disputed: Prisma.DisputedValueCreateWithoutVictimInput[],
): boolean {
  const storedFields = Object.fromEntries(Object.keys(fields).map((key) => [key, row[key]]));
  const sourceId = (input: { source: { connect?: { id?: string } } }) => input.source.connect?.id;
  return (
    comparable(storedFields) === comparable(fields) &&
    comparable(stored.citations) === comparable(citations.map((citation) => ({ sourceId: sourceId(citation), supports: citation.supports ?? [], quote: citation.quote ?? null }))) &&
    comparable(stored.disputedValues) === comparable(disputed.map((value) => ({ sourceId: sourceId(value), field: value.field })))
  );
}

const SOURCE_NOTES_SELECT = { language: true, publisherKind: true, reliabilityNote: true, dateNote: true, editorialNote: true } as const;

type SourceNotes = { [K in keyof typeof SOURCE_NOTES_SELECT]: string | null };

/**
 * Fills the notes a source gained with the public record (language, kind of publisher, reliability,
 * date and editorial notes) into an unedited seed source where they are still empty.
 */
async function refreshSourceNotes(
  tx: Tx,
  row: SourceNotes & { id: string; version: number; deletedAt: Date | null },
  source: SeedSource,
): Promise<boolean> {
  if (row.version > 1 || row.deletedAt !== null) return false;
  const notes: SourceNotes = {
    language: source.language ?? null,
    publisherKind: source.publisherKind ?? null,
    reliabilityNote: source.reliabilityNote ?? null,
    dateNote: source.dateNote ?? null,
    editorialNote: source.editorialNote ?? null,
  };
  const missing = Object.fromEntries(Object.entries(notes).filter(([key, value]) => value !== null && row[key as keyof SourceNotes] === null));
  if (Object.keys(missing).length === 0) return false;
  await tx.source.update({ where: { id: row.id }, data: missing });
  return true;
}

function formatReport(report: SeedReport): string {
  const lines = Object.entries(report.created).map(([entity, count]) => `  ${entity.padEnd(14)} ${count}`);
  const skipped = report.skipped.map((reason) => `  skipped: ${reason}`);
  return ['Seed complete. Created:', ...lines, ...skipped].join('\n');
}

async function main(): Promise<void> {
  // A script, not application code: it reads its one setting directly rather than through lib/env.ts.
  const url = process.env.DATABASE_URL;
  if (!url || !/^postgres(ql)?:\/\//.test(url)) {
    throw new Error('DATABASE_URL must be set to a postgres:// or postgresql:// URL to seed.');
  }
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  try {
    const report = await seed(prisma, { demoCurator: process.argv.includes('--demo') });
    console.log(formatReport(report));
    if (process.argv.includes('--demo')) {
      console.log(`Demo logins: ${DEMO_USERS.map((user) => user.email).join(', ')} / password "${DEMO_PASSWORD}" (local use only).`);
      console.log(`The demo admin's authenticator key (local use only): ${DEMO_ADMIN_TOTP_SECRET}; \`npx tsx scripts/demo-totp-code.ts\` prints its current code.`);
    }
  } finally {
    await prisma.$disconnect();
  }
}

function isRunDirectly(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  const withoutExtension = (path: string) => path.replace(/\.[cm]?[jt]s$/, '');
  return withoutExtension(resolve(script)) === withoutExtension(fileURLToPath(import.meta.url));
}

if (isRunDirectly()) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
