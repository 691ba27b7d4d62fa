import type { IssuerSummary } from '@/lib/organizations/queries';
import { ORGANIZATION_KIND_LABELS } from '@/lib/organizations/labels';

/** Where an issuer is and its website, as far as a source gives them; the rest is said to be unknown. */
export function IssuerDetails({ issuer }: { issuer: IssuerSummary }) {
  const place = [issuer.city, issuer.country].filter(Boolean).join(', ');
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1 font-sans text-sm">
      <dt className="font-semibold">Kind</dt>
      <dd>{ORGANIZATION_KIND_LABELS[issuer.kind]}</dd>
      <dt className="font-semibold">Location</dt>
      <dd>{place || <span className="italic text-muted">Not given by the sources</span>}</dd>
      {issuer.address ? (
        <>
          <dt className="font-semibold">Address</dt>
          <dd>{issuer.address}</dd>
        </>
      ) : null}
      <dt className="font-semibold">Website</dt>
      <dd>
        {issuer.website ? (
          <a href={issuer.website} rel="noopener noreferrer nofollow">
            {issuer.website.replace(/^https?:\/\//, '')}
          </a>
        ) : (
          <span className="italic text-muted">Not given by the sources</span>
        )}
      </dd>
    </dl>
  );
}
