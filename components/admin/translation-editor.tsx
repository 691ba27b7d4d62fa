'use client';

import { describedBy, FieldErrors, fieldId } from '@/components/admin/form-fields';
import { RecordForm } from '@/components/admin/record-form';
import type { FormState } from '@/lib/forms';
import { translationFieldName } from '@/lib/translations/schema';

/** One translatable field: its name in words and the original text (null when empty). */
export type EditorField = { field: string; label: string; original: string | null; markdown: boolean; max: number };

/** One language to translate into, with the translations it already has (text and version per field). */
export type EditorLanguage = { locale: string; label: string; note: string; existing: Record<string, { text: string; version: number }> };

const TEXTAREA = 'mt-1 w-full border border-muted bg-white px-2 py-1.5 font-sans aria-[invalid=true]:border-2 aria-[invalid=true]:border-mourning-dark';

/**
 * The side-by-side translations form of one record: for each translatable field, the original
 * (read-only, in its language, as raw text) beside a box per other site language, then a note
 * per language on where its translation comes from. Each box carries the version of the
 * translation it was opened with, so a save over someone else's is refused and the typing kept.
 * An empty box means "no translation".
 */
export function TranslationEditor({
  action,
  kind,
  id,
  originalLanguage,
  fields,
  languages,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  kind: string;
  id: string;
  originalLanguage: { locale: string; label: string };
  fields: EditorField[];
  languages: EditorLanguage[];
}) {
  const defaults: Record<string, string> = {};
  const hidden: Record<string, string> = { kind, id };
  for (const language of languages) {
    defaults[translationFieldName.note(language.locale)] = language.note;
    for (const field of fields) {
      const existing = language.existing[field.field];
      defaults[translationFieldName.text(language.locale, field.field)] = existing?.text ?? '';
      hidden[translationFieldName.version(language.locale, field.field)] = String(existing?.version ?? 0);
    }
  }
  return (
    <RecordForm action={action} defaults={defaults} hidden={hidden} submitLabel="Save translations">
      {({ value, errors }) => (
        <>
          <FieldErrors name="translation-form" errors={Object.entries(errors).flatMap(([name, messages]) => (name.startsWith('version.') || name === '_form' ? messages : []))} />
          {fields.map((field) => (
            <fieldset key={field.field} className="border border-rule p-4">
              <legend className="px-1">
                {/* A heading as well as a legend, so the page's outline reads h1 → field → original. */}
                <h2 className="font-sans text-lg font-semibold">{field.label}</h2>
              </legend>
              <div className={`grid gap-4 ${languages.length > 1 ? 'lg:grid-cols-3' : 'lg:grid-cols-2'}`}>
                <div>
                  <h3 className="font-sans text-sm font-semibold">Original, in {originalLanguage.label}</h3>
                  {field.original ? (
                    <div lang={originalLanguage.locale} className="mt-1 max-h-96 overflow-auto whitespace-pre-wrap break-words border border-rule bg-paper px-2 py-1.5 font-sans text-sm">
                      {field.original}
                    </div>
                  ) : (
                    <p className="mt-1 font-sans text-sm text-muted">Empty: there is nothing to translate.</p>
                  )}
                  {field.markdown && field.original ? <p className="mt-1 font-sans text-xs text-muted">Markdown, shown as typed. Keep the same marks in the translation.</p> : null}
                </div>
                {languages.map((language) => {
                  const name = translationFieldName.text(language.locale, field.field);
                  const hasTranslation = value(name) !== '' || language.existing[field.field] !== undefined;
                  if (!field.original && !hasTranslation) {
                    return (
                      <div key={language.locale}>
                        <h3 className="font-sans text-sm font-semibold">{language.label}</h3>
                        <p className="mt-1 font-sans text-sm text-muted">No translation needed.</p>
                      </div>
                    );
                  }
                  const hint = field.original ? null : 'The original is empty now: empty this box to delete the old translation.';
                  return (
                    <div key={language.locale}>
                      <label htmlFor={fieldId(name)} className="block font-sans text-sm font-semibold">
                        {field.label} in {language.label}
                      </label>
                      {hint ? (
                        <p id={`${fieldId(name)}-hint`} className="font-sans text-sm text-muted">
                          {hint}
                        </p>
                      ) : null}
                      <textarea
                        id={fieldId(name)}
                        name={name}
                        lang={language.locale}
                        defaultValue={value(name)}
                        rows={field.markdown ? 10 : field.max > 1000 ? 5 : 2}
                        aria-invalid={errors[name]?.length ? true : undefined}
                        aria-describedby={describedBy(name, Boolean(hint), errors[name])}
                        className={TEXTAREA}
                      />
                      <FieldErrors name={name} errors={errors[name]} />
                    </div>
                  );
                })}
              </div>
            </fieldset>
          ))}
          <fieldset className="border border-rule p-4">
            <legend className="px-1">
              <h2 className="font-sans text-lg font-semibold">Where the translations come from</h2>
            </legend>
            <p id="translation-note-hint" className="font-sans text-sm text-muted">
              For each language, say who made the translation or which source gives it (a release’s own translation, for instance). Never enter a machine translation as if it were a source’s text.
            </p>
            <div className={`mt-3 grid gap-4 ${languages.length > 1 ? 'lg:grid-cols-2' : ''}`}>
              {languages.map((language) => {
                const name = translationFieldName.note(language.locale);
                const describedIds = ['translation-note-hint', errors[name]?.length ? `${fieldId(name)}-error` : null].filter(Boolean).join(' ');
                return (
                  <div key={language.locale}>
                    <label htmlFor={fieldId(name)} className="block font-sans text-sm font-semibold">
                      Note on the {language.label} translation
                    </label>
                    <input
                      id={fieldId(name)}
                      name={name}
                      type="text"
                      defaultValue={value(name)}
                      aria-invalid={errors[name]?.length ? true : undefined}
                      aria-describedby={describedIds}
                      className={TEXTAREA}
                    />
                    <FieldErrors name={name} errors={errors[name]} />
                  </div>
                );
              })}
            </div>
          </fieldset>
        </>
      )}
    </RecordForm>
  );
}
