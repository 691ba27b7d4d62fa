import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { saveTranslationsAction } from '@/app/admin/translations/actions';
import { TranslationsEditPage } from '@/components/admin/translations-edit-page';
import { requireCurator } from '@/lib/auth';
import { getTranslationEditor } from '@/lib/translations/admin-queries';

export const metadata: Metadata = { title: 'Translations of a victim’s record' };

export default async function VictimTranslationsPage({ params, searchParams }: PageProps<'/admin/victims/[id]/translations'>) {
  await requireCurator();
  const { id } = await params;
  const { saved } = await searchParams;
  // A deleted record's translations are not editable: restore the record first.
  const editor = await getTranslationEditor('VICTIM', id);
  if (!editor) notFound();
  return <TranslationsEditPage kind="VICTIM" editor={editor} saved={saved} action={saveTranslationsAction} />;
}
