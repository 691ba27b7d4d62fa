import type { Metadata } from 'next';
import Link from 'next/link';
import { StatusBadge } from '@/components/admin/admin-list-controls';
import { DeletedNotice, RecordListPage } from '@/components/admin/record-list-page';
import { parseAdminListParams } from '@/lib/records/list';
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
    <RecordListPage
      title="Issuers"
      base="/admin/organizations"
      add={{ href: '/admin/organizations/new', label: 'Add an issuer' }}
      params={params}
      total={total}
      pageCount={pageCount}
      caption="Issuers"
      columns={['Name', 'Kind', 'Where', 'Releases', 'Status']}
      noun={['issuer', 'issuers']}
      intro={
        <>
          <p className="mb-6 max-w-3xl font-sans text-muted">The embassies, missions and ministries that issue releases. A release is shown in the archive only while its issuer is published.</p>
          <DeletedNotice shown={Boolean(raw.deleted)}>Deleted. It can be brought back from the “Deleted” list.</DeletedNotice>
        </>
      }
    >
      {rows.map((row) => (
        <tr key={row.id} className="border-b border-rule">
          <td className="py-2 pr-4"><Link href={`/admin/organizations/${row.id}`}>{row.name}</Link></td>
          <td className="py-2 pr-4 text-sm">{ORGANIZATION_KIND_LABELS[row.kind]}</td>
          <td className="py-2 pr-4 text-sm">{[row.city, row.country].filter(Boolean).join(', ') || 'Not stated'}</td>
          <td className="py-2 pr-4 text-sm">{row.releaseCount}</td>
          <td className="py-2"><StatusBadge status={row.status} publishAt={row.publishAt} deletedAt={row.deletedAt} /></td>
        </tr>
      ))}
    </RecordListPage>
  );
}
