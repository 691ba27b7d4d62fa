import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient, type Prisma } from '../lib/generated/prisma/client';
import { DEMO_ADMIN_TOTP_SECRET, DEMO_PASSWORD, DEMO_USERS } from '../lib/users/demo-accounts';
import { encryptTotpSecret } from '../lib/users/totp';
import { DEMO_PRIVACY_NOTICE } from '../lib/operator-texts/demo-notice';
import { OPERATOR_TEXTS_ID } from '../lib/operator-texts/schema';
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
export { DEMO_PRIVACY_NOTICE };

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
    /** The demonstration's placeholder privacy notice (the embedded demo database only). */
    demoPrivacyNotice: number;
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
  // Read the release files and hash passwords before the transaction, so it stays short.
  const bodies = new Map(seedData.releases.map((release) => [release.slug, readReleaseBody(release)]));
  const demoUsers = options.demoCurator ? await demoUserRows() : [];

  return prisma.$transaction(
    async (tx: Tx) => {
      const run: SeedRun = { tx, now, timestamps: { createdAt: now, updatedAt: now }, report: emptyReport() };
      const organizationIds = await seedOrganizations(run);
      const releases = await seedReleases(run, organizationIds, bodies);
      await seedAnniversaries(run);
      const sources = await seedSources(run, releases);
      await seedEvents(run, sources);
      await seedFigures(run, sources);
      await seedVictims(run, sources);
      await seedDemoUsers(run, demoUsers);
      if (options.demoCurator) await seedDemoPrivacyNotice(run);
      // Victims written before the name search existed (or before its rules changed) get their key.
      await backfillVictimSearchKeys((sql, parameters) => tx.$queryRawUnsafe(sql, ...parameters));
      return run.report;
    },
    { timeout: 60000, maxWait: 10000 },
  );
}

/** One seed run: its transaction, its clock, and the report each step adds to. */
interface SeedRun {
  tx: Tx;
  now: Date;
  timestamps: { createdAt: Date; updatedAt: Date };
  report: SeedReport;
}

/** Seed content is public at once. */
const PUBLISHED = { status: 'PUBLISHED', publishAt: null } as const;

function emptyReport(): SeedReport {
  return {
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
      demoPrivacyNotice: 0,
    },
    skipped: [],
  };
}

/**
 * The seed items that no row holds yet, by their stable key. Every other item is left alone: its row
 * may be a curator's edit, or soft-deleted, and neither is ever overwritten or undone.
 */
function missing<Item, Key>(items: readonly Item[], existingKeys: readonly Key[], keyOf: (item: Item) => Key): Item[] {
  const existing = new Set(existingKeys);
  return items.filter((item) => !existing.has(keyOf(item)));
}

/** Organizations, by slug; returns every seed organization's id by its seed key. */
async function seedOrganizations({ tx, timestamps, report }: SeedRun): Promise<Map<string, string>> {
  const existing = await tx.organization.findMany({
    where: { slug: { in: seedData.organizations.map((organization) => organization.slug) } },
    select: { id: true, slug: true },
  });
  const ids = new Map(seedData.organizations.flatMap(({ key, slug }) => existing.filter((row) => row.slug === slug).map((row) => [key, row.id] as const)));
  for (const { key, ...fields } of missing(seedData.organizations, existing.map((row) => row.slug), (organization) => organization.slug)) {
    const { id } = await tx.organization.create({ data: { ...fields, ...PUBLISHED, ...timestamps }, select: { id: true } });
    ids.set(key, id);
    report.created.organizations += 1;
  }
  return ids;
}

type SeededRelease = { id: string; deleted: boolean };

