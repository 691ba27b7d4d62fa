import { requireCurator } from '@/lib/auth';
import { IMPORT_COLUMNS } from '@/lib/victims/import';

/** An empty import file: the header row only, so that no placeholder person is ever imported. */
export async function GET() {
  await requireCurator();
  return new Response(`${IMPORT_COLUMNS.join(',')}\r\n`, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="victims-import-template.csv"',
      'Cache-Control': 'private, no-store',
    },
  });
}
