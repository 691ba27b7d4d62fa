import { memorialExportResponse } from '@/lib/export/files';

/** Not cached by Next (its body would be held whole): streamed from the file on disk, cached by shared caches. */
export const dynamic = 'force-dynamic';

/** All published content as one JSON document, with its version, the time it was generated and every fact's sources. */
export async function GET(): Promise<Response> {
  return memorialExportResponse('json');
}
