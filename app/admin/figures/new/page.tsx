import type { Metadata } from 'next';
import Link from 'next/link';
import { FigureForm } from '@/components/admin/figure-form';
import { requireCurator } from '@/lib/auth';
import { listSourceOptions } from '@/lib/sources/options';
import { createFigureAction } from '../actions';

export const metadata: Metadata = { title: 'Add a figure' };

export default async function NewFigurePage() {
  await requireCurator();
  const sources = await listSourceOptions();
  return (
    <>
      <p className="font-sans text-sm">
        <Link href="/admin/figures">Figures</Link>
      </p>
      <h1 className="mb-2 text-3xl font-semibold">Add a figure</h1>
      <p className="mb-6 max-w-3xl font-sans text-muted">
        One number as one source states it, with the source’s own words. Sources disagree: add each source’s figure separately and never
        reconcile them. The figure is saved as a draft.
      </p>
      <FigureForm action={createFigureAction} defaults={{ quoteIsVerbatim: 'on' }} sources={sources} submitLabel="Save as draft" />
    </>
  );
}
