import 'server-only';
import { cacheTags } from '@/lib/cache';
import { sharedCacheControl } from '@/lib/http/cache-policy';
import { PHOTO_EXTENSIONS, type PhotoContentType } from '@/lib/victims/photos/photo';
import type { StoredPhoto } from '@/lib/victims/photos/photo-queries';

/**
 * For an address versioned by the image's checksum, which never changes under it: browsers keep it a
 * year, shared caches five minutes (s-maxage), so that a removed photograph stops being served by a
 * shared cache soon even where a purge by tag does not reach; a replaced one has a new address anyway.
 */
export const IMMUTABLE_CACHE = 'public, max-age=31536000, s-maxage=300, immutable';
/**
 * An hour, then ask again with the ETag: for an address that may show a newer image later. Shared
 * caches may serve it stale while refetching or while the origin fails; a change purges it by tag.
 */
export const REVALIDATING_CACHE = sharedCacheControl({ browserMaxAge: 3600, sharedMaxAge: 3600 });

/** The tags of a victim's photograph on the wire, so that replacing or unpublishing it purges it. */
export function photoTagHeaders(slug: string): Record<string, string> {
  const tags = `${cacheTags.victims} ${cacheTags.victim(slug)}`;
  return { xkey: tags, 'Surrogate-Key': tags };
}

function etagOf(sha256: string): string {
  return `"${sha256}"`;
}

/** Whether a conditional request already holds this version (If-None-Match, possibly a list or *). */
export function holdsVersion(request: Request, sha256: string): boolean {
  const header = request.headers.get('if-none-match');
  if (!header) return false;
  return header.trim() === '*' || header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etagOf(sha256));
}

/** 304 Not Modified for the version the browser holds. */
export function notModified(sha256: string, cacheControl: string, slug?: string): Response {
  const tags = slug ? photoTagHeaders(slug) : {};
  return new Response(null, { status: 304, headers: { ETag: etagOf(sha256), 'Cache-Control': cacheControl, 'X-Content-Type-Options': 'nosniff', ...tags } });
}

/**
 * The HTTP answer for a stored photograph: its own checked content type, never sniffed again by the
 * browser (nosniff), shown inline under a harmless name, with an ETag from its SHA-256, and a 304
 * when the browser already has it.
 */
export function photoResponse(request: Request, photo: StoredPhoto, options: { fileName: string; cacheControl: string; slug?: string }): Response {
  if (holdsVersion(request, photo.sha256)) return notModified(photo.sha256, options.cacheControl, options.slug);
  const extension = PHOTO_EXTENSIONS[photo.contentType as PhotoContentType] ?? 'bin';
  const headers = new Headers({
    'Content-Type': photo.contentType,
    'Content-Length': String(photo.data.byteLength),
    // The name is built from a checked slug or id, never from the uploaded file's name.
    'Content-Disposition': `inline; filename="${options.fileName}.${extension}"`,
    'Cache-Control': options.cacheControl,
    ETag: etagOf(photo.sha256),
    'X-Content-Type-Options': 'nosniff',
    ...(options.slug ? photoTagHeaders(options.slug) : {}),
  });
  return new Response(photo.data, { status: 200, headers });
}

/** A plain 404 that no cache keeps: the photograph may be published a minute later. */
export function photoNotFound(): Response {
  return new Response('Not found', {
    status: 404,
    headers: { 'Cache-Control': 'no-store', 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' },
  });
}
