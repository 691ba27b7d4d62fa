import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { citationRowsFromRecord } from '@/components/admin/citation-rows';
import { disputedRowsFromRecord } from '@/components/admin/disputed-value-rows';
import { RecordEditPage } from '@/components/admin/record-edit-page';
import { VictimForm } from '@/components/admin/victim-form';
import { VictimPhotoPanel } from '@/components/admin/victim-photo-panel';
import { requireCurator } from '@/lib/auth';
import { listSourceOptions } from '@/lib/sources/options';
import { ApplyingTestimonyNotice, UnappliedTestimonies } from '@/components/admin/testimony-record-notices';
import { mergeAcceptedValues, supportedFacts } from '@/lib/testimonies/accepted-values';
import { getAcceptedTestimonyForRecord, listUnappliedTestimonies } from '@/lib/testimonies/curator-queries';
import { getVictimForEdit } from '@/lib/victims/admin-queries';
import { victimFormDefaults } from '@/lib/victims/form-defaults';
import { victimDisplayName } from '@/lib/victims/display';
import { removeVictimPhotoAction, saveVictimPhotoAction } from './photo-actions';
import { deleteVictimAction, publishVictimAction, undeleteVictimAction, unpublishVictimAction, updateVictimAction } from '../actions';

export const metadata: Metadata = { title: 'Edit a victim' };

export default async function EditVictimPage({ params, searchParams }: PageProps<'/admin/victims/[id]'>) {
  await requireCurator();
  const { id } = await params;
  const { saved, testimony } = await searchParams;
  const [victim, sources, unapplied] = await Promise.all([getVictimForEdit(id), listSourceOptions(), listUnappliedTestimonies(id)]);
  if (!victim) notFound();
  const current = victimFormDefaults(victim);
  // ?testimony=<id>: an accepted testimony's values merged over the CURRENT record, cited to its source,
  // for the curator to check and save (with the public correction note); nothing is public before that.
  const applying = typeof testimony === 'string' ? await getAcceptedTestimonyForRecord(testimony, victim.id) : null;
  const defaults = applying ? mergeAcceptedValues(current, applying.proposal, applying.acceptedFields) : current;
  const savedCitations = citationRowsFromRecord(victim.citations);
  const citations =
    applying && !savedCitations.some((row) => row.sourceId === applying.sourceId)
      ? [...savedCitations, { sourceId: applying.sourceId, quote: '', page: '', summary: true, supports: supportedFacts(applying.acceptedFields).join(', ') }]
      : savedCitations;

  return (
    <RecordEditPage
      list={{ href: '/admin/victims', label: 'Victims' }}
      entityType="Victim"
      title={victimDisplayName(victim).name}
      record={victim}
      publicHref={`/en/victims/${victim.slug}`}
      saved={saved}
      statusActions={{ publish: publishVictimAction, unpublish: unpublishVictimAction, delete: deleteVictimAction, undelete: undeleteVictimAction }}
      notice={<UnappliedTestimonies victimId={victim.id} testimonies={unapplied} applyingId={applying?.id ?? null} />}
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
      {applying ? <ApplyingTestimonyNotice reference={applying.reference} testimonyId={applying.id} fields={applying.acceptedFields} /> : null}
      <VictimForm
        action={updateVictimAction}
        defaults={defaults}
        citations={citations}
        disputed={disputedRowsFromRecord(victim.disputedValues)}
        sources={sources}
        correctable
        hidden={{ id: victim.id, version: String(victim.version) }}
        submitLabel="Save changes"
      />
    </RecordEditPage>
  );
}
