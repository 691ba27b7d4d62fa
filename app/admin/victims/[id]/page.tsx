import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { citationRowsFromRecord } from '@/components/admin/citation-rows';
import { disputedRowsFromRecord } from '@/components/admin/disputed-value-rows';
import { RecordEditPage } from '@/components/admin/record-edit-page';
import { VictimForm } from '@/components/admin/victim-form';
import { VictimPhotoPanel } from '@/components/admin/victim-photo-panel';
import { requireCurator } from '@/lib/auth';
import { partialDateInputValue } from '@/lib/dates';
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
    birthPlace: victim.birthPlace ?? '',
    home: victim.home ?? '',
    honours: victim.honours ?? '',
    contentWarning: victim.contentWarning ? 'on' : '',
    curatorNote: victim.curatorNote ?? '',
    circumstances: victim.circumstances ?? '',
    occupation: victim.occupation ?? '',
    burialPlace: victim.burialPlace ?? '',
    biography: victim.biography ?? '',
    language: victim.language,
  };
  return (
    <RecordEditPage
      list={{ href: '/admin/victims', label: 'Victims' }}
      entityType="Victim"
      title={victimDisplayName(victim).name}
      record={victim}
      publicHref={`/en/victims/${victim.slug}`}
      saved={saved}
      statusActions={{ publish: publishVictimAction, unpublish: unpublishVictimAction, delete: deleteVictimAction, undelete: undeleteVictimAction }}
      aside={
        <div className="mt-10 border-t border-rule pt-6">
          <VictimPhotoPanel
            victimId={victim.id}
            deleted={victim.deletedAt !== null}
            photo={victim.photo}
            actions={{ save: saveVictimPhotoAction, remove: removeVictimPhotoAction }}
          />
        </div>
      }
    >
      <VictimForm
        action={updateVictimAction}
        defaults={defaults}
        citations={citationRowsFromRecord(victim.citations)}
        disputed={disputedRowsFromRecord(victim.disputedValues)}
        sources={sources}
        correctable
        hidden={{ id: victim.id, version: String(victim.version) }}
        submitLabel="Save changes"
      />
    </RecordEditPage>
  );
}
