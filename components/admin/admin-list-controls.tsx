import Link from 'next/link';

const STATUS_FILTERS = [
  { value: '', label: 'All current' },
  { value: 'draft', label: 'Drafts' },
  { value: 'scheduled', label: 'Scheduled' },
  { value: 'published', label: 'Published' },
  { value: 'deleted', label: 'Deleted' },
];

/** The search box and status filter of an admin list: a plain GET form. */
export function AdminListSearch({ action, q, status }: { action: string; q?: string; status?: string }) {
  return (
    <form method="get" action={action} role="search" aria-label="Search the list" className="mb-6 flex flex-wrap items-end gap-3 font-sans">
      <div>
        <label htmlFor="admin-q" className="block text-sm font-semibold">Search</label>
        <input id="admin-q" name="q" type="search" defaultValue={q ?? ''} className="mt-1 border border-muted bg-white px-2 py-1.5" />
      </div>
      <div>
        <label htmlFor="admin-status" className="block text-sm font-semibold">Status</label>
        <select id="admin-status" name="status" defaultValue={status ?? ''} className="mt-1 border border-muted bg-white px-2 py-1.5">
          {STATUS_FILTERS.map((filter) => (
            <option key={filter.value} value={filter.value}>{filter.label}</option>
          ))}
        </select>
      </div>
      <button type="submit" className="border border-ink bg-ink px-4 py-1.5 text-paper">Show</button>
    </form>
  );
}

/** Previous/next links of an admin list, keeping its search. */
export function AdminPagination({ base, page, pageCount, params }: { base: string; page: number; pageCount: number; params: Record<string, string | undefined> }) {
  if (pageCount <= 1) return null;
  const href = (target: number) => {
    const query = new URLSearchParams(Object.entries({ ...params, page: String(target) }).filter((entry): entry is [string, string] => Boolean(entry[1])));
    return `${base}?${query.toString()}`;
  };
  return (
    <nav aria-label="Pages" className="mt-6 flex gap-4 font-sans">
      {page > 1 ? <Link href={href(page - 1)}>Previous page</Link> : null}
      <span>Page {page} of {pageCount}</span>
      {page < pageCount ? <Link href={href(page + 1)}>Next page</Link> : null}
    </nav>
  );
}

/** The publication state of a record, in words. */
export function StatusBadge({ status, publishAt, deletedAt }: { status: 'DRAFT' | 'PUBLISHED'; publishAt: Date | null; deletedAt: Date | null }) {
  const now = new Date();
  const text = deletedAt ? 'Deleted' : status === 'DRAFT' ? 'Draft' : publishAt && publishAt > now ? `Scheduled for ${publishAt.toISOString().slice(0, 16).replace('T', ' ')} UTC` : 'Published';
  return <span className="font-sans text-sm">{text}</span>;
}

const SAVED_MESSAGES: Record<string, string> = {
  created: 'Saved as a draft. It is not public until you publish it.',
  updated: 'Your changes are saved.',
  published: 'Published: the record is on the public site now.',
  scheduled: 'Scheduled: the record will appear on the public site at the time you chose.',
  unpublished: 'Unpublished: the record is a draft again and no longer public.',
  restored: 'Restored.',
};

/** The confirmation shown after a save that redirected here. */
export function SavedNotice({ saved }: { saved?: string }) {
  const message = saved ? SAVED_MESSAGES[saved] : undefined;
  if (!message) return null;
  return (
    <p role="status" className="mb-6 border-l-4 border-ink bg-paper p-3 font-sans">
      {message}
    </p>
  );
}
