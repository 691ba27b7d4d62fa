import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { FigureForm } from '@/components/admin/figure-form';
import { RecordEditPage } from '@/components/admin/record-edit-page';
import { requireCurator } from '@/lib/auth';
import { getFigureForEdit } from '@/lib/figures/admin-queries';
import { FIGURE_KIND_LABELS, formatFigureValue } from '@/lib/figures/labels';
import { listSourceOptions } from '@/lib/sources/options';
import { deleteFigureAction, publishFigureAction, undeleteFigureAction, unpublishFigureAction, updateFigureAction } from '../actions';

export const metadata: Metadata = { title: 'Edit a figure' };

export default async function EditFigurePage({ params, searchParams }: PageProps<'/admin/figures/[id]'>) {
  await requireCurator();
  const { id } = await params;
  const { saved } = await searchParams;
  const [figure, sources] = await Promise.all([getFigureForEdit(id), listSourceOptions()]);
  if (!figure) notFound();
  const defaults: Record<string, string> = {
    key: figure.key,
    kind: figure.kind,
    value: figure.value === null ? '' : String(figure.value),
    qualifier: figure.qualifier,
    scope: figure.scope,
    scopeNote: figure.scopeNote ?? '',
    asOf: figure.asOfIso ?? '',
    quote: figure.quote,
    quoteIsVerbatim: figure.quoteIsVerbatim ? 'on' : '',
    page: figure.page ?? '',
    note: figure.note ?? '',
    language: figure.language,
    sourceId: figure.sourceId,
    position: String(figure.position),
  };
  return (
    <RecordEditPage
      list={{ href: '/admin/figures', label: 'Figures' }}
      entityType="Figure"
      title={`${FIGURE_KIND_LABELS[figure.kind]}: ${formatFigureValue(figure) ?? 'in words only'}`}
      record={figure}
      publicHref={`/en/figures#figure-${figure.key}`}
      saved={saved}
      statusActions={{ publish: publishFigureAction, unpublish: unpublishFigureAction, delete: deleteFigureAction, undelete: undeleteFigureAction }}
      notice={
        figure.sourceIsPublic ? null : (
          <p className="mb-4 border-l-4 border-mourning-dark p-3 font-sans text-sm">
            Its source is not public yet: the figure appears on the figures page only once the source is published too.
          </p>
        )
      }
    >
      <FigureForm action={updateFigureAction} defaults={defaults} sources={sources} hidden={{ id: figure.id, version: String(figure.version) }} submitLabel="Save changes" />
    </RecordEditPage>
  );
}
