import 'server-only';
import type { z } from 'zod';
import { assertCited, assertCitedSourcesExist, replaceCitedRows, type CitedRows, type CitingRecord } from '@/lib/citations/mutations';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { recordSlugChange, releaseSlug } from '@/lib/redirects/mutations';
import { auditedCreate, isUniqueViolation, versionedChange, type Actor, type Versioned } from '@/lib/records/change';
import { MutationRefusedError } from '@/lib/records/errors';
import type { MutationResult } from '@/lib/records/result';

export type { Actor };

/** The fields publishing, unpublishing, deleting and undeleting change, the same on every record. */
type PublicationChange = { status: 'DRAFT' | 'PUBLISHED'; publishAt: Date | null } | { deletedAt: Date | null };

/** A refusal checked inside a change's transaction, before the record's row is updated. */
export type Check<Snapshot> = (tx: Prisma.TransactionClient, before: Snapshot) => Promise<void>;

/** Whether a save is a curator's edit or a version restored from history (which also undeletes). */
export type SaveKind = { restoring: boolean };

/** A record's public address, for the kinds that have one (a `slug` field): victims, releases, issuers, events. */
function slugOf(snapshot: object): string | null {
  const slug = (snapshot as { slug?: unknown }).slug;
  return typeof slug === 'string' ? slug : null;
}

/**
 * How a kind of record is declared once: its model's reads and writes, its fields (`data`), its
 * cache tags, its unique column, whether it cites sources, and how a version from history is read
 * back (`snapshot`, the record's schema for an audit entry's JSON). Everything else — the versioned
 * change with its audit entry, publication, deletion, restoring, old addresses — comes from
 * defineRecord.
 */
export type RecordDeclaration<Snapshot extends Versioned & { id: string }, Input, Data extends object, Summary> = {
  entityType: string;
  /** Where the curators edit one record (history links there after a restore). */
  editPath: (id: string) => string;
  read: (tx: Prisma.TransactionClient, id: string) => Promise<Snapshot | null>;
  /** Inserts a new record from the input (as a draft) and returns its id; it may refuse by throwing. */
  insert: (tx: Prisma.TransactionClient, input: Input, actor: Actor) => Promise<{ id: string }>;
  /** Updates where { id, version } (so that of two racing saves only one wins) and returns the count. */
  updateMany: (
    tx: Prisma.TransactionClient,
    where: { id: string; version: number },
    data: (Data | PublicationChange) & { version: { increment: number } },
  ) => Promise<{ count: number }>;
  /** The columns an edit or a restore writes; it may refuse by throwing. */
  data: (tx: Prisma.TransactionClient, input: Input, before: Snapshot, kind: SaveKind) => Promise<Data>;
  /**
   * A version from history as it may be restored now, in the restore's transaction, before anything is
   * written (e.g. without the details a family asked to withhold since that version was saved).
   */
  restorable?: (tx: Prisma.TransactionClient, id: string, input: Input) => Promise<Input>;
  /** Run in the transaction after a create, an edit or a restore wrote the record's row (e.g. links to other records). */
  afterSave?: (tx: Prisma.TransactionClient, id: string, input: Input) => Promise<void>;
  summary: (snapshot: Snapshot) => Summary;
  /** The public cache tags of the record as it was and as it is (one snapshot for a creation). */
  tags: (...snapshots: Snapshot[]) => string[];
  /** The refusal for a unique column another record already uses (a slug, a key, a year). */
  unique?: { field: string; refusal: (input: Input | undefined) => MutationRefusedError };
  /** A refusal checked before every change (e.g. a record edited elsewhere). */
  guard?: Check<Snapshot>;
  /** Run after every change's update, in its transaction (e.g. to keep a dependent record in step). */
  afterEveryUpdate?: (tx: Prisma.TransactionClient, change: { actor: Actor; id: string; action: string }) => Promise<void>;
  /**
   * For kinds whose facts cite sources (victims, events): which column of a citation names the record.
   * Saves then check the cited sources, replace the citations and disputed values, and publishing
   * refuses a record that cites nothing.
   */
  cites?: (id: string) => CitingRecord;
  /** The record's schema for a version kept in the audit log: parses an entry's JSON into an input. */
  snapshot: z.ZodType<Input>;
};

