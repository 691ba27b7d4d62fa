import Link from 'next/link';
import { PhotoForm, RemovePhotoForm } from '@/components/admin/photo-form';
import type { FormState } from '@/lib/forms';
import { formatMegabytes } from '@/lib/victims/photos/photo';

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** The stored photograph as the edit page reads it (getVictimForEdit's `photo`). */
export type VictimPhotoSummary = {
  contentType: string;
  byteSize: number;
  altText: string;
  credit: string;
  contentWarning: boolean;
  updatedAt: Date;
};

const FORMAT_NAMES: Record<string, string> = { 'image/jpeg': 'JPEG', 'image/png': 'PNG', 'image/webp': 'WebP' };

/**
 * The photograph section of a victim's edit page: the current image (served to curators only, so a
 * draft's photograph can be checked), upload or replace with its words, removal, and its history.
 */
export function VictimPhotoPanel({
  victimId,
  deleted,
  photo,
  actions,
}: {
  victimId: string;
  deleted: boolean;
  photo: VictimPhotoSummary | null;
  actions: { save: Action; remove: Action };
}) {
  const photoState = photo ? photo.updatedAt.toISOString() : '';
  return (
    <section id="photo" aria-labelledby="photo-heading" className="space-y-4">
      <h2 id="photo-heading" className="font-sans text-lg font-semibold">Photograph</h2>
      {photo ? (
        <figure className="space-y-2">
          {/* The curators' route serves the stored bytes as they are; Next's image optimiser is not involved. */}
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img
            src={`/admin/victims/${victimId}/photo?v=${encodeURIComponent(photoState)}`}
            alt={photo.altText}
            className="max-h-72 w-auto max-w-full border border-rule"
          />
          <figcaption className="font-sans text-sm">
            <span className="block">Credit: {photo.credit}</span>
            <span className="block text-muted">
              {FORMAT_NAMES[photo.contentType] ?? photo.contentType}, {formatMegabytes(photo.byteSize)}
              {photo.contentWarning ? ' · hidden behind a content warning on the public page' : ''}
            </span>
          </figcaption>
        </figure>
      ) : (
        <p className="font-sans text-sm text-muted">No photograph. The public page shows none until one is uploaded.</p>
      )}
      {deleted ? (
        <p className="font-sans text-sm">This record is deleted. Restore it to change its photograph.</p>
      ) : (
        <>
          <PhotoForm
            action={actions.save}
            victimId={victimId}
            photoState={photoState}
            defaults={{ altText: photo?.altText ?? '', credit: photo?.credit ?? '', contentWarning: photo?.contentWarning ?? false }}
          />
          {photo ? <RemovePhotoForm action={actions.remove} victimId={victimId} photoState={photoState} /> : null}
        </>
      )}
      <p className="font-sans text-sm">
        <Link href={`/admin/history?entityType=VictimPhoto&entityId=${victimId}`}>History of the photograph</Link>
      </p>
    </section>
  );
}
