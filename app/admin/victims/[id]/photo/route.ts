import { requireCurator } from '@/lib/auth';
import { readVictimPhotoBytesForAdmin } from '@/lib/victims/photos/photo-queries';
import { photoNotFound, photoResponse } from '@/lib/victims/photos/photo-response';

/**
 * The photograph of any victim record, draft or deleted, for the curators' preview on the edit page.
 * Signed-in curators only, and never kept by a shared cache.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  await requireCurator();
  const { id } = await params;
  if (!/^[a-z0-9]{1,40}$/.test(id)) return photoNotFound();
  const photo = await readVictimPhotoBytesForAdmin(id);
  if (!photo) return photoNotFound();
  return photoResponse(request, photo, { fileName: `victim-${id}`, cacheControl: 'private, no-cache' });
}
