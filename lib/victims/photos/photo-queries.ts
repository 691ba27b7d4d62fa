import 'server-only';
import { cachedQuery, cacheTags } from '@/lib/cache';
import { db } from '@/lib/db';
import { publicWhere } from '@/lib/records/public-where';
import type { PhotoContentType } from '@/lib/victims/photos/photo';

/** What a public page needs to show a victim's photograph; the bytes are served by the media route. */
export type PublicVictimPhoto = {
  /** The media route's address, versioned by the checksum so that it can be cached for a year. */
  url: string;
  sha256: string;
  contentType: PhotoContentType;
  byteSize: number;
  altText: string;
  credit: string;
  contentWarning: boolean;
  updatedAt: string;
};

/** The address of a public victim's photograph, with the version that lets browsers keep it. */
export function victimPhotoUrl(slug: string, sha256: string): string {
  return `/media/victims/${slug}/photo?v=${sha256.slice(0, 16)}`;
}

/**
 * A public victim's photograph ({ photo: null } when the victim has none), or null when no public
 * victim has this slug: an unknown address is not cached (`byAddress`), a known one is.
 */
const readPhotoOfPublicVictim = cachedQuery(
  'getPublicVictimPhoto',
  async (slug: string): Promise<{ photo: PublicVictimPhoto | null } | null> => {
    const victim = await db.victim.findFirst({
      where: { slug, ...publicWhere(new Date()) },
      select: { photo: { select: { sha256: true, contentType: true, byteSize: true, altText: true, credit: true, contentWarning: true, updatedAt: true } } },
    });
    if (!victim) return null;
    const { photo } = victim;
    if (!photo) return { photo: null };
    return {
      photo: { ...photo, contentType: photo.contentType as PhotoContentType, url: victimPhotoUrl(slug, photo.sha256), updatedAt: photo.updatedAt.toISOString() },
    };
  },
  (slug) => [cacheTags.victims, cacheTags.victim(slug)],
  { byAddress: true },
);

/**
 * The photograph of a public victim (published, due, not deleted), without its bytes, or null.
 * Cached under the victim's tags, which every change to the victim or its photograph revalidates.
 */
export async function getPublicVictimPhoto(slug: string): Promise<PublicVictimPhoto | null> {
  return (await readPhotoOfPublicVictim(slug))?.photo ?? null;
}

export type StoredPhoto = { data: Uint8Array<ArrayBuffer>; contentType: string; sha256: string; byteSize: number };

const storedPhotoSelect = { data: true, contentType: true, sha256: true, byteSize: true } as const;

/**
 * The bytes of a public victim's photograph, read afresh (megabytes do not belong in the data cache)
 * and checked against the public rule again, so a stale cache entry can never serve a hidden record.
 */
export async function readPublicVictimPhotoBytes(slug: string): Promise<StoredPhoto | null> {
  return db.victimPhoto.findFirst({ where: { victim: { slug, ...publicWhere(new Date()) } }, select: storedPhotoSelect });
}

/** The bytes of any victim's photograph, draft or deleted, for the curators' preview. Callers check the session. */
export async function readVictimPhotoBytesForAdmin(victimId: string): Promise<StoredPhoto | null> {
  return db.victimPhoto.findUnique({ where: { victimId }, select: storedPhotoSelect });
}
