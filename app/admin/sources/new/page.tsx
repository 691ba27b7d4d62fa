import type { Metadata } from 'next';
import Link from 'next/link';
import { SourceForm } from '@/components/admin/source-form';
import { requireCurator } from '@/lib/auth';
import { createSourceAction } from '../actions';

export const metadata: Metadata = { title: 'Add a source' };

export default async function NewSourcePage() {
  await requireCurator();
  return (
    <>
      <p className="font-sans text-sm">
        <Link href="/admin/sources">Sources</Link>
      </p>
      <h1 className="mb-2 text-3xl font-semibold">Add an external source</h1>
      <p className="mb-6 max-w-3xl font-sans text-muted">
        A document that events, victims and figures can cite: give its title, who wrote and published it, and when, as precisely as the
        document itself. The source is saved as a draft.
      </p>
      <SourceForm action={createSourceAction} defaults={{}} submitLabel="Save as draft" />
    </>
  );
}
