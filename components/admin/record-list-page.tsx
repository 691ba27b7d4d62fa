import Link from 'next/link';
import type { ReactNode } from 'react';
import { AdminListSearch, AdminPagination } from '@/components/admin/admin-list-controls';

/**
 * The page of an admin list: heading and "add" link, search and status filter, the count, a
 * table whose rows the caller gives, and pagination that keeps the search.
 */
export function RecordListPage({
  title,
  base,
  add,
  params,
  total,
  pageCount,
  caption,
  columns,
  intro,
  noun = ['record', 'records'],
  children,
}: {
  title: string;
  base: string;
  add: { href: string; label: string };
  params: { q?: string; status?: string; page: number };
  total: number;
  pageCount: number;
  caption: string;
  columns: string[];
  intro?: ReactNode;
  /** What the count names: one record, two records (or issuers, releases…). */
  noun?: [singular: string, plural: string];
  children: ReactNode;
}) {
  return (
    <>
      <div className="mb-6 flex flex-wrap items-baseline justify-between gap-4">
        <h1 className="text-3xl font-semibold">{title}</h1>
        <Link href={add.href} className="font-sans">
          {add.label}
        </Link>
      </div>
      {intro}
      <AdminListSearch action={base} q={params.q} status={params.status} />
      <p className="mb-3 font-sans text-sm text-muted" role="status">
        {total === 1 ? `1 ${noun[0]}` : `${total} ${noun[1]}`}
      </p>
      <table className="w-full border-collapse text-left font-sans">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-ink text-sm">
            {columns.map((column) => (
              <th key={column} scope="col" className="py-2 pr-4">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
      <AdminPagination base={base} page={params.page} pageCount={pageCount} params={{ q: params.q, status: params.status }} />
    </>
  );
}

/** When a row last changed, in UTC, for the last column of an admin list. */
export function LastChangedCell({ updatedAt }: { updatedAt: Date }) {
  return <td className="py-2 text-sm">{updatedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC</td>;
}

/** The notice a list shows after a record was deleted (the delete action sends `?deleted=`). */
export function DeletedNotice({ shown, children }: { shown: boolean; children: ReactNode }) {
  if (!shown) return null;
  return (
    <p role="status" className="mb-6 border-l-4 border-ink bg-paper p-3 font-sans">
      {children}
    </p>
  );
}
