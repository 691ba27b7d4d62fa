import type { Metadata } from 'next';
import { AnniversaryForm } from '@/components/admin/anniversary-form';
import { RecordNewPage } from '@/components/admin/record-edit-page';
import { listEventOptions } from '@/lib/anniversaries/admin-queries';
import { requireCurator } from '@/lib/auth';
import { createAnniversaryAction } from '../actions';

export const metadata: Metadata = { title: 'Add an anniversary record' };

export default async function NewAnniversaryPage({ searchParams }: PageProps<'/admin/anniversaries/new'>) {
  await requireCurator();
  const { year } = await searchParams;
  const events = await listEventOptions();
  // The list of years without a record links here with the year filled in.
  const defaults = { year: typeof year === 'string' && /^\d{4}$/.test(year) ? year : '' };
  return (
    <RecordNewPage
      list={{ href: '/admin/anniversaries', label: 'Anniversaries' }}
      title="Add an anniversary record"
      intro="One record per year. The record is saved as a draft and appears on the year’s page once published."
    >
      <AnniversaryForm action={createAnniversaryAction} defaults={defaults} eventIds={[]} events={events} submitLabel="Save as draft" />
    </RecordNewPage>
  );
}
