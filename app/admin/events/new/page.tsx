import type { Metadata } from 'next';
import Link from 'next/link';
import { EventForm } from '@/components/admin/event-form';
import { requireCurator } from '@/lib/auth';
import { listSourceOptions } from '@/lib/sources/options';
import { createEventAction } from '../actions';

export const metadata: Metadata = { title: 'Add an event' };

export default async function NewEventPage() {
  await requireCurator();
  const sources = await listSourceOptions();
  return (
    <>
      <p className="font-sans text-sm">
        <Link href="/admin/events">Events</Link>
      </p>
      <h1 className="mb-2 text-3xl font-semibold">Add an event</h1>
      <p className="mb-6 max-w-3xl font-sans text-muted">
        Give the date only as precisely as the sources do, and cite every source that states the event. The event is saved as a draft; it
        needs at least one source before it can be published.
      </p>
      <EventForm action={createEventAction} defaults={{}} citations={[]} sources={sources} submitLabel="Save as draft" />
    </>
  );
}
