import { labelOptions, SelectField } from '@/components/admin/form-fields';
import { LANGUAGE_LABELS, ORIGINAL_LANGUAGES } from '@/lib/translations/schema';

/**
 * The drop-down of the language a record's texts are written in (English unless chosen). The public
 * site shows those texts as they are to readers of that language and translates them for the others.
 */
export function OriginalLanguageField({ texts, value, errors }: { texts: string; value: string; errors: string[] | undefined }) {
  return (
    <SelectField
      name="language"
      label="Original language"
      hint={`The language the ${texts} are written in here. Translations into the other languages are added on the record’s Translations page.`}
      options={labelOptions(LANGUAGE_LABELS, ORIGINAL_LANGUAGES)}
      errors={errors}
      defaultValue={value || 'en'}
    />
  );
}
