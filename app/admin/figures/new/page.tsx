import type { Metadata } from 'next';
import { FigureForm } from '@/components/admin/figure-form';
import { RecordNewPage } from '@/components/admin/record-edit-page';
import { requireCurator } from '@/lib/auth';
import { listSourceOptions } from '@/lib/sources/options';
import { createFigureAction } from '../actions';

export const metadata: Metadata = { title: 'Add a figure' };

export default async function NewFigurePage() {
  await requireCurator();
  const sources = await listSourceOptions();
  return (
    <RecordNewPage
      list={{ href: '/admin/figures', label: 'Figures' }}
      title="Add a figure"
      intro={
        <>
          One number as one source states it, with the source’s own words. Sources disagree: add each source’s figure separately and never
          reconcile them. The figure is saved as a draft.
        </>
      }
    >
      <FigureForm action={createFigureAction} defaults={{ quoteIsVerbatim: 'on' }} sources={sources} submitLabel="Save as draft" />
    </RecordNewPage>
  );
}
