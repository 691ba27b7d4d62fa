import { memorialExportResponse } from '@/lib/export/files';

/** Not cached by Next (its body would be held whole): streamed from the file on disk, cached by shared caches. */
export const dynamic = 'force-dynamic';

/** Every published fact (events, figures, victim records), one row per fact and source, as RFC 4180 CSV. */
export async function GET(): Promise<Response> {
  return memorialExportResponse('csv');
}
