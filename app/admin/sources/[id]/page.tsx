import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { RecordEditPage } from '@/components/admin/record-edit-page';
import { SourceForm } from '@/components/admin/source-form';
import { requireCurator } from '@/lib/auth';
import { getSourceForEdit } from '@/lib/sources/admin-queries';
import { sourceDateInputValues } from '@/lib/sources/admin-schema';
import { deleteSourceAction, publishSourceAction, undeleteSourceAction, unpublishSourceAction, updateSourceAction } from '../actions';

export const metadata: Metadata = { title: 'Edit a source' };

export default async function EditSourcePage({ params, searchParams }: PageProps<'/admin/sources/[id]'>) {
  await requireCurator();
  const { id } = await params;
  const { saved } = await searchParams;
  const source = await getSourceForEdit(id);
  if (!source) notFound();
  const defaults: Record<string, string> = {
    key: source.key,
    title: source.title ?? '',
    author: source.author ?? '',
    publisher: source.publisher ?? '',
    ...sourceDateInputValues(source.dateIso, source.datePrecision, source.dateSeason),
    details: source.details ?? '',
    url: source.url ?? '',
    quotedAt: source.quotedAt ?? '',
  };
  const citedBy = source._count.citations + source._count.figures;
  return (
    <RecordEditPage
      list={{ href: '/admin/sources', label: 'Sources' }}
      entityType="Source"
      title={source.title ?? source.key}
      record={source}
      saved={saved}
      statusActions={{ publish: publishSourceAction, unpublish: unpublishSourceAction, delete: deleteSourceAction, undelete: undeleteSourceAction }}
      notice={
        <p className="mb-4 font-sans text-sm text-muted">
          {citedBy === 0
            ? 'Nothing cites this source yet.'
            : `Cited ${source._count.citations} times by events and victims, and by ${source._count.figures} figures: it cannot be deleted while they cite it.`}
        </p>
      }
    >
      <SourceForm
        action={updateSourceAction}
        defaults={defaults}
        hidden={{ id: source.id, version: String(source.version) }}
        submitLabel="Save changes"
      />
    </RecordEditPage>
  );
}
