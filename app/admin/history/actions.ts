'use server';

import { redirect } from 'next/navigation';
import { refusalState, refusingWhenDatabaseUnreachable, revalidatePublicTags } from '@/lib/admin/action-helpers';
import { getAuditEntry } from '@/lib/audit/queries';
import { restorableKinds } from '@/lib/records/registry';
import { requireCurator } from '@/lib/auth';
import type { FormState } from '@/lib/forms';
import { versionOnlySchema } from '@/lib/records/publication-schema';

/**
 * Restores the version of a record that an audit entry recorded ("after" the change it logs;
 * for a deletion, the record as it was before). The record's current version must match the
 * one the curator was looking at.
 */
export async function restoreVersionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return refusingWhenDatabaseUnreachable(formData, async () => {
    const user = await requireCurator();
    const entryId = formData.get('entryId');
    const version = versionOnlySchema.safeParse({ version: formData.get('version') });
    if (typeof entryId !== 'string' || !version.success) return { message: 'This page is out of date. Reload it and try again.' };
    const entry = await getAuditEntry(entryId, user);
    const restorer = entry ? restorableKinds[entry.entityType] : undefined;
    if (!entry || !restorer) return { message: 'This version cannot be restored.' };
    const snapshot = entry.action === 'delete' ? entry.before : (entry.after ?? entry.before);
    if (!snapshot) return { message: 'This entry recorded no version to restore.' };
    try {
      const result = await restorer.restore(user, entry.entityId, version.data.version, snapshot);
      revalidatePublicTags(result.tags);
    } catch (error) {
      return refusalState(error, formData, 'restoreVersion');
    }
    redirect(`${restorer.editPath(entry.entityId)}?saved=restored`);
  });
}
