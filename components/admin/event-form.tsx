'use client';

import { CitationRows, citationRowsFromValues, type CitationRowValue, type SourceOption } from '@/components/admin/citation-rows';
import { DisputedValueRows, type DisputedRowValue } from '@/components/admin/disputed-value-rows';
import { TextAreaField, TextField } from '@/components/admin/form-fields';
import { OriginalLanguageField } from '@/components/admin/original-language-field';
import { MarkdownPreview, RecordForm, type RecordFormProps } from '@/components/admin/record-form';

/** The event form, for creating and editing an event on the timeline. */
export function EventForm({
  citations,
  disputed,
  sources,
  ...form
}: RecordFormProps & { citations: CitationRowValue[]; disputed: DisputedRowValue[]; sources: SourceOption[] }) {
  return (
    <RecordForm {...form} previewLabel="Preview the description">
      {({ value, errors, echoed, preview }) => (
        <>
          <TextField name="title" label="Title" required maxLength={300} errors={errors.title} defaultValue={value('title')} />
          <TextField
            name="slug"
            label="Address"
            hint="Left empty, it is made from the title. Lower-case letters, digits and hyphens."
            errors={errors.slug}
            defaultValue={value('slug')}
          />
          <div className="grid gap-4 sm:grid-cols-4">
            <TextField
              name="date"
              label="Date"
              required
              hint="1990, 1990-01 or 1990-01-20: only as precise as the sources."
              errors={errors.date}
              defaultValue={value('date')}
            />
            <TextField
              name="endDate"
              label="End date"
              hint="For a span (1988–1989), as precise as the start; otherwise empty."
              errors={errors.endDate}
              defaultValue={value('endDate')}
            />
            <TextField name="time" label="Time (Baku)" hint="HH:MM, 24-hour clock; empty if not stated." placeholder="00:00" errors={errors.time} defaultValue={value('time')} />
            <TextField name="place" label="Place" errors={errors.place} defaultValue={value('place')} />
          </div>
          <TextAreaField
            name="description"
            label="Description (Markdown)"
            hint="What happened, as the sources tell it."
            rows={8}
            errors={errors.description}
            defaultValue={value('description')}
          />
          <MarkdownPreview html={preview} label="Preview of the description" />
          <OriginalLanguageField texts="title and description" value={value('language')} errors={errors.language} />
          <CitationRows rows={echoed ? citationRowsFromValues(echoed) : citations} sources={sources} fieldErrors={errors} />
          <DisputedValueRows kind="event" echoed={echoed} saved={disputed} sources={sources} fieldErrors={errors} />
        </>
      )}
    </RecordForm>
  );
}
