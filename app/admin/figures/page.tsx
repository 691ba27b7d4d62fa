import type { Metadata } from 'next';
import Link from 'next/link';
import { StatusBadge } from '@/components/admin/admin-list-controls';
import { LastChangedCell, RecordListPage } from '@/components/admin/record-list-page';
import { parseAdminListParams } from '@/lib/records/list';
import { requireCurator } from '@/lib/auth';
import { listFiguresForAdmin } from '@/lib/figures/admin-queries';
import { FIGURE_KIND_LABELS, formatFigureValue } from '@/lib/figures/labels';

export const metadata: Metadata = { title: 'Figures' };

export default async function AdminFiguresPage({ searchParams }: PageProps<'/admin/figures'>) {
  await requireCurator();
  const params = parseAdminListParams(await searchParams);
  const { rows, total, pageCount } = await listFiguresForAdmin(params);
  return (
    <RecordListPage
      title="Figures"
      base="/admin/figures"
      add={{ href: '/admin/figures/new', label: 'Add a figure' }}
      params={params}
      total={total}
      pageCount={pageCount}
      caption="Figures, by what they count"
      columns={['What it counts', 'Figure', 'Source', 'Status', 'Last changed']}
    >
      {rows.map((row) => (
        <tr key={row.id} className="border-b border-rule">
          <td className="py-2 pr-4 text-sm">{FIGURE_KIND_LABELS[row.kind]}</td>
          <td className="py-2 pr-4">
            <Link href={`/admin/figures/${row.id}`}>{formatFigureValue(row) ?? 'in words only'}</Link>
            <span className="block text-sm text-muted">{row.key}</span>
          </td>
          <td className="py-2 pr-4 text-sm">{row.sourceTitle}</td>
          <td className="py-2 pr-4">
            <StatusBadge status={row.status} publishAt={row.publishAt} deletedAt={row.deletedAt} />
          </td>
          <LastChangedCell updatedAt={row.updatedAt} />
        </tr>
      ))}
    </RecordListPage>
  );
}
