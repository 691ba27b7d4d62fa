import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { SavedNotice, StatusBadge } from '@/components/admin/admin-list-controls';
import { ReleaseForm } from '@/components/admin/release-form';
import { StatusControls } from '@/components/admin/status-controls';
import { requireCurator } from '@/lib/auth';
import { listOrganizationOptions } from '@/lib/organizations/admin-queries';
import { formatBakuDateTimeInput } from '@/lib/publication-schema';
import { getReleaseForEdit } from '@/lib/releases/admin-queries';
import { UNATTRIBUTED_ISSUER } from '@/lib/releases/schema';
import { deleteReleaseAction, publishReleaseAction, undeleteReleaseAction, unpublishReleaseAction, updateReleaseAction } from '../actions';

export const metadata: Metadata = { title: 'Edit a release' };

export default async function EditReleasePage({ params, searchParams }: PageProps<'/admin/releases/[id]'>) {
  await requireCurator();
  const { id } = await params;
  const { saved } = await searchParams;
  const release = await getReleaseForEdit(id);
  if (!release) notFound();
  const issuers = await listOrganizationOptions(release.organizationId);
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
  };
  const citing = release.source ? release.source._count.citations + release.source._count.figures : 0;
  return (
    <>
      <p className="font-sans text-sm"><Link href="/admin/releases">Releases</Link></p>
      <h1 className="text-3xl font-semibold">{release.title}</h1>
      <p className="mb-6 font-sans text-sm text-muted">
        <StatusBadge status={release.status} publishAt={release.publishAt} deletedAt={release.deletedAt} /> · version {release.version} ·{' '}
        <Link href={`/admin/history?entityType=Release&entityId=${release.id}`}>History</Link>
        {release.status === 'PUBLISHED' && !release.deletedAt ? (
          <>
            {' · '}
            <Link href={`/en/releases/${release.slug}`}>Public page</Link>
          </>
        ) : null}
      </p>
      <SavedNotice saved={typeof saved === 'string' ? saved : undefined} />
      <div className="grid gap-10 lg:grid-cols-[3fr_1fr]">
        <section aria-label="Edit the release">
          <ReleaseForm action={updateReleaseAction} defaults={defaults} issuers={issuers} hidden={{ id: release.id, version: String(release.version) }} submitLabel="Save changes" />
        </section>
        <aside aria-label="Publication" className="space-y-6">
          <div>
            <h2 className="mb-3 font-sans text-lg font-semibold">Publication</h2>
            <StatusControls
              id={release.id}
              version={release.version}
              status={release.status}
              deleted={release.deletedAt !== null}
              publishAtInput={release.publishAt ? formatBakuDateTimeInput(release.publishAt) : ''}
              actions={{ publish: publishReleaseAction, unpublish: unpublishReleaseAction, delete: deleteReleaseAction, undelete: undeleteReleaseAction }}
            />
          </div>
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
        </aside>
      </div>
    </>
  );
}
