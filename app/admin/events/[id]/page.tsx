import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { citationRowsFromRecord } from '@/components/admin/citation-rows';
import { disputedRowsFromRecord } from '@/components/admin/disputed-value-rows';
import { EventForm } from '@/components/admin/event-form';
import { RecordEditPage } from '@/components/admin/record-edit-page';
import { requireCurator } from '@/lib/auth';
import { partialDateInputValue } from '@/lib/dates';
import { getEventForEdit } from '@/lib/events/admin-queries';
import { listSourceOptions } from '@/lib/sources/options';
import { deleteEventAction, publishEventAction, undeleteEventAction, unpublishEventAction, updateEventAction } from '../actions';

export const metadata: Metadata = { title: 'Edit an event' };

export default async function EditEventPage({ params, searchParams }: PageProps<'/admin/events/[id]'>) {
  await requireCurator();
  const { id } = await params;
  const { saved } = await searchParams;
  const [event, sources] = await Promise.all([getEventForEdit(id), listSourceOptions()]);
  if (!event) notFound();
  const defaults: Record<string, string> = {
    slug: event.slug,
    title: event.title,
    description: event.description ?? '',
    date: partialDateInputValue(event.dateIso, event.datePrecision),
    endDate: partialDateInputValue(event.endDateIso, event.datePrecision),
    time: event.time ?? '',
    place: event.place ?? '',
    language: event.language,
  };
  return (
    <RecordEditPage
      list={{ href: '/admin/events', label: 'Events' }}
      entityType="Event"
      title={event.title}
      record={event}
      publicHref="/en/timeline"
      saved={saved}
      statusActions={{ publish: publishEventAction, unpublish: unpublishEventAction, delete: deleteEventAction, undelete: undeleteEventAction }}
    >
      <EventForm
        action={updateEventAction}
        defaults={defaults}
        citations={citationRowsFromRecord(event.citations)}
        disputed={disputedRowsFromRecord(event.disputedValues)}
        sources={sources}
        hidden={{ id: event.id, version: String(event.version) }}
        submitLabel="Save changes"
      />
    </RecordEditPage>
  );
}
