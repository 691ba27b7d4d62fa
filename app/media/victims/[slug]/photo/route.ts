import { isSlug } from '@/lib/slug';
import { getPublicVictimPhoto, readPublicVictimPhotoBytes } from '@/lib/victims/photos/photo-queries';
import { holdsVersion, IMMUTABLE_CACHE, notModified, photoNotFound, photoResponse, REVALIDATING_CACHE } from '@/lib/victims/photos/photo-response';

/**
 * The photograph of a public victim (published, due, not deleted); 404 for anything else. The
 * memorial page links it with ?v=<checksum>, and that address is cached for a year; without it, or
 * with an old version, browsers keep it an hour and then revalidate with the ETag.
 */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const { slug } = await params;
  if (!isSlug(slug)) return photoNotFound();
  // The cached metadata answers the public rule and conditional requests without reading the bytes.
  const meta = await getPublicVictimPhoto(slug);
  if (!meta) return photoNotFound();
  const cacheControl = new URL(request.url).searchParams.get('v') === meta.sha256.slice(0, 16) ? IMMUTABLE_CACHE : REVALIDATING_CACHE;
  if (holdsVersion(request, meta.sha256)) return notModified(meta.sha256, cacheControl, slug);
  const photo = await readPublicVictimPhotoBytes(slug);
  if (!photo) return photoNotFound();
  // Replaced between the two reads: serve the new image, but not for a year under the old version.
  return photoResponse(request, photo, { fileName: slug, slug, cacheControl: photo.sha256 === meta.sha256 ? cacheControl : REVALIDATING_CACHE });
}
