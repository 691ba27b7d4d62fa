import type { Metadata } from 'next';
import Link from 'next/link';
import { StatusBadge } from '@/components/admin/admin-list-controls';
import { LastChangedCell, RecordListPage } from '@/components/admin/record-list-page';
import { parseAdminListParams } from '@/lib/records/list';
import { requireCurator } from '@/lib/auth';
import { formatPartialDate } from '@/lib/dates';
import { listSourcesForAdmin } from '@/lib/sources/admin-queries';

export const metadata: Metadata = { title: 'Sources' };

export default async function AdminSourcesPage({ searchParams }: PageProps<'/admin/sources'>) {
  await requireCurator();
  const params = parseAdminListParams(await searchParams);
  const { rows, total, pageCount } = await listSourcesForAdmin(params);
  return (
    <RecordListPage
      title="External sources"
      base="/admin/sources"
      add={{ href: '/admin/sources/new', label: 'Add a source' }}
      params={params}
      total={total}
      pageCount={pageCount}
      caption="External sources"
      columns={['Title', 'Date', 'Cited by', 'Status', 'Last changed']}
      intro={
        <p className="mb-6 max-w-3xl font-sans text-muted">
          Documents other than the archived releases. A release is cited as a source by itself and is edited with the release.
        </p>
      }
    >
      {rows.map((row) => (
        <tr key={row.id} className="border-b border-rule">
          <td className="py-2 pr-4">
            <Link href={`/admin/sources/${row.id}`}>{row.title ?? row.key}</Link>
            {row.publisher ? <span className="block text-sm text-muted">{row.publisher}</span> : null}
          </td>
          <td className="py-2 pr-4 text-sm whitespace-nowrap">{formatPartialDate(row.dateIso, row.datePrecision, { season: row.dateSeason })}</td>
          <td className="py-2 pr-4 text-sm">
            {row._count.citations} citations, {row._count.figures} figures
          </td>
          <td className="py-2 pr-4">
            <StatusBadge status={row.status} publishAt={row.publishAt} deletedAt={row.deletedAt} />
          </td>
          <LastChangedCell updatedAt={row.updatedAt} />
        </tr>
      ))}
    </RecordListPage>
  );
}
