import 'server-only';
import { createHash } from 'node:crypto';
import { recordAudit } from '@/lib/audit/mutations';
import { cacheTags } from '@/lib/cache';
import { MutationRefusedError, RecordNotFoundError } from '@/lib/records/errors';
import { db } from '@/lib/db';
import { findWhoSavedLast, isUniqueViolation, type Actor } from '@/lib/records/change';
import type { MutationResult } from '@/lib/records/result';
import type { PhotoInput } from '@/lib/victims/photos/photo';
import { stripPhotoMetadata } from '@/lib/victims/photos/photo-processing';
import type { Prisma } from '@/lib/generated/prisma/client';

/**
 * Audit entries of photographs are kept under this type, with the victim's id as entityId, so a
 * victim's photo history is one list. History has no restorer for it: the bytes are not in the log.
 */
export const PHOTO_ENTITY = 'VictimPhoto';

// Everything but the bytes: the audit log records what changed, never the image itself.
export const photoAuditSelect = {
  id: true,
  victimId: true,
  contentType: true,
  byteSize: true,
  sha256: true,
  altText: true,
  credit: true,
  contentWarning: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.VictimPhotoSelect;

type PhotoSnapshot = Prisma.VictimPhotoGetPayload<{ select: typeof photoAuditSelect }>;

type Result = MutationResult<{ victimId: string }>;

/**
 * What the curator's form says the photograph was when the page was opened: its updatedAt as an ISO
 * string, or "" for none. A change is refused when the photograph has changed since (rule 7).
 */
export function photoStateToken(photo: { updatedAt: Date } | null | undefined): string {
  return photo ? photo.updatedAt.toISOString() : '';
}

/** The hex SHA-256 of the bytes: recorded with the photo, and the served image's ETag. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * One change to a victim's photograph, in one transaction with its audit entry. The victim must
 * exist and not be deleted, and the photograph must be as the curator saw it; `write` returns the
 * number of rows it changed (conditional on that state), or throws.
 */
async function changePhoto(
  actor: Actor,
  victimId: string,
  expectedState: string,
  write: (tx: Prisma.TransactionClient, before: PhotoSnapshot | null) => Promise<number>,
): Promise<Result> {
  try {
    return await db.$transaction(async (tx) => {
      const victim = await tx.victim.findUnique({ where: { id: victimId }, select: { slug: true, deletedAt: true } });
      if (!victim || victim.deletedAt) throw new RecordNotFoundError('Victim');
      const before = await tx.victimPhoto.findUnique({ where: { victimId }, select: photoAuditSelect });
      if (photoStateToken(before) !== expectedState) throw await findWhoSavedLast(tx, PHOTO_ENTITY, victimId);
      if ((await write(tx, before)) !== 1) throw await findWhoSavedLast(tx, PHOTO_ENTITY, victimId);
      const after = await tx.victimPhoto.findUnique({ where: { victimId }, select: photoAuditSelect });
      const action = !before ? 'create' : after ? 'update' : 'delete';
      await recordAudit(tx, { userId: actor.id, action, entityType: PHOTO_ENTITY, entityId: victimId, before, after });
      return { record: { victimId }, tags: [cacheTags.victim(victim.slug)] };
    });
  } catch (error) {
    // Two first uploads at once: the second one's insert meets the first one's row.
    if (isUniqueViolation(error, 'victimId')) throw await findWhoSavedLast(db, PHOTO_ENTITY, victimId);
    throw error;
  }
}

/**
 * Stores a victim's photograph, or replaces it, or corrects its words while keeping the image
 * (`input.image` null). The image is re-encoded without its metadata first (photo-processing.ts).
 * The bytes are kept in the database, so a database backup holds them.
 */
export async function saveVictimPhoto(actor: Actor, victimId: string, expectedState: string, input: PhotoInput): Promise<Result> {
  const words = { altText: input.altText, credit: input.credit, contentWarning: input.contentWarning };
  // Re-encoded before the transaction (it takes a moment), so no metadata is ever stored or served.
  const clean = input.image ? await stripPhotoMetadata(input.image) : null;
  const image = clean ? { data: clean.bytes, contentType: clean.contentType, byteSize: clean.bytes.length, sha256: sha256Hex(clean.bytes) } : null;
  return changePhoto(actor, victimId, expectedState, async (tx, before) => {
    if (!before) {
      if (!image) throw new MutationRefusedError('Choose the photograph to upload.', { photo: ['Choose the photograph to upload.'] });
      await tx.victimPhoto.create({ data: { victimId, ...image, ...words }, select: { id: true } });
      return 1;
    }
    const updated = await tx.victimPhoto.updateMany({ where: { victimId, updatedAt: before.updatedAt }, data: { ...(image ?? {}), ...words } });
    return updated.count;
  });
}

/** Removes a victim's photograph. Its words and checksum stay in the history; the bytes are gone. */
export async function removeVictimPhoto(actor: Actor, victimId: string, expectedState: string): Promise<Result> {
  return changePhoto(actor, victimId, expectedState, async (tx, before) => {
    if (!before) throw new MutationRefusedError('This victim has no photograph to remove.');
    const deleted = await tx.victimPhoto.deleteMany({ where: { victimId, updatedAt: before.updatedAt } });
    return deleted.count;
  });
}
