import type { Metadata } from 'next';
import { RecordNewPage } from '@/components/admin/record-edit-page';
import { VictimForm } from '@/components/admin/victim-form';
import { requireCurator } from '@/lib/auth';
import { listSourceOptions } from '@/lib/sources/options';
import { createVictimAction } from '../actions';

export const metadata: Metadata = { title: 'Add a victim' };

export default async function NewVictimPage() {
  await requireCurator();
  const sources = await listSourceOptions();
  return (
    <RecordNewPage
      list={{ href: '/admin/victims', label: 'Victims' }}
      title="Add a victim"
      intro="Enter only what a source says. Leave a field empty when no source gives it: the public page will say it is not recorded. New records stay drafts, invisible to the public, until you publish them."
    >
      <VictimForm action={createVictimAction} defaults={{}} citations={[]} disputed={[]} sources={sources} submitLabel="Save as draft" />
    </RecordNewPage>
  );
}
