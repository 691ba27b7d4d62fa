import type { Metadata } from 'next';
import Link from 'next/link';
import { AdminListSearch, AdminPagination, StatusBadge } from '@/components/admin/admin-list-controls';
import { parseAdminListParams } from '@/lib/records/list';
import { requireCurator } from '@/lib/auth';
import { listVictimsForAdmin } from '@/lib/victims/admin-queries';

export const metadata: Metadata = { title: 'Victims' };

export default async function AdminVictimsPage({ searchParams }: PageProps<'/admin/victims'>) {
  await requireCurator();
  const params = parseAdminListParams(await searchParams);
  const { rows, total, pageCount } = await listVictimsForAdmin(params);
  return (
    <>
      <div className="mb-6 flex flex-wrap items-baseline justify-between gap-4">
        <h1 className="text-3xl font-semibold">Victims</h1>
        <p className="flex gap-4 font-sans">
          <Link href="/admin/victims/new">Add a victim</Link>
          <Link href="/admin/victims/import">Import from a CSV file</Link>
        </p>
      </div>
      <AdminListSearch action="/admin/victims" q={params.q} status={params.status} />
      <p className="mb-3 font-sans text-sm text-muted" role="status">{total === 1 ? '1 record' : `${total} records`}</p>
      <table className="w-full border-collapse text-left font-sans">
        <caption className="sr-only">Victim records</caption>
        <thead>
          <tr className="border-b-2 border-ink text-sm">
            <th scope="col" className="py-2 pr-4">Name</th>
            <th scope="col" className="py-2 pr-4">Status</th>
            <th scope="col" className="py-2">Last changed</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-rule">
              <td className="py-2 pr-4"><Link href={`/admin/victims/${row.id}`}>{row.name}</Link></td>
              <td className="py-2 pr-4"><StatusBadge status={row.status} publishAt={row.publishAt} deletedAt={row.deletedAt} /></td>
              <td className="py-2 text-sm">{row.updatedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC</td>
            </tr>
          ))}
        </tbody>
      </table>
      <AdminPagination base="/admin/victims" page={params.page} pageCount={pageCount} params={{ q: params.q, status: params.status }} />
    </>
  );
}
