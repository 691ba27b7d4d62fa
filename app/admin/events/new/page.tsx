import type { Metadata } from 'next';
import { EventForm } from '@/components/admin/event-form';
import { RecordNewPage } from '@/components/admin/record-edit-page';
import { requireCurator } from '@/lib/auth';
import { listSourceOptions } from '@/lib/sources/options';
import { createEventAction } from '../actions';

export const metadata: Metadata = { title: 'Add an event' };

export default async function NewEventPage() {
  await requireCurator();
  const sources = await listSourceOptions();
  return (
    <RecordNewPage
      list={{ href: '/admin/events', label: 'Events' }}
      title="Add an event"
      intro={
        <>
          Give the date only as precisely as the sources do, and cite every source that states the event. The event is saved as a draft; it
          needs at least one source before it can be published.
        </>
      }
    >
      <EventForm action={createEventAction} defaults={{}} citations={[]} disputed={[]} sources={sources} submitLabel="Save as draft" />
    </RecordNewPage>
  );
}
