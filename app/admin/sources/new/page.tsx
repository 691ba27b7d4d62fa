import type { Metadata } from 'next';
import { RecordNewPage } from '@/components/admin/record-edit-page';
import { SourceForm } from '@/components/admin/source-form';
import { requireCurator } from '@/lib/auth';
import { createSourceAction } from '../actions';

export const metadata: Metadata = { title: 'Add a source' };

export default async function NewSourcePage() {
  await requireCurator();
  return (
    <RecordNewPage
      list={{ href: '/admin/sources', label: 'Sources' }}
      title="Add an external source"
      intro={
        <>
          A document that events, victims and figures can cite: give its title, who wrote and published it, and when, as precisely as the
          document itself. The source is saved as a draft.
        </>
      }
    >
      <SourceForm action={createSourceAction} defaults={{}} submitLabel="Save as draft" />
    </RecordNewPage>
  );
}
