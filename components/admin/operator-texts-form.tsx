'use client';

import { TextAreaField, TextField } from '@/components/admin/form-fields';
import { RecordForm } from '@/components/admin/record-form';
import type { FormState } from '@/lib/forms';
import { locales } from '@/lib/i18n/config';
import { LANGUAGE_NAMES, LICENCE_NAME_MAX, LICENCE_URL_MAX, LOCALISED_TEXTS, localisedColumn, type LocalisedText } from '@/lib/operator-texts/schema';

const HINTS: Record<LocalisedText, string> = {
  privacyNotice: 'Shown at /privacy in this language. Markdown: headings, lists, links. State who keeps the data, how to reach them, why it is kept, for how long (backups included) and how to withdraw.',
  consentShare: 'The label of the box a testifier ticks to say they may share what they send and the memorial may use it.',
  consentContact: 'The label of the box a testifier ticks to let curators contact them about their testimony.',
  consentPhotographs: 'The label of the box a testifier ticks to let the memorial publish the photographs whose rights they hold.',
  licenceStatement: 'Written into the export beside the licence’s name and address: what a reuser may do and how to credit the memorial.',
};

/**
 * The operator's texts in the three site languages, and the licence of the data. It carries the
 * version it was opened at, so a save over someone else's is refused and the typing kept; an
 * empty box means "not stated", and the public site then says so rather than showing anything else.
 */
export function OperatorTextsForm({ action, defaults, version }: { action: (state: FormState, formData: FormData) => Promise<FormState>; defaults: Record<string, string>; version: number }) {
  return (
    <RecordForm action={action} defaults={defaults} hidden={{ version: String(version) }} submitLabel="Save the operator’s texts">
      {({ value, errors }) => (
        <>
          {locales.map((locale) => (
            <fieldset key={locale} className="space-y-4 border border-rule p-4">
              <legend className="px-1">
                <h2 className="font-sans text-lg font-semibold">{LANGUAGE_NAMES[locale]}</h2>
              </legend>
              {(Object.keys(LOCALISED_TEXTS) as LocalisedText[]).map((text) => {
                const name = localisedColumn(text, locale);
                const rule = LOCALISED_TEXTS[text];
                const label = `${rule.label} (${LANGUAGE_NAMES[locale]})`;
                return rule.oneLine ? (
                  <TextField key={name} name={name} label={label} hint={HINTS[text]} errors={errors[name]} defaultValue={value(name)} maxLength={rule.max} />
                ) : (
                  <TextAreaField key={name} name={name} label={label} hint={HINTS[text]} errors={errors[name]} defaultValue={value(name)} rows={text === 'privacyNotice' ? 12 : 3} />
                );
              })}
            </fieldset>
          ))}
          <fieldset className="space-y-4 border border-rule p-4">
            <legend className="px-1">
              <h2 className="font-sans text-lg font-semibold">Licence of the data</h2>
            </legend>
            <TextField
              name="licenceName"
              label="Licence name"
              hint="For example “CC BY 4.0”. Empty: the export says that no licence has been stated."
              errors={errors.licenceName}
              defaultValue={value('licenceName')}
              maxLength={LICENCE_NAME_MAX}
            />
            <TextField name="licenceUrl" type="url" label="Licence address" hint="Optional: the licence’s own page, https://…" errors={errors.licenceUrl} defaultValue={value('licenceUrl')} maxLength={LICENCE_URL_MAX} />
          </fieldset>
        </>
      )}
    </RecordForm>
  );
}
