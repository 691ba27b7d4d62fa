import type { Metadata } from 'next';
import { OrganizationForm } from '@/components/admin/organization-form';
import { RecordNewPage } from '@/components/admin/record-edit-page';
import { requireCurator } from '@/lib/auth';
import { createOrganizationAction } from '../actions';

export const metadata: Metadata = { title: 'Add an issuer' };

export default async function NewOrganizationPage() {
  await requireCurator();
  return (
    <RecordNewPage
      list={{ href: '/admin/organizations', label: 'Issuers' }}
      title="Add an issuer"
      intro="Name the issuer exactly as its releases do, and leave empty what they do not state. The issuer is saved as a draft."
    >
      <OrganizationForm action={createOrganizationAction} defaults={{}} submitLabel="Save as draft" />
    </RecordNewPage>
  );
}
