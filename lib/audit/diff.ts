/** One field that differs between two versions of a record. */
export type FieldChange = { field: string; before: string; after: string };

const IGNORED_FIELDS = new Set(['updatedAt', 'createdAt', 'version', 'id']);

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'string') return value;
  return JSON.stringify(value, null, 1);
}

/**
 * The fields whose values differ between two snapshots from the audit log, in a stable order.
 * Bookkeeping fields (timestamps, version, id) are left out: they change on every save.
 */
export function diffSnapshots(before: unknown, after: unknown): FieldChange[] {
  const left = (before && typeof before === 'object' ? before : {}) as Record<string, unknown>;
  const right = (after && typeof after === 'object' ? after : {}) as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(left), ...Object.keys(right)])].filter((field) => !IGNORED_FIELDS.has(field));
  return fields
    .filter((field) => JSON.stringify(left[field] ?? null) !== JSON.stringify(right[field] ?? null))
    .map((field) => ({ field, before: show(left[field]), after: show(right[field]) }));
}
