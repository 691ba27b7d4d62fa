import { exportFileName } from '@/lib/export/memorial';
import { getMemorialExport } from '@/lib/export/queries';

export const revalidate = 3600;

/** All published content as one JSON document, with its version, the time it was generated and every fact's sources. */
export async function GET(): Promise<Response> {
  const data = await getMemorialExport();
  return new Response(`${JSON.stringify(data, null, 2)}\n`, {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="${exportFileName(data.version, 'json')}"`,
    },
  });
}
