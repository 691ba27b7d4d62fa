import type { Metadata } from 'next';
import Link from 'next/link';
import { ReleaseForm } from '@/components/admin/release-form';
import { requireCurator } from '@/lib/auth';
import { listOrganizationOptions } from '@/lib/organizations/admin-queries';
import { createReleaseAction } from '../actions';

export const metadata: Metadata = { title: 'Add a release' };

export default async function NewReleasePage() {
  await requireCurator();
  const issuers = await listOrganizationOptions();
  return (
    <>
      <p className="font-sans text-sm"><Link href="/admin/releases">Releases</Link></p>
      <h1 className="mb-2 text-3xl font-semibold">Add a release</h1>
      <p className="mb-6 max-w-3xl font-sans text-muted">
        Archive the release as issued: its text word for word, with its issuer, date, place and language. It is saved as a draft, together with the source
        record that lets events, victims and figures cite it. If its issuer is not listed yet, <Link href="/admin/organizations/new">add the issuer</Link> first.
      </p>
      <ReleaseForm action={createReleaseAction} defaults={{ language: 'en', bodyFormat: 'MARKDOWN' }} issuers={issuers} submitLabel="Save as draft" />
    </>
  );
}
