import type { Metadata } from 'next';
import Link from 'next/link';
import { StatusBadge } from '@/components/admin/admin-list-controls';
import { LastChangedCell, RecordListPage } from '@/components/admin/record-list-page';
import { listAnniversariesForAdmin, listAnniversaryRecordYears } from '@/lib/anniversaries/admin-queries';
import { anniversaryYears } from '@/lib/anniversaries/ordinal';
import { parseAdminListParams } from '@/lib/records/list';
import { requireCurator } from '@/lib/auth';

export const metadata: Metadata = { title: 'Anniversaries' };

export default async function AdminAnniversariesPage({ searchParams }: PageProps<'/admin/anniversaries'>) {
  await requireCurator();
  const params = parseAdminListParams(await searchParams);
  const [{ rows, total, pageCount }, recordYears] = await Promise.all([listAnniversariesForAdmin(params), listAnniversaryRecordYears()]);
  const taken = new Set(recordYears);
  const withoutRecord = anniversaryYears(new Date()).filter((year) => !taken.has(year)).reverse();
  const intro = (
    <div className="mb-6 max-w-3xl font-sans">
      <p className="text-muted">
        Every year from 1991 to the next 20 January has a public page. A record adds the year’s own title, introduction and linked events to it.
      </p>
      {withoutRecord.length > 0 ? (
        <details className="mt-3">
          <summary>Years whose page has no record yet ({withoutRecord.length})</summary>
          <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1">
            {withoutRecord.map((year) => (
              <li key={year}>
                <Link href={`/admin/anniversaries/new?year=${year}`}>{year}</Link>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
  return (
    <RecordListPage
      title="Anniversaries"
      base="/admin/anniversaries"
      add={{ href: '/admin/anniversaries/new', label: 'Add an anniversary record' }}
      params={params}
      total={total}
      pageCount={pageCount}
      caption="Anniversary records, newest year first"
      columns={['Year', 'Title', 'Linked events', 'Status', 'Last changed']}
      intro={intro}
    >
      {rows.map((row) => (
        <tr key={row.id} className="border-b border-rule">
          <td className="py-2 pr-4">
            <Link href={`/admin/anniversaries/${row.id}`}>{row.year}</Link>
          </td>
          <td className="py-2 pr-4">{row.title ?? <span className="text-muted">No title</span>}</td>
          <td className="py-2 pr-4">{row.eventCount}</td>
          <td className="py-2 pr-4">
            <StatusBadge status={row.status} publishAt={row.publishAt} deletedAt={row.deletedAt} />
          </td>
          <LastChangedCell updatedAt={row.updatedAt} />
        </tr>
      ))}
    </RecordListPage>
  );
}
