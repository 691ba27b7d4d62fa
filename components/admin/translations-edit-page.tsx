import Link from 'next/link';
import { SavedNotice } from '@/components/admin/admin-list-controls';
import { TranslationEditor, type EditorField, type EditorLanguage } from '@/components/admin/translation-editor';
import type { FormState } from '@/lib/forms';
import type { TranslatableKind } from '@/lib/generated/prisma/enums';
import { isLocale, locales } from '@/lib/i18n/config';
import type { getTranslationEditor } from '@/lib/translations/admin-queries';
import { TRANSLATABLE_FIELDS } from '@/lib/translations/fields';
import { FIELD_RULES, LANGUAGE_LABELS, TRANSLATION_ENTITY_TYPE, TRANSLATION_KINDS } from '@/lib/translations/schema';

type Editor = NonNullable<Awaited<ReturnType<typeof getTranslationEditor>>>;

/**
 * The page around a record's translations editor: where it sits in the admin, the record's
 * original language, and links back to the record, to the history of its translations and to
 * what is still missing.
 */
export function TranslationsEditPage({
  kind,
  editor,
  saved,
  action,
}: {
  kind: TranslatableKind;
  editor: Editor;
  saved: string | string[] | undefined;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
}) {
  const { record, translations } = editor;
  const info = TRANSLATION_KINDS[kind];
  const originalLocale = isLocale(record.language) ? record.language : null;
  const originalLabel = originalLocale ? LANGUAGE_LABELS[originalLocale] : record.language;
  const fields: EditorField[] = (TRANSLATABLE_FIELDS[kind] as readonly string[]).map((field) => {
    const rule = FIELD_RULES[kind][field]!;
    const original = record.originals[field];
    return { field, label: rule.label, original: original && original.trim() !== '' ? original : null, markdown: rule.markdown, max: rule.max };
  });
  const languages: EditorLanguage[] = locales
    .filter((locale) => locale !== record.language)
    .map((locale) => {
      const own = translations.filter((translation) => translation.locale === locale);
      return {
        locale,
        label: LANGUAGE_LABELS[locale],
        note: own.find((translation) => translation.note)?.note ?? '',
        existing: Object.fromEntries(own.map((translation) => [translation.field, { text: translation.text, version: translation.version }])),
      };
    });
  return (
    <>
      <p className="font-sans text-sm">
        <Link href={info.path}>{info.plural}</Link> › <Link href={`${info.path}/${record.id}`}>{record.label}</Link>
      </p>
      <h1 className="text-3xl font-semibold">Translations: {record.label}</h1>
      <p className="mb-2 max-w-3xl font-sans text-muted">
        The original is in {originalLabel}; it is changed on the record’s own page. Translate each text into the other languages, or leave a box empty where there
        is no translation yet: the public page then shows the original with a note saying which language it is in.
      </p>
      <p className="mb-6 font-sans text-sm">
        <Link href={`/admin/history?entityType=${TRANSLATION_ENTITY_TYPE}&entityId=${record.id}`}>History of these translations</Link>
        {' · '}
        <Link href="/admin/translations">Missing translations</Link>
      </p>
      <SavedNotice saved={typeof saved === 'string' ? saved : undefined} />
      <TranslationEditor
        action={action}
        kind={kind}
        id={record.id}
        originalLanguage={{ locale: record.language, label: originalLabel }}
        fields={fields}
        languages={languages}
      />
    </>
  );
}
