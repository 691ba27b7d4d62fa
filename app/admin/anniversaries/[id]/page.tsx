import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AnniversaryForm } from '@/components/admin/anniversary-form';
import { RecordEditPage } from '@/components/admin/record-edit-page';
import { getAnniversaryForEdit, listEventOptions } from '@/lib/anniversaries/admin-queries';
import { anniversaryNumber, isAnniversaryYear } from '@/lib/anniversaries/ordinal';
import { englishOrdinal } from '@/lib/i18n/ordinals';
import { requireCurator } from '@/lib/auth';
import {
  deleteAnniversaryAction,
  publishAnniversaryAction,
  undeleteAnniversaryAction,
  unpublishAnniversaryAction,
  updateAnniversaryAction,
} from '../actions';

export const metadata: Metadata = { title: 'Edit an anniversary record' };

export default async function EditAnniversaryPage({ params, searchParams }: PageProps<'/admin/anniversaries/[id]'>) {
  await requireCurator();
  const { id } = await params;
  const { saved } = await searchParams;
  const [anniversary, events] = await Promise.all([getAnniversaryForEdit(id), listEventOptions()]);
  if (!anniversary) notFound();
  const { year } = anniversary;
  const pageExists = isAnniversaryYear(year, new Date());
  return (
    <RecordEditPage
      list={{ href: '/admin/anniversaries', label: 'Anniversaries' }}
      entityType="Anniversary"
      title={`${year}: the ${englishOrdinal(anniversaryNumber(year))} anniversary`}
      record={anniversary}
      publicHref={pageExists ? `/en/anniversaries/${year}` : undefined}
      saved={saved}
      notice={
        pageExists ? null : (
          <p className="mb-4 font-sans text-sm">The public page for {year} appears on 21 January {year - 1} (Baku time); a published record shows from then on.</p>
        )
      }
      statusActions={{ publish: publishAnniversaryAction, unpublish: unpublishAnniversaryAction, delete: deleteAnniversaryAction, undelete: undeleteAnniversaryAction }}
    >
      <AnniversaryForm
        action={updateAnniversaryAction}
        defaults={{ year: String(year), title: anniversary.title ?? '', introduction: anniversary.introduction ?? '', language: anniversary.language }}
        eventIds={anniversary.events.map((event) => event.id)}
        events={events}
        hidden={{ id: anniversary.id, version: String(anniversary.version) }}
        submitLabel="Save changes"
      />
    </RecordEditPage>
  );
}
