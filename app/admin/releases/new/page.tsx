import type { Metadata } from 'next';
import Link from 'next/link';
import { RecordNewPage } from '@/components/admin/record-edit-page';
import { ReleaseForm } from '@/components/admin/release-form';
import { requireCurator } from '@/lib/auth';
import { listOrganizationOptions } from '@/lib/organizations/admin-queries';
import { listReleaseTranslationOptions } from '@/lib/releases/admin-queries';
import { createReleaseAction } from '../actions';

export const metadata: Metadata = { title: 'Add a release' };

export default async function NewReleasePage() {
  await requireCurator();
  const [issuers, originals] = await Promise.all([listOrganizationOptions(), listReleaseTranslationOptions()]);
  return (
    <RecordNewPage
      list={{ href: '/admin/releases', label: 'Releases' }}
      title="Add a release"
      intro={
        <>
          Archive the release as issued: its text word for word, with its issuer, date, place and language. It is saved as a draft, together with the source
          record that lets events, victims and figures cite it. If its issuer is not listed yet, <Link href="/admin/organizations/new">add the issuer</Link> first.
        </>
      }
    >
      <ReleaseForm action={createReleaseAction} defaults={{ language: 'en', bodyFormat: 'MARKDOWN' }} issuers={issuers} originals={originals} submitLabel="Save as draft" />
    </RecordNewPage>
  );
}