/** How the history page restores a version of one kind of record. */
export type HistoryEntry = {
  currentVersion: (id: string) => Promise<number | null>;
  restore: (actor: Actor, id: string, expectedVersion: number, snapshot: unknown) => Promise<MutationResult<{ id: string }>>;
  editPath: (id: string) => string;
};

/**
 * The life of one kind of record — create, edit at a version, publish (now or at a time), unpublish,
 * delete, undelete, restore a version from history — each in one transaction with its audit entry,
 * returning the record and the cache tags to revalidate. A domain's mutations.ts declares its record
 * once and exports what it needs of this; it writes by hand only what differs (its checks).
 *
 * A record with a public address (a `slug`) keeps its old addresses: a change of slug records a
 * permanent redirect in the same transaction (lib/redirects), and `tags` must name the old slug's
 * tags too, so that a cached page of the old address is expired and answers with the redirect.
 */
export function defineRecord<Snapshot extends Versioned & { id: string }, Input, Data extends object, Summary extends { id: string }>(
  config: RecordDeclaration<Snapshot, Input, Data, Summary>,
) {
  function refuseDuplicate(error: unknown, input?: Input): never {
    if (config.unique && isUniqueViolation(error, config.unique.field)) throw config.unique.refusal(input);
    throw error;
  }

  /** The citations and disputed values of a save, when the kind cites sources. */
  function citedRows(input: Input): CitedRows {
    return input as CitedRows;
  }

  /** Records a redirect from the record's old address when the change gave it a new one. */
  async function keepOldAddress(tx: Prisma.TransactionClient, id: string, before: Snapshot): Promise<void> {
    const oldSlug = slugOf(before);
    if (oldSlug === null) return;
    const after = await config.read(tx, id);
    const newSlug = after ? slugOf(after) : null;
    if (newSlug !== null && newSlug !== oldSlug) {
      await recordSlugChange(tx, { entityType: config.entityType, entityId: id, oldSlug, newSlug });
    }
  }

  /** One change at the version the curator saw; `compute` may refuse by throwing. */
  async function changeRecord(
    actor: Actor,
    id: string,
    expectedVersion: number,
    action: string,
    compute: (tx: Prisma.TransactionClient, before: Snapshot) => Promise<Data | PublicationChange>,
    options: { allowDeleted?: boolean; input?: { current: Input } } = {},
  ): Promise<MutationResult<Summary>> {
    try {
      const { before, after } = await versionedChange({
        actor,
        entityType: config.entityType,
        id,
        expectedVersion,
        action,
        allowDeleted: options.allowDeleted,
        read: config.read,
        write: async (tx, before) => {
          await config.guard?.(tx, before);
          const data = await compute(tx, before);
          const updated = await config.updateMany(tx, { id, version: expectedVersion }, { ...data, version: { increment: 1 } });
          if (updated.count === 1) {
            // Only a change of the record's fields can change its address (not publishing or deleting).
            if ('slug' in data) await keepOldAddress(tx, id, before);
            if (options.input !== undefined) await afterWritten(tx, id, options.input.current);
            await config.afterEveryUpdate?.(tx, { actor, id, action });
          }
          return updated.count;
        },
      });
      return { record: config.summary(after), tags: config.tags(before, after) };
    } catch (error) {
      refuseDuplicate(error, options.input?.current);
    }
  }

  /** What follows the write of a record's own fields: its citations, then the kind's own links. */
  async function afterWritten(tx: Prisma.TransactionClient, id: string, input: Input): Promise<void> {
    if (config.cites) await replaceCitedRows(config.cites(id), citedRows(input))(tx);
    await config.afterSave?.(tx, id, input);
  }

  /** An edit, or a version restored from history (which also brings a deleted record back). */
  function save(actor: Actor, id: string, expectedVersion: number, given: Input, kind: SaveKind) {
    // What is written: the input, or for a restore what of the version may be restored now.
    const input = { current: given };
    return changeRecord(
      actor,
      id,
      expectedVersion,
      kind.restoring ? 'restore' : 'update',
      async (tx, before) => {
        if (kind.restoring && config.restorable) input.current = await config.restorable(tx, id, given);
        if (config.cites) await assertCitedSourcesExist(tx, citedRows(input.current));
        const data = await config.data(tx, input.current, before, kind);
        return kind.restoring ? { ...data, deletedAt: null } : data;
      },
      { allowDeleted: kind.restoring, input },
    );
  }

  /** A publication change (publish, unpublish, delete, undelete) once `check` (if any) has passed. */
  function checked(check: Check<Snapshot> | undefined, data: () => PublicationChange) {
    return async (tx: Prisma.TransactionClient, before: Snapshot) => {
      await check?.(tx, before);
      return data();
    };
  }

  /** Reads a version from the audit log with the record's schema: a snapshot that does not parse is refused, never cast. */
  function parseSnapshot(snapshot: unknown): Input {
    const parsed = config.snapshot.safeParse(snapshot);
    if (parsed.success) return parsed.data;
    const fields = [...new Set(parsed.error.issues.map((issue) => issue.path.join('.') || '(the record)'))].join(', ');
    throw new MutationRefusedError(`This version cannot be restored: the history entry does not hold a complete record (${fields}). Nothing was changed.`);
  }

  const mutations = {
    /** Creates the record as a draft from the curator's input, with its audit entry. */
    create: async (actor: Actor, input: Input): Promise<MutationResult<Summary>> => {
      try {
        const record = await auditedCreate({
          actor,
          entityType: config.entityType,
          create: async (tx) => {
            if (config.cites) await assertCitedSourcesExist(tx, citedRows(input));
            const { id } = await config.insert(tx, input, actor);
            await afterWritten(tx, id, input);
            const created = await config.read(tx, id);
            if (!created) throw new Error(`${config.entityType} ${id} vanished inside its own transaction.`);
            // A new record's address is live now; a redirect that used to leave from it must go.
            const slug = slugOf(created);
            if (slug !== null) await releaseSlug(tx, config.entityType, slug);
            return created;
          },
        });
        return { record: config.summary(record), tags: config.tags(record) };
      } catch (error) {
        refuseDuplicate(error, input);
      }
    },
    /** Saves a curator's edit of every field at the version the curator saw. */
    update: (actor: Actor, id: string, expectedVersion: number, input: Input) => save(actor, id, expectedVersion, input, { restoring: false }),
    /** Publishes now, or at `publishAt`, once `check` (if any) has passed; a kind that cites must cite a source first. */
    publish: (actor: Actor, id: string, expectedVersion: number, publishAt: Date | null, check?: Check<Snapshot>) =>
      changeRecord(actor, id, expectedVersion, 'publish', async (tx, before) => {
        if (config.cites) await assertCited(tx, config.cites(id));
        await check?.(tx, before);
        return { status: 'PUBLISHED', publishAt };
      }),
    /** Takes the record off the public site, keeping it as a draft, once `check` (if any) has passed. */
    unpublish: (actor: Actor, id: string, expectedVersion: number, check?: Check<Snapshot>) =>
      changeRecord(actor, id, expectedVersion, 'unpublish', checked(check, () => ({ status: 'DRAFT', publishAt: null }))),
    /** Deletes softly, once `check` (if any) has passed: it disappears everywhere but stays restorable. */
    softDelete: (actor: Actor, id: string, expectedVersion: number, check?: Check<Snapshot>) =>
      changeRecord(actor, id, expectedVersion, 'delete', checked(check, () => ({ deletedAt: new Date() }))),
    /** Brings a deleted record back, as it was when deleted, once `check` (if any) has passed. */
    undelete: (actor: Actor, id: string, expectedVersion: number, check?: Check<Snapshot>) =>
      changeRecord(actor, id, expectedVersion, 'restore', checked(check, () => ({ deletedAt: null })), { allowDeleted: true }),
    /** Restores the fields of a version in the audit log (parsed with the record's schema) as a new version; history is never rewritten. */
    restore: async (actor: Actor, id: string, expectedVersion: number, snapshot: unknown) =>
      save(actor, id, expectedVersion, parseSnapshot(snapshot), { restoring: true }),
  };

  const history: HistoryEntry = {
    currentVersion: async (id) => (await config.read(db, id))?.version ?? null,
    restore: mutations.restore,
    editPath: config.editPath,
  };

  return { ...mutations, history };
}
