import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { SavedNotice, StatusBadge } from '@/components/admin/admin-list-controls';
import { StatusControls } from '@/components/admin/status-controls';
import { VictimForm } from '@/components/admin/victim-form';
import { VictimPhotoPanel } from '@/components/admin/victim-photo-panel';
import { requireCurator } from '@/lib/auth';
import { partialDateInputValue } from '@/lib/dates';
import { formatBakuDateTimeInput } from '@/lib/publication-schema';
import { listSourceOptions } from '@/lib/sources/options';
import { getVictimForEdit } from '@/lib/victims/admin-queries';
import { victimDisplayName } from '@/lib/victims/display';
import { removeVictimPhotoAction, saveVictimPhotoAction } from './photo-actions';
import { deleteVictimAction, publishVictimAction, undeleteVictimAction, unpublishVictimAction, updateVictimAction } from '../actions';

export const metadata: Metadata = { title: 'Edit a victim' };

export default async function EditVictimPage({ params, searchParams }: PageProps<'/admin/victims/[id]'>) {
  await requireCurator();
  const { id } = await params;
  const { saved } = await searchParams;
  const [victim, sources] = await Promise.all([getVictimForEdit(id), listSourceOptions()]);
  if (!victim) notFound();
  const defaults: Record<string, string> = {
    slug: victim.slug,
    nameLatin: victim.nameLatin ?? '',
    nameCyrillic: victim.nameCyrillic ?? '',
    nameRussian: victim.nameRussian ?? '',
    otherNames: victim.otherNames.join('\n'),
    description: victim.description ?? '',
    sex: victim.sex,
    birthDate: partialDateInputValue(victim.birthDateIso, victim.birthDatePrecision),
    age: victim.age === null ? '' : String(victim.age),
    fate: victim.fate,
    deathDate: partialDateInputValue(victim.deathDateIso, victim.deathDatePrecision),
    deathPlace: victim.deathPlace ?? '',
    circumstances: victim.circumstances ?? '',
    occupation: victim.occupation ?? '',
    burialPlace: victim.burialPlace ?? '',
    biography: victim.biography ?? '',
  };
  const citations = victim.citations.map((citation) => ({
    sourceId: citation.sourceId,
    quote: citation.quote ?? '',
    page: citation.page ?? '',
    summary: !citation.quoteIsVerbatim,
  }));
  return (
    <>
      <p className="font-sans text-sm"><Link href="/admin/victims">Victims</Link></p>
      <h1 className="text-3xl font-semibold">{victimDisplayName(victim).name}</h1>
      <p className="mb-6 font-sans text-sm text-muted">
        <StatusBadge status={victim.status} publishAt={victim.publishAt} deletedAt={victim.deletedAt} /> · version {victim.version} ·{' '}
        <Link href={`/admin/history?entityType=Victim&entityId=${victim.id}`}>History</Link>
        {victim.status === 'PUBLISHED' && !victim.deletedAt ? (
          <>
            {' · '}
            <Link href={`/en/victims/${victim.slug}`}>Public page</Link>
          </>
        ) : null}
      </p>
      <SavedNotice saved={typeof saved === 'string' ? saved : undefined} />
      <div className="grid gap-10 lg:grid-cols-[3fr_1fr]">
        <section aria-label="Edit the record">
          <VictimForm
            action={updateVictimAction}
            defaults={defaults}
            citations={citations}
            sources={sources}
            hidden={{ id: victim.id, version: String(victim.version) }}
            submitLabel="Save changes"
          />
        </section>
        <aside aria-label="Publication">
          <h2 className="mb-3 font-sans text-lg font-semibold">Publication</h2>
          <StatusControls
            id={victim.id}
            version={victim.version}
            status={victim.status}
            deleted={victim.deletedAt !== null}
            publishAtInput={victim.publishAt ? formatBakuDateTimeInput(victim.publishAt) : ''}
            actions={{ publish: publishVictimAction, unpublish: unpublishVictimAction, delete: deleteVictimAction, undelete: undeleteVictimAction }}
          />
          <div className="mt-10 border-t border-rule pt-6">
            <VictimPhotoPanel
              victimId={victim.id}
              deleted={victim.deletedAt !== null}
              photo={victim.photo}
              actions={{ save: saveVictimPhotoAction, remove: removeVictimPhotoAction }}
            />
          </div>
        </aside>
      </div>
    </>
  );
}
