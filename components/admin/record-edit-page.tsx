import Link from 'next/link';
import type { ReactNode } from 'react';
import { SavedNotice, StatusBadge } from '@/components/admin/admin-list-controls';
import { StatusControls } from '@/components/admin/status-controls';
import { formatBakuDateTimeInput } from '@/lib/records/publication-schema';
import { TRANSLATION_KINDS } from '@/lib/translations/schema';
import type { FormState } from '@/lib/forms';

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** The kinds whose texts curators translate, by the entity type the audit log uses. */
const TRANSLATED_ENTITY_TYPES = new Set<string>(Object.values(TRANSLATION_KINDS).map((kind) => kind.label));

/**
 * The page around a record's edit form: where it sits in the admin, its state and version, the
 * link to its history (and to its public page when it has one), and the publication controls.
 */
export function RecordEditPage({
  list,
  entityType,
  title,
  record,
  publicHref,
  saved,
  statusActions,
  notice,
  formLabel = 'Edit the record',
  aside,
  children,
}: {
  list: { href: string; label: string };
  entityType: string;
  title: string;
  record: { id: string; version: number; status: 'DRAFT' | 'PUBLISHED'; publishAt: Date | null; deletedAt: Date | null };
  /** The public page that shows the record, when it is published. */
  publicHref?: string;
  saved: string | string[] | undefined;
  statusActions: { publish: Action; unpublish: Action; delete: Action; undelete: Action };
  /** Anything the curator should know before publishing, shown above the controls. */
  notice?: ReactNode;
  /** The accessible name of the form's region. */
  formLabel?: string;
  /** What else the curator should see beside the form, below the publication controls. */
  aside?: ReactNode;
  children: ReactNode;
}) {
  return (
    <>
      <p className="font-sans text-sm">
        <Link href={list.href}>{list.label}</Link>
      </p>
      <h1 className="text-3xl font-semibold">{title}</h1>
      <p className="mb-6 font-sans text-sm text-muted">
        <StatusBadge status={record.status} publishAt={record.publishAt} deletedAt={record.deletedAt} /> · version {record.version} ·{' '}
        <Link href={`/admin/history?entityType=${entityType}&entityId=${record.id}`}>History</Link>
        {TRANSLATED_ENTITY_TYPES.has(entityType) && !record.deletedAt ? (
          <>
            {' · '}
            <Link href={`${list.href}/${record.id}/translations`}>Translations</Link>
          </>
        ) : null}
        {publicHref && record.status === 'PUBLISHED' && !record.deletedAt ? (
          <>
            {' · '}
            {/* No prefetch: the curators' area must not regenerate public pages in the background
                while a save is still expiring their cache. */}
            <Link href={publicHref} prefetch={false}>
              Public page
            </Link>
          </>
        ) : null}
      </p>
      <SavedNotice saved={typeof saved === 'string' ? saved : undefined} />
      <div className="grid gap-10 lg:grid-cols-[3fr_1fr]">
        <section aria-label={formLabel}>{children}</section>
        <aside aria-label="Publication" className="space-y-6">
          <div>
            <h2 className="mb-3 font-sans text-lg font-semibold">Publication</h2>
            {notice}
            <StatusControls
              id={record.id}
              version={record.version}
              status={record.status}
              deleted={record.deletedAt !== null}
              publishAtInput={record.publishAt ? formatBakuDateTimeInput(record.publishAt) : ''}
              actions={statusActions}
            />
          </div>
          {aside}
        </aside>
      </div>
    </>
  );
}

/** The page around a new record's form: where it sits in the admin, its heading and what to know first. */
export function RecordNewPage({ list, title, intro, children }: { list: { href: string; label: string }; title: string; intro: ReactNode; children: ReactNode }) {
  return (
    <>
      <p className="font-sans text-sm">
        <Link href={list.href}>{list.label}</Link>
      </p>
      <h1 className="mb-2 text-3xl font-semibold">{title}</h1>
      <p className="mb-6 max-w-3xl font-sans text-muted">{intro}</p>
      {children}
    </>
  );
}