/** Releases, by slug; returns every seed release (existing or new) by its slug. */
async function seedReleases({ tx, timestamps, report }: SeedRun, organizationIds: Map<string, string>, bodies: Map<string, string>): Promise<Map<string, SeededRelease>> {
  const existing = await tx.release.findMany({
    where: { slug: { in: seedData.releases.map((release) => release.slug) } },
    select: { id: true, slug: true, deletedAt: true },
  });
  const releases = new Map(existing.map((row) => [row.slug, { id: row.id, deleted: row.deletedAt !== null }]));
  for (const release of missing(seedData.releases, existing.map((row) => row.slug), (release) => release.slug)) {
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
        ...PUBLISHED,
        ...timestamps,
      },
      select: { id: true },
    });
    releases.set(release.slug, { id: created.id, deleted: false });
    report.created.releases += 1;
  }
  return releases;
}

/** Anniversaries, by year. */
async function seedAnniversaries({ tx, timestamps, report }: SeedRun): Promise<void> {
  const existing = await tx.anniversary.findMany({
    where: { year: { in: seedData.anniversaries.map((anniversary) => anniversary.year) } },
    select: { year: true },
  });
  for (const anniversary of missing(seedData.anniversaries, existing.map((row) => row.year), (item) => item.year)) {
    await tx.anniversary.create({ data: { ...anniversary, ...PUBLISHED, ...timestamps } });
    report.created.anniversaries += 1;
  }
}

/**
 * Sources, by key; returns every available seed source by its key. A release source is also found
 * through its release, which can have only one; none is made for a deleted release.
 */
async function seedSources(run: SeedRun, releases: Map<string, SeededRelease>): Promise<Map<string, ExistingSource>> {
  const { tx, timestamps, report } = run;
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
    newSources.push({ ...fields, releaseId, date: date === null ? null : toDate(date), ...PUBLISHED, ...timestamps });
  }
  // One statement for every new source: the public record brought them to about a hundred.
  for (const created of await tx.source.createManyAndReturn({ data: newSources, select: { id: true, key: true } })) {
    sources.set(created.key, { id: created.id, deleted: false });
    report.created.sources += 1;
  }
  return sources;
}

/** The source of a seed citation, figure or disputed value, if it is there and not deleted. */
function availableSource(sources: Map<string, ExistingSource>, key: string): ExistingSource | null {
  const source = sources.get(key);
  return source && !source.deleted ? source : null;
}

