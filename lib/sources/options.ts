import 'server-only';
import { db } from '@/lib/db';

export type SourceOption = { id: string; label: string };

/** Every source that is not deleted, for the citation pickers of the admin forms. */
export async function listSourceOptions(): Promise<SourceOption[]> {
  const rows = await db.source.findMany({
    where: { deletedAt: null },
    orderBy: [{ kind: 'asc' }, { date: 'asc' }, { key: 'asc' }],
    select: {
      id: true,
      kind: true,
      title: true,
      status: true,
      date: true,
      release: { select: { title: true, issuedOn: true } },
    },
  });
  return rows.map((row) => {
    const title = row.release?.title ?? row.title ?? 'Untitled source';
    const date = (row.release?.issuedOn ?? row.date)?.toISOString().slice(0, 10);
    const kind = row.kind === 'RELEASE' ? 'Release' : row.kind === 'TESTIMONY' ? 'Testimony' : 'External';
    return { id: row.id, label: `${kind}: ${title}${date ? ` (${date})` : ''}${row.status === 'DRAFT' ? ' [draft]' : ''}` };
  });
}
