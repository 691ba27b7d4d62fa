'use client';

import { labelOptions, SelectField, TextAreaField, TextField } from '@/components/admin/form-fields';
import { RecordForm, type RecordFormProps } from '@/components/admin/record-form';
import { SEASON_NAMES } from '@/lib/dates';

const SEASON_OPTIONS = [{ value: '', label: 'No season' }, ...labelOptions(SEASON_NAMES)];

/** The form of an external source: a document that is not a release in the archive. */
export function SourceForm(form: RecordFormProps) {
  return (
    <RecordForm {...form}>
      {({ value, errors }) => (
        <>
          <TextField name="title" label="Title" required maxLength={500} hint="As the document prints it." errors={errors.title} defaultValue={value('title')} />
          <TextField
            name="key"
            label="Key"
            hint={
              form.hidden
                ? 'The stable name exports cite this source by. Change it only to correct a mistake; left empty, it stays as it is.'
                : 'The stable name exports cite this source by. Left empty, it is made from the title. Lower-case letters, digits and hyphens.'
            }
            errors={errors.key}
            defaultValue={value('key')}
          />
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField name="author" label="Author" errors={errors.author} defaultValue={value('author')} />
            <TextField name="publisher" label="Publisher" errors={errors.publisher} defaultValue={value('publisher')} />
          </div>
          <fieldset className="grid gap-4 sm:grid-cols-2">
            <legend className="mb-2 font-sans font-semibold">Date, as precise as the document</legend>
            <TextField
              name="date"
              label="Year, month or day"
              hint="1999, 1999-10 or 1999-10-05; empty if unknown."
              errors={errors.date}
              defaultValue={value('date')}
            />
            <SelectField
              name="dateSeason"
              label="Season"
              hint="For an issue dated by season, choose it and give the year alone: Autumn + 1999."
              options={SEASON_OPTIONS}
              errors={errors.dateSeason}
              defaultValue={value('dateSeason')}
            />
          </fieldset>
          <TextAreaField
            name="details"
            label="Details"
            hint="Issue, volume, pages: whatever locates the passage in the document."
            rows={2}
            errors={errors.details}
            defaultValue={value('details')}
          />
          <TextField name="url" label="Address of the document" type="url" hint="http:// or https://; empty if it is not online." errors={errors.url} defaultValue={value('url')} />
          <TextField
            name="quotedAt"
            label="Quoted at"
            type="url"
            hint="When the document is known only through another page that quotes it: that page’s address."
            errors={errors.quotedAt}
            defaultValue={value('quotedAt')}
          />
        </>
      )}
    </RecordForm>
  );
}
