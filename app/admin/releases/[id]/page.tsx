import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { RecordEditPage } from '@/components/admin/record-edit-page';
import { ReleaseForm } from '@/components/admin/release-form';
import { requireCurator } from '@/lib/auth';
import { listOrganizationOptions } from '@/lib/organizations/admin-queries';
import { getReleaseForEdit, listReleaseTranslationOptions } from '@/lib/releases/admin-queries';
import { UNATTRIBUTED_ISSUER } from '@/lib/releases/schema';
import { deleteReleaseAction, publishReleaseAction, undeleteReleaseAction, unpublishReleaseAction, updateReleaseAction } from '../actions';

export const metadata: Metadata = { title: 'Edit a release' };

export default async function EditReleasePage({ params, searchParams }: PageProps<'/admin/releases/[id]'>) {
  await requireCurator();
  const { id } = await params;
  const { saved } = await searchParams;
  const release = await getReleaseForEdit(id);
  if (!release) notFound();
  const [issuers, originals] = await Promise.all([listOrganizationOptions(release.organizationId), listReleaseTranslationOptions(release.id)]);
  const defaults: Record<string, string> = {
    title: release.title,
    titleIsEditorial: release.titleIsEditorial ? 'on' : '',
    organizationId: release.organizationId ?? UNATTRIBUTED_ISSUER,
    issuedOn: release.issuedOnIso,
    place: release.place ?? '',
    language: release.language,
    referenceNumber: release.referenceNumber ?? '',
    bodyFormat: release.bodyFormat,
    body: release.body,
    anniversaryYear: release.anniversaryYear === null ? '' : String(release.anniversaryYear),
    editorialNote: release.editorialNote ?? '',
    slug: release.slug,
    translationOfId: release.translationOfId ?? '',
  };
  const citing = release.source ? release.source._count.citations + release.source._count.figures : 0;
  return (
    <RecordEditPage
      list={{ href: '/admin/releases', label: 'Releases' }}
      entityType="Release"
      title={release.title}
      record={release}
      publicHref={`/en/releases/${release.slug}`}
      saved={saved}
      statusActions={{ publish: publishReleaseAction, unpublish: unpublishReleaseAction, delete: deleteReleaseAction, undelete: undeleteReleaseAction }}
      formLabel="Edit the release"
      aside={
        <div className="font-sans text-sm">
          <h2 className="mb-2 text-lg font-semibold">As a source</h2>
          {release.source ? (
            <p>
              Facts cite this release as source <code>{release.source.key}</code>, which is published, unpublished and deleted with it.{' '}
              {citing === 0 ? 'Nothing cites it yet.' : `It is cited ${citing === 1 ? 'once' : `${citing} times`}; it cannot be deleted while it is.`}
            </p>
          ) : (
            <p>This release has no source record yet; the next change creates it.</p>
          )}
        </div>
      }
    >
      <ReleaseForm action={updateReleaseAction} defaults={defaults} issuers={issuers} originals={originals} hidden={{ id: release.id, version: String(release.version) }} submitLabel="Save changes" />
    </RecordEditPage>
  );
}
