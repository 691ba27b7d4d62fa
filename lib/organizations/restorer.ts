import 'server-only';
import { db } from '@/lib/db';
import { restoreOrganizationVersion, type Actor, type OrganizationSnapshot } from '@/lib/organizations/mutations';

/** How history restores an issuer's version: the `Organization` entry of lib/audit/restorers.ts. */
export const organizationRestorer = {
  currentVersion: async (id: string) => (await db.organization.findUnique({ where: { id }, select: { version: true } }))?.version ?? null,
  restore: (actor: Actor, id: string, version: number, snapshot: unknown) => restoreOrganizationVersion(actor, id, version, snapshot as OrganizationSnapshot),
  editPath: (id: string) => `/admin/organizations/${id}`,
};
