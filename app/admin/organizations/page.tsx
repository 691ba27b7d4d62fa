import type { Metadata } from 'next';
import Link from 'next/link';
import { AdminListSearch, AdminPagination, StatusBadge } from '@/components/admin/admin-list-controls';
import { parseAdminListParams } from '@/lib/admin/list-params';
import { requireCurator } from '@/lib/auth';
import { listOrganizationsForAdmin } from '@/lib/organizations/admin-queries';
import { ORGANIZATION_KIND_LABELS } from '@/lib/organizations/labels';

export const metadata: Metadata = { title: 'Issuers' };

export default async function AdminOrganizationsPage({ searchParams }: PageProps<'/admin/organizations'>) {
  await requireCurator();
  const raw = await searchParams;
  const params = parseAdminListParams(raw);
  const { rows, total, pageCount } = await listOrganizationsForAdmin(params);
  return (
    <>
      <div className="mb-6 flex flex-wrap items-baseline justify-between gap-4">
        <h1 className="text-3xl font-semibold">Issuers</h1>
        <Link href="/admin/organizations/new" className="font-sans">Add an issuer</Link>
      </div>
      <p className="mb-6 max-w-3xl font-sans text-muted">The embassies, missions and ministries that issue releases. A release is shown in the archive only while its issuer is published.</p>
      {raw.deleted ? (
        <p role="status" className="mb-6 border-l-4 border-ink bg-paper p-3 font-sans">
          Deleted. It can be brought back from the “Deleted” list.
        </p>
      ) : null}
      <AdminListSearch action="/admin/organizations" q={params.q} status={params.status} />
      <p className="mb-3 font-sans text-sm text-muted" role="status">{total === 1 ? '1 issuer' : `${total} issuers`}</p>
      <table className="w-full border-collapse text-left font-sans">
        <caption className="sr-only">Issuers</caption>
        <thead>
          <tr className="border-b-2 border-ink text-sm">
            <th scope="col" className="py-2 pr-4">Name</th>
            <th scope="col" className="py-2 pr-4">Kind</th>
            <th scope="col" className="py-2 pr-4">Where</th>
            <th scope="col" className="py-2 pr-4">Releases</th>
            <th scope="col" className="py-2">Status</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-rule">
              <td className="py-2 pr-4"><Link href={`/admin/organizations/${row.id}`}>{row.name}</Link></td>
              <td className="py-2 pr-4 text-sm">{ORGANIZATION_KIND_LABELS[row.kind]}</td>
              <td className="py-2 pr-4 text-sm">{[row.city, row.country].filter(Boolean).join(', ') || 'Not stated'}</td>
              <td className="py-2 pr-4 text-sm">{row.releaseCount}</td>
              <td className="py-2"><StatusBadge status={row.status} publishAt={row.publishAt} deletedAt={row.deletedAt} /></td>
            </tr>
          ))}
        </tbody>
      </table>
      <AdminPagination base="/admin/organizations" page={params.page} pageCount={pageCount} params={{ q: params.q, status: params.status }} />
    </>
  );
}
