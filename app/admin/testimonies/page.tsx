import type { Metadata } from 'next';
import Link from 'next/link';
import { requireCurator } from '@/lib/auth';
import { bakuTimestamp } from '@/lib/baku-time';
import { PROPOSAL_FIELD_LABELS } from '@/lib/testimonies/accepted-values';
import { TESTIMONY_KIND_LABELS, TESTIMONY_STATUS_LABELS, withholdTargetLabel } from '@/lib/testimonies/curator-labels';
import { isTestimonyStatus, listTestimoniesForCurators, TESTIMONY_STATUSES, type TestimonyQueueRow } from '@/lib/testimonies/curator-queries';
import { PROPOSAL_FIELD_NAMES } from '@/lib/testimonies/fields';
import { victimDisplayName } from '@/lib/victims/display';

export const metadata: Metadata = { title: 'Testimonies' };

function concerns(row: TestimonyQueueRow): string {
  if (row.victim) return victimDisplayName(row.victim).name;
  const name = row.proposal.nameLatin ?? row.proposal.nameCyrillic ?? row.proposal.nameRussian;
  return name ? `${name} (not in the memorial)` : 'A person not yet named';
}

function states(row: TestimonyQueueRow): string {
  if (row.kind === 'WITHHOLD') return `Withhold ${withholdTargetLabel(row.withholdTarget)}`;
  const fields = PROPOSAL_FIELD_NAMES.filter((field) => row.proposal[field] !== undefined).map((field) => PROPOSAL_FIELD_LABELS[field].toLowerCase());
  return fields.length > 0 ? fields.join(', ') : 'no field';
}

export default async function TestimoniesPage({ searchParams }: PageProps<'/admin/testimonies'>) {
  await requireCurator();
  const { status: requested } = await searchParams;
  const status = isTestimonyStatus(requested) ? requested : null;
  const { rows, counts } = await listTestimoniesForCurators({ status });
  const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
  return (
    <>
      <h1 className="text-3xl font-semibold">Testimonies</h1>
      <p className="mt-2 max-w-3xl font-sans text-muted">
        What families and witnesses sent through the public form. Nothing of a testimony is public: curators accept it field by field into a draft of the
        record, and it becomes a source that the record cites. Newest first.
      </p>
      <nav aria-label="Filter by state" className="mt-6">
        <ul className="flex flex-wrap gap-x-4 gap-y-1 font-sans text-sm">
          <li>
            <Link href="/admin/testimonies" aria-current={status === null ? 'page' : undefined} className="aria-[current=page]:font-semibold">
              All ({total})
            </Link>
          </li>
          {TESTIMONY_STATUSES.map((state) => (
            <li key={state}>
              <Link href={`/admin/testimonies?status=${state}`} aria-current={status === state ? 'page' : undefined} className="aria-[current=page]:font-semibold" data-status-count={state}>
                {TESTIMONY_STATUS_LABELS[state]} ({counts[state]})
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {rows.length === 0 ? (
        <p className="mt-6 font-sans">{status ? `No testimony is ${TESTIMONY_STATUS_LABELS[status].toLowerCase()}.` : 'No testimony has been sent yet.'}</p>
      ) : (
        <table className="mt-6 w-full border-collapse text-left font-sans text-sm">
          <caption className="sr-only">Testimonies{status ? `: ${TESTIMONY_STATUS_LABELS[status]}` : ''}, newest first</caption>
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="py-2 pr-4">Reference</th>
              <th scope="col" className="py-2 pr-4">Received (Baku time)</th>
              <th scope="col" className="py-2 pr-4">Kind</th>
              <th scope="col" className="py-2 pr-4">Concerns</th>
              <th scope="col" className="py-2 pr-4">States</th>
              <th scope="col" className="py-2">State</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className="border-b border-rule align-top" data-testimony={row.reference}>
                <th scope="row" className="py-2 pr-4 font-normal">
                  <Link href={`/admin/testimonies/${row.id}`}>{row.reference}</Link>
                </th>
                <td className="py-2 pr-4">
                  <time dateTime={row.createdAt.toISOString()}>{bakuTimestamp.format(row.createdAt)}</time>
                </td>
                <td className="py-2 pr-4">{TESTIMONY_KIND_LABELS[row.kind]}</td>
                <td className="py-2 pr-4">{concerns(row)}</td>
                <td className="py-2 pr-4">{states(row)}</td>
                <td className="py-2">
                  {TESTIMONY_STATUS_LABELS[row.status]}
                  {row.answered && row.status === 'IN_REVIEW' ? ' · answered' : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
