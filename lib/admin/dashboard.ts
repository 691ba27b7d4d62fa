import 'server-only';
import { db } from '@/lib/db';

type CountableDelegate = { count: (args: { where: object }) => Promise<number> };

const KINDS: { kind: string; label: string; href: string; delegate: () => CountableDelegate }[] = [
  { kind: 'Victim', label: 'Victims', href: '/admin/victims', delegate: () => db.victim as unknown as CountableDelegate },
  { kind: 'Release', label: 'Releases', href: '/admin/releases', delegate: () => db.release as unknown as CountableDelegate },
  { kind: 'Organization', label: 'Issuers', href: '/admin/organizations', delegate: () => db.organization as unknown as CountableDelegate },
  { kind: 'Source', label: 'Sources', href: '/admin/sources', delegate: () => db.source as unknown as CountableDelegate },
  { kind: 'Event', label: 'Events', href: '/admin/events', delegate: () => db.event as unknown as CountableDelegate },
  { kind: 'Figure', label: 'Figures', href: '/admin/figures', delegate: () => db.figure as unknown as CountableDelegate },
  { kind: 'Anniversary', label: 'Anniversaries', href: '/admin/anniversaries', delegate: () => db.anniversary as unknown as CountableDelegate },
];

/** Counts per kind of record and status, for the dashboard. Callers check the session first. */
export async function getDashboardCounts() {
  const now = new Date();
  return Promise.all(
    KINDS.map(async ({ kind, label, href, delegate }) => {
      const table = delegate();
      const [published, scheduled, drafts, deleted] = await Promise.all([
        table.count({ where: { deletedAt: null, status: 'PUBLISHED', OR: [{ publishAt: null }, { publishAt: { lte: now } }] } }),
        table.count({ where: { deletedAt: null, status: 'PUBLISHED', publishAt: { gt: now } } }),
        table.count({ where: { deletedAt: null, status: 'DRAFT' } }),
        table.count({ where: { deletedAt: { not: null } } }),
      ]);
      return { kind, label, href, published, scheduled, drafts, deleted };
    }),
  );
}
