'use server';

import { redirect } from 'next/navigation';
import { refusalState, revalidatePublicTags } from '@/lib/admin/action-helpers';
import { requireCurator } from '@/lib/auth';
import { reportSummary, type VictimImportState } from '@/lib/victims/import/dry-run';
import { decodeCsvFile, MAX_IMPORT_BYTES } from '@/lib/victims/import/file';
import { dryRunVictimImport, importVictims, VictimImportRefusedError } from '@/lib/victims/import/mutations';

function text(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === 'string' ? value : '';
}

/** Step 1, the dry run: reads the uploaded file and reports every row; nothing is written. */
async function checkFile(formData: FormData): Promise<VictimImportState> {
  const file = formData.get('file');
  if (!(file instanceof File) || file.size === 0) {
    return { message: 'Choose a CSV file to check.', fieldErrors: { file: ['Choose a CSV file to check.'] } };
  }
  if (file.size > MAX_IMPORT_BYTES) {
    const message = `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB. Split it into several files.`;
    return { message, fieldErrors: { file: [message] } };
  }
  const decoded = decodeCsvFile(new Uint8Array(await file.arrayBuffer()));
  if (!decoded.ok) return { message: 'This file cannot be read. Nothing was imported.', fieldErrors: { file: [decoded.message] } };
  const dryRun = await dryRunVictimImport(decoded.text);
  if (!dryRun.ok) return { message: 'This file cannot be imported as it is. Nothing was imported.', fieldErrors: { file: dryRun.problems } };
  return {
    message: `Checked ${file.name}: ${reportSummary(dryRun.report)} Nothing has been saved yet.`,
    report: dryRun.report,
    csv: dryRun.text,
    sha256: dryRun.sha256,
    fileName: file.name,
  };
}

/**
 * The import form's one action, so that it works without JavaScript: `intent=check` runs the dry
 * run on an uploaded file; `intent=import` imports the text that was checked (sent back in a hidden
 * field with its SHA-256), all or nothing, then shows the result page.
 */
export async function victimImportAction(_previous: VictimImportState, formData: FormData): Promise<VictimImportState> {
  const user = await requireCurator();
  if (formData.get('intent') !== 'import') {
    try {
      return await checkFile(formData);
    } catch (error) {
      return refusalState(error, new FormData(), 'dryRunVictimImport');
    }
  }

  const csv = text(formData, 'csv');
  const sha256 = text(formData, 'sha256');
  const fileName = text(formData, 'fileName');
  const acknowledged = formData.get('acknowledgeDuplicates') === 'on' ? Number.parseInt(text(formData, 'duplicateRows'), 10) || 0 : 0;
  let created: number;
  try {
    const result = await importVictims(user, csv, { expectedSha256: sha256, acknowledgedDuplicates: acknowledged });
    revalidatePublicTags(result.tags);
    created = result.record.created;
  } catch (error) {
    if (error instanceof VictimImportRefusedError) {
      // With a fresh report the curator can correct the file, or confirm again, from this page.
      if (!error.report) return { message: error.message, refused: true };
      const unacknowledged = error.report.invalid === 0 && error.report.possibleDuplicates > 0;
      return {
        message: error.message,
        refused: true,
        fieldErrors: unacknowledged ? { acknowledgeDuplicates: ['Tick this box once you have checked the possible duplicates.'] } : undefined,
        report: error.report,
        csv,
        sha256,
        fileName,
      };
    }
    // The CSV is not echoed back as typed values: the hidden field already carries it.
    return refusalState(error, new FormData(), 'importVictims');
  }
  redirect(`/admin/victims/import/done?created=${created}`);
}
