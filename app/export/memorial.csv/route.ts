import { exportFileName, memorialCsv } from '@/lib/export/memorial';
import { getMemorialExport } from '@/lib/export/queries';

export const revalidate = 3600;

/** Every published fact (events, figures, victim records), one row per fact and source, as RFC 4180 CSV. */
export async function GET(): Promise<Response> {
  const data = await getMemorialExport();
  return new Response(memorialCsv(data), {
    headers: {
      // header=present: the first record names the columns (RFC 4180, section 3).
      'Content-Type': 'text/csv; charset=utf-8; header=present',
      'Content-Disposition': `attachment; filename="${exportFileName(data.version, 'csv')}"`,
    },
  });
}
