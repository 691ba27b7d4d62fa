import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { victimSearchKey } from '@/lib/victims/search/search-key';

let counter = 0;
/** A unique suffix for keys and slugs inside one test file. */
export function unique(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}

export const PUBLISHED = { status: 'PUBLISHED' as const };
export const DRAFT = { status: 'DRAFT' as const };
const HOUR = 3_600_000;
/** Published, but scheduled for an hour from now: not yet public. */
export const SCHEDULED = () => ({ status: 'PUBLISHED' as const, publishAt: new Date(Date.now() + HOUR) });
/** Published, and deleted: never public. */
export const DELETED = () => ({ status: 'PUBLISHED' as const, deletedAt: new Date() });

export async function createOrganization(data: Partial<Prisma.OrganizationCreateInput> = {}) {
  return db.organization.create({
    data: { slug: unique('org'), name: unique('Embassy'), kind: 'EMBASSY', status: 'PUBLISHED', ...data },
  });
}

/** A release together with the source record that lets facts cite it. */
export async function createRelease(data: Partial<Prisma.ReleaseUncheckedCreateInput> = {}) {
  const release = await db.release.create({
    data: {
      slug: unique('release'),
      title: unique('Press release'),
      issuedOn: new Date('2020-01-20T00:00:00Z'),
      body: 'Text of the release.',
      status: 'PUBLISHED',
      ...data,
    },
  });
  const source = await db.source.create({
    data: { key: unique('source'), kind: 'RELEASE', releaseId: release.id, status: 'PUBLISHED' },
  });
  return { release, source };
}

export async function createExternalSource(data: Partial<Prisma.SourceUncheckedCreateInput> = {}) {
  return db.source.create({
    data: { key: unique('external'), kind: 'EXTERNAL', title: unique('Document'), status: 'PUBLISHED', ...data },
  });
}

export async function createEvent(sourceId: string, data: Partial<Prisma.EventUncheckedCreateInput> = {}, quote = 'Quoted words.') {
  return db.event.create({
    data: {
      slug: unique('event'),
      title: unique('Event'),
      date: new Date('1990-01-20T00:00:00Z'),
      status: 'PUBLISHED',
      ...data,
      citations: { create: [{ sourceId, quote }] },
    },
  });
}

export async function createFigure(sourceId: string, data: Partial<Prisma.FigureUncheckedCreateInput> = {}) {
  return db.figure.create({
    data: { key: unique('figure'), kind: 'KILLED', value: 1, quote: 'Quoted words.', sourceId, status: 'PUBLISHED', ...data },
  });
}

export async function createVictim(sourceId: string, data: Partial<Prisma.VictimUncheckedCreateInput> = {}) {
  const otherNames = Array.isArray(data.otherNames) ? data.otherNames : [];
  return db.victim.create({
    data: {
      slug: unique('victim'),
      status: 'PUBLISHED',
      // As every write path of the application does (lib/victims/search/search-key.ts).
      searchKey: victimSearchKey({ ...data, otherNames }),
      ...data,
      citations: { create: [{ sourceId, quote: 'Quoted words.' }] },
    },
  });
}

/**
 * The two curators of the mutation tests: `otherCurator` is the one who saves in between, so a
 * refused stale save names "Second Curator".
 */
export async function createCurators(): Promise<{ curator: { id: string }; otherCurator: { id: string } }> {
  const curator = await db.user.create({ data: { email: 'curator@test.example', name: 'First Curator', passwordHash: 'x' } });
  const otherCurator = await db.user.create({ data: { email: 'other@test.example', name: 'Second Curator', passwordHash: 'x' } });
  return { curator, otherCurator };
}