/** Citations whose source is available; the rest are reported as skipped. */
function citationRows({ now, report }: SeedRun, sources: Map<string, ExistingSource>, owner: string, citations: SeedCitation[]) {
  const rows: Prisma.CitationCreateWithoutEventInput[] = [];
  citations.forEach((citation, index) => {
    const source = availableSource(sources, citation.sourceKey);
    if (!source) {
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
}

/** Disputed values whose source is available; the rest are reported as skipped. */
function disputedRows({ now, report }: SeedRun, sources: Map<string, ExistingSource>, owner: string, values: SeedDisputedValue[] | undefined) {
  const rows: Prisma.DisputedValueCreateWithoutVictimInput[] = [];
  (values ?? []).forEach((value, index) => {
    const source = availableSource(sources, value.sourceKey);
    if (!source) {
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
}

/** Events, by slug, each with its citations. An event with no remaining source is not created. */
async function seedEvents(run: SeedRun, sources: Map<string, ExistingSource>): Promise<void> {
  const { tx, timestamps, report } = run;
  const existing = await tx.event.findMany({
    where: { slug: { in: seedData.events.map((event) => event.slug) } },
    select: { slug: true },
  });
  for (const event of missing(seedData.events, existing.map((row) => row.slug), (item) => item.slug)) {
    const citations = citationRows(run, sources, `event ${event.slug}`, event.citations);
    if (citations.length === 0) {
      report.skipped.push(`event ${event.slug}: none of its sources is available`);
      continue;
    }
    const disputed = disputedRows(run, sources, `event ${event.slug}`, event.disputed);
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
        ...PUBLISHED,
        ...timestamps,
      },
    });
    report.created.events += 1;
    report.created.citations += citations.length;
    report.created.disputedValues += disputed.length;
  }
}

/** Figures, by key, in one statement: the public record brought the ledger to some two hundred rows. */
async function seedFigures({ tx, timestamps, report }: SeedRun, sources: Map<string, ExistingSource>): Promise<void> {
  const existing = await tx.figure.findMany({
    where: { key: { in: seedData.figures.map((figure) => figure.key) } },
    select: { key: true },
  });
  const figureRows: Prisma.FigureCreateManyInput[] = [];
  for (const figure of missing(seedData.figures, existing.map((row) => row.key), (item) => item.key)) {
    const source = availableSource(sources, figure.sourceKey);
    if (!source) {
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
      ...PUBLISHED,
      ...timestamps,
    });
  }
  report.created.figures += (await tx.figure.createMany({ data: figureRows })).count;
}

/**
 * Victims, by slug, each with its citations and disputed values. An unedited seed record is brought
 * up to the current seed content; an edited or deleted one is left as it is.
 */
async function seedVictims(run: SeedRun, sources: Map<string, ExistingSource>): Promise<void> {
  const { tx, now, timestamps, report } = run;
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
  const newVictims: NewVictim[] = [];
  for (const victim of seedData.victims) {
    const existing = existingVictims.find((row) => row.slug === victim.slug);
    if (existing && (existing.version > 1 || existing.deletedAt !== null)) continue;
    const citations = citationRows(run, sources, `victim ${victim.slug}`, victim.citations);
    if (citations.length === 0) {
      report.skipped.push(`victim ${victim.slug}: none of its sources is available`);
      continue;
    }
    const disputed = disputedRows(run, sources, `victim ${victim.slug}`, victim.disputed);
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
  await insertVictims(run, newVictims);
}

type NewVictim = {
  row: Prisma.VictimCreateManyInput;
  citations: Prisma.CitationCreateWithoutEventInput[];
  disputed: Prisma.DisputedValueCreateWithoutVictimInput[];
};

/** New victims, their citations and their disputed values in three statements, not one per row. */
async function insertVictims({ tx, report }: SeedRun, newVictims: NewVictim[]): Promise<void> {
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
}

type DemoUserRow = Awaited<ReturnType<typeof demoUserRows>>[number];

/** The local demo accounts, their passwords hashed (slow on purpose, so before the transaction). */
async function demoUserRows() {
  return Promise.all(
    DEMO_USERS.map(async (user) => ({
      ...user,
      passwordHash: await hashPassword(DEMO_PASSWORD),
      // Administrators must have a second factor: the demo one's secret is in the README.
      ...(user.role === 'ADMIN' ? { totpSecret: encryptTotpSecret(DEMO_ADMIN_TOTP_SECRET, { forDemoAccount: true }), totpEnabledAt: new Date() } : {}),
    })),
  );
}

/** Local demo users, by e-mail; an existing account (perhaps with a changed password) is left alone. */
async function seedDemoUsers({ tx, timestamps, report }: SeedRun, users: DemoUserRow[]): Promise<void> {
  if (users.length === 0) return;
  const existing = await tx.user.findMany({ where: { email: { in: users.map((user) => user.email) } }, select: { email: true } });
  for (const user of missing(users, existing.map((row) => row.email), (item) => item.email)) {
    await tx.user.create({ data: { ...user, active: true, ...timestamps } });
    report.created.users += 1;
  }
}

/**
 * The demo's placeholder privacy notice (lib/operator-texts/demo-notice.ts), with the demo accounts,
 * which only the embedded database (and test runs) get — never a real database. Once: texts an
 * administrator has saved (or emptied) are left alone.
 */
async function seedDemoPrivacyNotice({ tx, timestamps, report }: SeedRun): Promise<void> {
  const { count } = await tx.operatorTexts.createMany({ data: [{ id: OPERATOR_TEXTS_ID, ...DEMO_PRIVACY_NOTICE, ...timestamps }], skipDuplicates: true });
  report.created.demoPrivacyNotice += count;
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
