import { requireCurator } from '@/lib/auth';
import { toCsv } from '@/lib/csv/write';
import { IMPORT_COLUMNS } from '@/lib/victims/import/columns';

/** An empty import file: the header row only, so that no placeholder person is ever imported. */
export async function GET() {
  await requireCurator();
  return new Response(toCsv([IMPORT_COLUMNS]), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="victims-import-template.csv"',
      'Cache-Control': 'private, no-store',
    },
  });
}
