import type { Metadata } from 'next';
import Link from 'next/link';
import { AdminListSearch, AdminPagination, StatusBadge } from '@/components/admin/admin-list-controls';
import { parseAdminListParams } from '@/lib/admin/list-params';
import { requireCurator } from '@/lib/auth';
import { listReleasesForAdmin } from '@/lib/releases/admin-queries';

export const metadata: Metadata = { title: 'Releases' };

export default async function AdminReleasesPage({ searchParams }: PageProps<'/admin/releases'>) {
  await requireCurator();
  const raw = await searchParams;
  const params = parseAdminListParams(raw);
  const { rows, total, pageCount } = await listReleasesForAdmin(params);
  return (
    <>
      <div className="mb-6 flex flex-wrap items-baseline justify-between gap-4">
        <h1 className="text-3xl font-semibold">Releases</h1>
        <Link href="/admin/releases/new" className="font-sans">Add a release</Link>
      </div>
      {raw.deleted ? (
        <p role="status" className="mb-6 border-l-4 border-ink bg-paper p-3 font-sans">
          Deleted, with its source. It can be brought back from the “Deleted” list.
        </p>
      ) : null}
      <AdminListSearch action="/admin/releases" q={params.q} status={params.status} />
      <p className="mb-3 font-sans text-sm text-muted" role="status">{total === 1 ? '1 release' : `${total} releases`}</p>
      <table className="w-full border-collapse text-left font-sans">
        <caption className="sr-only">Releases</caption>
        <thead>
          <tr className="border-b-2 border-ink text-sm">
            <th scope="col" className="py-2 pr-4">Title</th>
            <th scope="col" className="py-2 pr-4">Issuer</th>
            <th scope="col" className="py-2 pr-4">Issued</th>
            <th scope="col" className="py-2">Status</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-rule">
              <td className="py-2 pr-4"><Link href={`/admin/releases/${row.id}`}>{row.title}</Link></td>
              <td className="py-2 pr-4 text-sm">{row.issuer ?? 'Not named in the text'}</td>
              <td className="py-2 pr-4 text-sm"><time dateTime={row.issuedOnIso}>{row.issuedOnIso}</time></td>
              <td className="py-2"><StatusBadge status={row.status} publishAt={row.publishAt} deletedAt={row.deletedAt} /></td>
            </tr>
          ))}
        </tbody>
      </table>
      <AdminPagination base="/admin/releases" page={params.page} pageCount={pageCount} params={{ q: params.q, status: params.status }} />
    </>
  );
}
