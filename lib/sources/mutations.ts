import 'server-only';
import { firstFreeKey } from '@/lib/admin/form-parsing';
import { cacheTags } from '@/lib/cache';
import { MutationRefusedError } from '@/lib/concurrency';
import { recordMutations, type Actor } from '@/lib/mutation-helpers';
import { defaultSourceKey, type SourceInput } from '@/lib/sources/admin-schema';
import { victimDisplayName } from '@/lib/victims/display';
import type { Prisma } from '@/lib/generated/prisma/client';

export type { Actor };

const sourceAuditSelect = {
  id: true,
  key: true,
  kind: true,
  title: true,
  author: true,
  publisher: true,
  date: true,
  datePrecision: true,
  dateSeason: true,
  details: true,
  url: true,
  quotedAt: true,
  status: true,
  publishAt: true,
  version: true,
  deletedAt: true,
  updatedAt: true,
} satisfies Prisma.SourceSelect;

export type SourceSnapshot = Prisma.SourceGetPayload<{ select: typeof sourceAuditSelect }>;

/** How many citers of each kind a refusal names before it says "and N more". */
const USAGE_LIST_LIMIT = 10;

const sources = recordMutations<SourceSnapshot, Prisma.SourceUpdateManyMutationInput, { id: string; key: string }>({
  entityType: 'Source',
  read: (tx, id) => tx.source.findUnique({ where: { id }, select: sourceAuditSelect }),
  updateMany: (tx, where, data) => tx.source.updateMany({ where, data }),
  summary: (source) => ({ id: source.id, key: source.key }),
  // Every public page that names a source: the timeline, the figures and the victims' pages.
  tags: () => [cacheTags.sources, cacheTags.events, cacheTags.figures, cacheTags.victims],
  unique: {
    field: 'key',
    refusal: () =>
      new MutationRefusedError('Another source already uses this key.', {
        key: ['Another source already uses this key. Choose a different one.'],
      }),
  },
  // A release's source is edited with its release, not here.
  guard: async (_tx, before) => {
    if (before.kind !== 'EXTERNAL') throw new MutationRefusedError('This source is a release in the archive: change it with its release.');
  },
});

/** The title's key, numbered ("-2", "-3"…) when another source has it. */
async function freeKeyFor(tx: Prisma.TransactionClient, title: string): Promise<string> {
  const base = defaultSourceKey(title);
  const taken = await tx.source.findMany({ where: { key: { startsWith: base } }, select: { key: true } });
  return firstFreeKey(base, taken.map((row) => row.key));
}

/**
 * Creates an external source as a draft, with an audit entry, in one transaction. A key left
 * empty is made from the title (numbered when another source has it).
 */
export async function createSource(actor: Actor, input: SourceInput) {
  return sources.create(actor, async (tx) =>
    tx.source.create({
      data: { ...input, key: input.key ?? (await freeKeyFor(tx, input.title)), kind: 'EXTERNAL', status: 'DRAFT' },
      select: sourceAuditSelect,
    }),
  );
}

/** Saves a curator's edit of every field. A key left empty keeps the source's key: keys are stable. */
export async function updateSource(actor: Actor, id: string, expectedVersion: number, input: SourceInput) {
  return sources.change(actor, id, expectedVersion, 'update', async (_tx, before) => ({ ...input, key: input.key ?? before.key }));
}

/** Publishes now, or at `publishAt`. */
export async function publishSource(actor: Actor, id: string, expectedVersion: number, publishAt: Date | null) {
  return sources.publish(actor, id, expectedVersion, publishAt);
}

/** Takes a source off the public site: the facts citing it are then shown without it. */
export async function unpublishSource(actor: Actor, id: string, expectedVersion: number) {
  return sources.unpublish(actor, id, expectedVersion);
}

function listed(items: string[]): string {
  const shown = items.slice(0, USAGE_LIST_LIMIT).join('; ');
  return items.length > USAGE_LIST_LIMIT ? `${shown}; and ${items.length - USAGE_LIST_LIMIT} more` : shown;
}

/**
 * What still cites a source: events and victims through their citations, and figures. Deleted
 * records count too, because undeleting one would bring its citation back.
 */
async function describeUsage(tx: Prisma.TransactionClient, sourceId: string): Promise<string[]> {
  // One query after the other: a transaction runs on one connection.
  const citations = await tx.citation.findMany({
    where: { sourceId },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: {
      event: { select: { id: true, title: true, deletedAt: true } },
      victim: { select: { id: true, nameLatin: true, nameCyrillic: true, nameRussian: true, description: true, deletedAt: true } },
    },
  });
  const figures = await tx.figure.findMany({ where: { sourceId }, orderBy: { key: 'asc' }, select: { key: true, deletedAt: true } });
  const deleted = (row: { deletedAt: Date | null }) => (row.deletedAt ? ' (deleted)' : '');
  const unique = (rows: { id: string; text: string }[]) => [...new Map(rows.map((row) => [row.id, row.text])).values()];
  const events = unique(citations.flatMap(({ event }) => (event ? [{ id: event.id, text: `“${event.title}”${deleted(event)}` }] : [])));
  const victims = unique(citations.flatMap(({ victim }) => (victim ? [{ id: victim.id, text: `${victimDisplayName(victim).name}${deleted(victim)}` }] : [])));
  const parts: string[] = [];
  if (events.length > 0) parts.push(`events: ${listed(events)}`);
  if (victims.length > 0) parts.push(`victims: ${listed(victims)}`);
  if (figures.length > 0) parts.push(`figures: ${listed(figures.map((figure) => `${figure.key}${deleted(figure)}`))}`);
  return parts;
}

/**
 * Deletes softly — refused while anything still cites the source, so that no fact on the memorial
 * silently loses its source. The refusal names every citer so the curator can change them first.
 */
export async function deleteSource(actor: Actor, id: string, expectedVersion: number) {
  return sources.softDelete(actor, id, expectedVersion, async (tx) => {
    const usage = await describeUsage(tx, id);
    if (usage.length > 0) {
      throw new MutationRefusedError(`This source cannot be deleted while it is cited. Remove or change these citations first — ${usage.join('. ')}.`);
    }
  });
}

/** Brings a deleted source back, as it was when deleted. */
export async function undeleteSource(actor: Actor, id: string, expectedVersion: number) {
  return sources.undelete(actor, id, expectedVersion);
}

/** Restores the fields a source had in one audit snapshot, as a new version; history is never rewritten. */
export async function restoreSourceVersion(actor: Actor, id: string, expectedVersion: number, snapshot: SourceSnapshot) {
  const fields = {
    key: snapshot.key,
    title: snapshot.title,
    author: snapshot.author,
    publisher: snapshot.publisher,
    date: snapshot.date ? new Date(snapshot.date) : null,
    datePrecision: snapshot.datePrecision,
    dateSeason: snapshot.dateSeason,
    details: snapshot.details,
    url: snapshot.url,
    quotedAt: snapshot.quotedAt,
  };
  return sources.change(actor, id, expectedVersion, 'restore', async () => ({ ...fields, deletedAt: null }), { allowDeleted: true });
}
