import type { Metadata } from 'next';
import Link from 'next/link';
import { StatusBadge } from '@/components/admin/admin-list-controls';
import { LastChangedCell, RecordListPage } from '@/components/admin/record-list-page';
import { parseAdminListParams } from '@/lib/records/list';
import { requireCurator } from '@/lib/auth';
import { formatDateSpan } from '@/lib/dates';
import { listEventsForAdmin } from '@/lib/events/admin-queries';

export const metadata: Metadata = { title: 'Events' };

export default async function AdminEventsPage({ searchParams }: PageProps<'/admin/events'>) {
  await requireCurator();
  const params = parseAdminListParams(await searchParams);
  const { rows, total, pageCount } = await listEventsForAdmin(params);
  return (
    <RecordListPage
      title="Events"
      base="/admin/events"
      add={{ href: '/admin/events/new', label: 'Add an event' }}
      params={params}
      total={total}
      pageCount={pageCount}
      caption="Events of the timeline, in date order"
      columns={['Date', 'Title', 'Status', 'Last changed']}
    >
      {rows.map((row) => (
        <tr key={row.id} className="border-b border-rule">
          <td className="py-2 pr-4 text-sm whitespace-nowrap">{formatDateSpan(row.dateIso, row.endDateIso, row.datePrecision)}</td>
          <td className="py-2 pr-4">
            <Link href={`/admin/events/${row.id}`}>{row.title}</Link>
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
