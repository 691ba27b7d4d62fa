import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { OrganizationForm } from '@/components/admin/organization-form';
import { RecordEditPage } from '@/components/admin/record-edit-page';
import { requireCurator } from '@/lib/auth';
import { getOrganizationForEdit } from '@/lib/organizations/admin-queries';
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
    <RecordEditPage
      list={{ href: '/admin/organizations', label: 'Issuers' }}
      entityType="Organization"
      title={organization.name}
      record={organization}
      saved={saved}
      statusActions={{ publish: publishOrganizationAction, unpublish: unpublishOrganizationAction, delete: deleteOrganizationAction, undelete: undeleteOrganizationAction }}
      formLabel="Edit the issuer"
      aside={
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
      }
    >
      <OrganizationForm action={updateOrganizationAction} defaults={defaults} hidden={{ id: organization.id, version: String(organization.version) }} submitLabel="Save changes" />
    </RecordEditPage>
  );
}
