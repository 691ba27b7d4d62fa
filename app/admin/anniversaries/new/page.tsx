import type { Metadata } from 'next';
import Link from 'next/link';
import { AnniversaryForm } from '@/components/admin/anniversary-form';
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
    <>
      <p className="font-sans text-sm"><Link href="/admin/anniversaries">Anniversaries</Link></p>
      <h1 className="mb-2 text-3xl font-semibold">Add an anniversary record</h1>
      <p className="mb-6 max-w-3xl font-sans text-muted">One record per year. The record is saved as a draft and appears on the year’s page once published.</p>
      <AnniversaryForm action={createAnniversaryAction} defaults={defaults} eventIds={[]} events={events} submitLabel="Save as draft" />
    </>
  );
}
