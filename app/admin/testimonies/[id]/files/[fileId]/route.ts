import { requireCurator } from '@/lib/auth';
import { getTestimonyFileForCurators } from '@/lib/testimonies/curator-queries';

const NOT_FOUND_HEADERS = { 'Cache-Control': 'private, no-store', 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' };

/** The file types a testimony's files were checked to be, with the extension a download gets. */
const EXTENSIONS: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp', 'application/pdf': 'pdf' };

/**
 * A file a testifier sent, for the curators reviewing the testimony: signed-in curators only (checked
 * here, not only by the proxy), never kept by any cache, never sniffed into another type. A PDF is
 * always downloaded (a browser's PDF viewer runs its scripts); a photograph is shown inline under a
 * name made from the reference, never from the uploaded file's name.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; fileId: string }> }): Promise<Response> {
  await requireCurator();
  const { id, fileId } = await params;
  if (!/^[a-z0-9]{1,40}$/.test(id) || !/^[a-z0-9]{1,40}$/.test(fileId)) return new Response('Not found', { status: 404, headers: NOT_FOUND_HEADERS });
  const file = await getTestimonyFileForCurators(id, fileId);
  const extension = file ? EXTENSIONS[file.contentType] : undefined;
  if (!file || !extension) return new Response('Not found', { status: 404, headers: NOT_FOUND_HEADERS });
  const disposition = extension === 'pdf' ? 'attachment' : 'inline';
  return new Response(new Uint8Array(file.data), {
    status: 200,
    headers: {
      'Content-Type': file.contentType,
      'Content-Length': String(file.data.byteLength),
      'Content-Disposition': `${disposition}; filename="${file.testimony.reference}-${file.position}.${extension}"`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
      // Whatever the file holds, it may run nothing and load nothing in this origin.
      'Content-Security-Policy': "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
    },
  });
}
