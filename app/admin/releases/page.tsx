import type { Metadata } from 'next';
import Link from 'next/link';
import { StatusBadge } from '@/components/admin/admin-list-controls';
import { DeletedNotice, RecordListPage } from '@/components/admin/record-list-page';
import { parseAdminListParams } from '@/lib/records/list';
import { requireCurator } from '@/lib/auth';
import { listReleasesForAdmin } from '@/lib/releases/admin-queries';

export const metadata: Metadata = { title: 'Releases' };

export default async function AdminReleasesPage({ searchParams }: PageProps<'/admin/releases'>) {
  await requireCurator();
  const raw = await searchParams;
  const params = parseAdminListParams(raw);
  const { rows, total, pageCount } = await listReleasesForAdmin(params);
  return (
    <RecordListPage
      title="Releases"
      base="/admin/releases"
      add={{ href: '/admin/releases/new', label: 'Add a release' }}
      params={params}
      total={total}
      pageCount={pageCount}
      caption="Releases"
      columns={['Title', 'Issuer', 'Issued', 'Status']}
      noun={['release', 'releases']}
      intro={<DeletedNotice shown={Boolean(raw.deleted)}>Deleted, with its source. It can be brought back from the “Deleted” list.</DeletedNotice>}
    >
      {rows.map((row) => (
        <tr key={row.id} className="border-b border-rule">
          <td className="py-2 pr-4"><Link href={`/admin/releases/${row.id}`}>{row.title}</Link></td>
          <td className="py-2 pr-4 text-sm">{row.issuer ?? 'Not named in the text'}</td>
          <td className="py-2 pr-4 text-sm"><time dateTime={row.issuedOnIso}>{row.issuedOnIso}</time></td>
          <td className="py-2"><StatusBadge status={row.status} publishAt={row.publishAt} deletedAt={row.deletedAt} /></td>
        </tr>
      ))}
    </RecordListPage>
  );
}
