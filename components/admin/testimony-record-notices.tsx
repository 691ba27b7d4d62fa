import Link from 'next/link';
import { PROPOSAL_FIELD_LABELS } from '@/lib/testimonies/accepted-values';
import type { ProposalField } from '@/lib/testimonies/fields';

function fieldList(fields: readonly string[]): string {
  return fields.map((field) => PROPOSAL_FIELD_LABELS[field as ProposalField] ?? field).join(', ');
}

/**
 * Above the victim form opened from an accepted testimony: which testimony's values the form now
 * holds, and that the curator's save, with its public note, is what publishes them.
 */
export function ApplyingTestimonyNotice({ reference, testimonyId, fields }: { reference: string; testimonyId: string; fields: readonly string[] }) {
  return (
    <div role="note" aria-labelledby="applying-testimony" className="mb-6 border-l-4 border-ink bg-paper p-4 font-sans" data-applying-testimony={reference}>
      <h2 id="applying-testimony" className="font-semibold">
        Values from testimony {reference}
      </h2>
      <p className="mt-1 text-sm">
        The form holds the values curators accepted from <Link href={`/admin/testimonies/${testimonyId}`}>testimony {reference}</Link> ({fieldList(fields)}), over the
        record as it is now, and a citation of the testimony for them. Check them, write the public note of what this save corrects below, and save: nothing
        changes on the public site before you save.
      </p>
    </div>
  );
}

/** Beside the publication controls: accepted testimonies whose values this record does not hold yet. */
export function UnappliedTestimonies({
  victimId,
  testimonies,
  applyingId,
}: {
  victimId: string;
  testimonies: { id: string; reference: string; acceptedFields: string[] }[];
  applyingId: string | null;
}) {
  if (testimonies.length === 0) return null;
  return (
    <div className="mb-4 border-l-4 border-mourning-dark bg-white p-3 font-sans text-sm" data-unapplied-testimonies={testimonies.length}>
      <p className="font-semibold">Accepted testimony not yet applied</p>
      <ul className="mt-1 space-y-1">
        {testimonies.map((testimony) => (
          <li key={testimony.id}>
            {testimony.id === applyingId ? (
              <>Testimony {testimony.reference} (in the form now)</>
            ) : (
              <Link href={`/admin/victims/${victimId}?testimony=${testimony.id}`}>Apply testimony {testimony.reference}</Link>
            )}
            : {fieldList(testimony.acceptedFields)}
          </li>
        ))}
      </ul>
    </div>
  );
}
