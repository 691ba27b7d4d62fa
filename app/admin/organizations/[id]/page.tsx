import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { SavedNotice, StatusBadge } from '@/components/admin/admin-list-controls';
import { OrganizationForm } from '@/components/admin/organization-form';
import { StatusControls } from '@/components/admin/status-controls';
import { requireCurator } from '@/lib/auth';
import { getOrganizationForEdit } from '@/lib/organizations/admin-queries';
import { formatBakuDateTimeInput } from '@/lib/publication-schema';
import {
  deleteOrganizationAction,
  publishOrganizationAction,
  undeleteOrganizationAction,
  unpublishOrganizationAction,
  updateOrganizationAction,
} from '../actions';

export const metadata: Metadata = { title: 'Edit an issuer' };

export default async function EditOrganizationPage({ params, searchParams }: PageProps<'/admin/organizations/[id]'>) {
  await requireCurator();
  const { id } = await params;
  const { saved } = await searchParams;
  const organization = await getOrganizationForEdit(id);
  if (!organization) notFound();
  const defaults: Record<string, string> = {
    name: organization.name,
    kind: organization.kind,
    country: organization.country ?? '',
    city: organization.city ?? '',
    address: organization.address ?? '',
    website: organization.website ?? '',
    slug: organization.slug,
  };
  return (
    <>
      <p className="font-sans text-sm"><Link href="/admin/organizations">Issuers</Link></p>
      <h1 className="text-3xl font-semibold">{organization.name}</h1>
      <p className="mb-6 font-sans text-sm text-muted">
        <StatusBadge status={organization.status} publishAt={organization.publishAt} deletedAt={organization.deletedAt} /> · version {organization.version} ·{' '}
        <Link href={`/admin/history?entityType=Organization&entityId=${organization.id}`}>History</Link>
      </p>
      <SavedNotice saved={typeof saved === 'string' ? saved : undefined} />
      <div className="grid gap-10 lg:grid-cols-[3fr_1fr]">
        <section aria-label="Edit the issuer">
          <OrganizationForm action={updateOrganizationAction} defaults={defaults} hidden={{ id: organization.id, version: String(organization.version) }} submitLabel="Save changes" />
        </section>
        <aside aria-label="Publication" className="space-y-6">
          <div>
            <h2 className="mb-3 font-sans text-lg font-semibold">Publication</h2>
            <StatusControls
              id={organization.id}
              version={organization.version}
              status={organization.status}
              deleted={organization.deletedAt !== null}
              publishAtInput={organization.publishAt ? formatBakuDateTimeInput(organization.publishAt) : ''}
              actions={{ publish: publishOrganizationAction, unpublish: unpublishOrganizationAction, delete: deleteOrganizationAction, undelete: undeleteOrganizationAction }}
            />
          </div>
          <section aria-labelledby="issuer-releases" className="font-sans text-sm">
            <h2 id="issuer-releases" className="mb-2 text-lg font-semibold">Its releases</h2>
            {organization.releases.length === 0 ? (
              <p>No release names this issuer.</p>
            ) : (
              <ul className="space-y-1">
                {organization.releases.map((release) => (
                  <li key={release.id}>
                    <Link href={`/admin/releases/${release.id}`}>{release.title}</Link> ({release.issuedOn.toISOString().slice(0, 10)}
                    {release.deletedAt ? ', deleted' : release.status === 'DRAFT' ? ', draft' : ''})
                  </li>
                ))}
              </ul>
            )}
          </section>
        </aside>
      </div>
    </>
  );
}
