'use client';

import { CheckboxField, SelectField, TextAreaField, TextField } from '@/components/admin/form-fields';
import { MarkdownPreview, RecordForm, type RecordFormProps } from '@/components/admin/record-form';
import { UNATTRIBUTED_ISSUER } from '@/lib/releases/schema';

export type IssuerOption = { id: string; label: string };

const FORMAT_OPTIONS = [
  { value: 'MARKDOWN', label: 'Markdown' },
  { value: 'PLAIN_TEXT', label: 'Plain text (line breaks kept)' },
];

/**
 * The release form, for creating and editing. The text is archived word for word; the preview shows
 * it as the public page will. After a refused save the fields show exactly what the curator typed.
 */
export function ReleaseForm({ issuers, originals = [], ...form }: RecordFormProps & { issuers: IssuerOption[]; originals?: IssuerOption[] }) {
  const originalOptions = [{ value: '', label: 'None: this release is an original' }, ...originals.map((original) => ({ value: original.id, label: original.label }))];
  const issuerOptions = [
    { value: '', label: 'Choose…' },
    { value: UNATTRIBUTED_ISSUER, label: 'Not named in the text' },
    ...issuers.map((issuer) => ({ value: issuer.id, label: issuer.label })),
  ];
  return (
    <RecordForm {...form} previewLabel="Preview the text">
      {({ value, errors, preview }) => (
        <>
          <TextField name="title" label="Title" required hint="As printed. If the release prints none, give the archive’s title in square brackets." errors={errors.title} defaultValue={value('title')} maxLength={500} />
          <CheckboxField name="titleIsEditorial" label="The release prints no title: this title is the archive’s (in square brackets)" errors={errors.titleIsEditorial} defaultChecked={value('titleIsEditorial') === 'on'} />
          <div className="grid gap-4 sm:grid-cols-2">
            <SelectField name="organizationId" label="Issuer" required hint="Choose “Not named in the text” when the release names no issuer." options={issuerOptions} errors={errors.organizationId} defaultValue={value('organizationId')} />
            <TextField name="issuedOn" label="Date of issue" required inputMode="numeric" placeholder="YYYY-MM-DD" hint="The full day, such as 2020-01-20." errors={errors.issuedOn} defaultValue={value('issuedOn')} />
          </div>
          <div className="grid gap-4 sm:grid-cols-3">
            <TextField name="place" label="Place" hint="As the dateline gives it." errors={errors.place} defaultValue={value('place')} />
            <TextField name="language" label="Language" required hint="A code such as en, az or ru." errors={errors.language} defaultValue={value('language')} />
            <TextField name="referenceNumber" label="Reference number" errors={errors.referenceNumber} defaultValue={value('referenceNumber')} />
          </div>
          <SelectField name="bodyFormat" label="Format of the text" options={FORMAT_OPTIONS} errors={errors.bodyFormat} defaultValue={value('bodyFormat') || 'MARKDOWN'} />
          <TextAreaField name="body" label="Text of the release" required rows={16} hint="Word for word, as issued (up to 200,000 characters)." errors={errors.body} defaultValue={value('body')} />
          {/* The HTML was rendered and sanitised on the server (renderReleaseBodyPreview). */}
          <MarkdownPreview html={preview} label="Preview of the text" />
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField name="anniversaryYear" label="Anniversary year" inputMode="numeric" hint="The year of the commemoration it was issued for (1991–2200); empty if none." errors={errors.anniversaryYear} defaultValue={value('anniversaryYear')} />
            <TextField name="slug" label="Address" hint="Left empty, it is made from the date and title. Lower-case letters, digits and hyphens." errors={errors.slug} defaultValue={value('slug')} />
          </div>
          <SelectField
            name="translationOfId"
            label="Translation of"
            hint="When this release is the same statement issued in another language, choose the original release. Each version stays a document of its own; the public page links them."
            options={originalOptions}
            errors={errors.translationOfId}
            defaultValue={value('translationOfId')}
          />
          <TextAreaField name="editorialNote" label="Archive note" rows={3} hint="Anything the archive left out or changed, such as a trailing “Search in archive”." errors={errors.editorialNote} defaultValue={value('editorialNote')} />
        </>
      )}
    </RecordForm>
  );
}
