import type { Metadata } from 'next';
import Link from 'next/link';
import { VictimForm } from '@/components/admin/victim-form';
import { requireCurator } from '@/lib/auth';
import { listSourceOptions } from '@/lib/sources/options';
import { createVictimAction } from '../actions';

export const metadata: Metadata = { title: 'Add a victim' };

export default async function NewVictimPage() {
  await requireCurator();
  const sources = await listSourceOptions();
  return (
    <>
      <p className="font-sans text-sm"><Link href="/admin/victims">Victims</Link></p>
      <h1 className="mb-2 text-3xl font-semibold">Add a victim</h1>
      <p className="mb-6 max-w-3xl font-sans text-muted">Enter only what a source says. Leave a field empty when no source gives it: the public page will say it is not recorded. New records stay drafts, invisible to the public, until you publish them.</p>
      <VictimForm action={createVictimAction} defaults={{}} citations={[]} sources={sources} submitLabel="Save as draft" />
    </>
  );
}
