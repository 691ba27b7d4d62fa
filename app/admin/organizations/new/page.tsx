import type { Metadata } from 'next';
import Link from 'next/link';
import { OrganizationForm } from '@/components/admin/organization-form';
import { requireCurator } from '@/lib/auth';
import { createOrganizationAction } from '../actions';

export const metadata: Metadata = { title: 'Add an issuer' };

export default async function NewOrganizationPage() {
  await requireCurator();
  return (
    <>
      <p className="font-sans text-sm"><Link href="/admin/organizations">Issuers</Link></p>
      <h1 className="mb-2 text-3xl font-semibold">Add an issuer</h1>
      <p className="mb-6 max-w-3xl font-sans text-muted">Name the issuer exactly as its releases do, and leave empty what they do not state. The issuer is saved as a draft.</p>
      <OrganizationForm action={createOrganizationAction} defaults={{}} submitLabel="Save as draft" />
    </>
  );
}
