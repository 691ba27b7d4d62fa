import type { Metadata } from 'next';
import Link from 'next/link';
import { z } from 'zod';
import { AdminPagination } from '@/components/admin/admin-list-controls';
import { RestoreButton } from '@/components/admin/restore-button';
import { diffSnapshots } from '@/lib/audit/diff';
import { listAuditEntries } from '@/lib/audit/queries';
import { restorableKinds } from '@/lib/records/registry';
import { requireCurator } from '@/lib/auth';
import { restoreVersionAction } from './actions';
import { auditAuthor } from '@/lib/audit/author';

export const metadata: Metadata = { title: 'History' };

const paramsSchema = z.object({
  entityType: z.string().regex(/^[A-Za-z]{1,40}$/).optional().catch(undefined),
  entityId: z.string().regex(/^[a-z0-9]{1,40}$/).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).default(1).catch(1),
});

const ACTION_LABELS: Record<string, string> = {
  create: 'Created',
  update: 'Edited',
  publish: 'Published',
  unpublish: 'Unpublished',
  delete: 'Deleted',
  restore: 'Restored',
  import: 'Imported',
  translate: 'Translated',
};

export default async function HistoryPage({ searchParams }: PageProps<'/admin/history'>) {
  const user = await requireCurator();
  const raw = await searchParams;
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined;
  const params = paramsSchema.parse({ entityType: first(raw.entityType), entityId: first(raw.entityId), page: first(raw.page) });
  const { entries, total, pageCount } = await listAuditEntries(params, user);
  const restorer = params.entityType ? restorableKinds[params.entityType] : undefined;
  const currentVersion = restorer && params.entityId ? await restorer.currentVersion(params.entityId) : null;
  return (
    <>
      <h1 className="text-3xl font-semibold">History</h1>
      <p className="mb-6 font-sans text-muted">
        {params.entityId ? (
          <>
            Every change to this record, newest first. <Link href="/admin/history">All changes</Link>
            {restorer ? (
              <>
                {' · '}
                <Link href={restorer.editPath(params.entityId)}>Back to the record</Link>
              </>
            ) : null}
          </>
        ) : (
          `Every change to the memorial, newest first (${total}).`
        )}
      </p>
      <ol className="space-y-6">
        {entries.map((entry) => {
          const changes = diffSnapshots(entry.before, entry.after);
          return (
            <li key={entry.id} className="border border-rule p-4 font-sans">
              <p>
                <strong>{ACTION_LABELS[entry.action] ?? entry.action}</strong> · {entry.entityType}{' '}
                {params.entityId ? null : <Link href={`/admin/history?entityType=${entry.entityType}&entityId=${entry.entityId}`}>{entry.entityId}</Link>} ·{' '}
                {auditAuthor(entry)} ·{' '}
                <time dateTime={entry.createdAt.toISOString()}>{entry.createdAt.toISOString().slice(0, 19).replace('T', ' ')} UTC</time>
              </p>
              {changes.length > 0 ? (
                <table className="mt-3 w-full border-collapse text-left text-sm">
                  <caption className="sr-only">Fields changed</caption>
                  <thead>
                    <tr className="border-b border-ink">
                      <th scope="col" className="py-1 pr-3">Field</th>
                      <th scope="col" className="py-1 pr-3">Before</th>
                      <th scope="col" className="py-1">After</th>
                    </tr>
                  </thead>
                  <tbody>
                    {changes.map((change) => (
                      <tr key={change.field} className="border-b border-rule align-top">
                        <th scope="row" className="py-1 pr-3 font-semibold">{change.field}</th>
                        <td className="py-1 pr-3 whitespace-pre-wrap break-words"><del className="no-underline">{change.before}</del></td>
                        <td className="py-1 whitespace-pre-wrap break-words"><ins className="no-underline">{change.after}</ins></td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : null}
              {params.entityId && restorer && currentVersion !== null && entry.after ? (
                <div className="mt-3">
                  <RestoreButton entryId={entry.id} version={currentVersion} action={restoreVersionAction} />
                </div>
              ) : null}
            </li>
          );
        })}
      </ol>
      <AdminPagination base="/admin/history" page={params.page} pageCount={pageCount} params={{ entityType: params.entityType, entityId: params.entityId }} />
    </>
  );
}
