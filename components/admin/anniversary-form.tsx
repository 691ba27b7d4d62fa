'use client';

import { describedBy, FieldErrors, fieldId, TextAreaField, TextField } from '@/components/admin/form-fields';
import { OriginalLanguageField } from '@/components/admin/original-language-field';
import { MarkdownPreview, RecordForm, type RecordFormProps } from '@/components/admin/record-form';

export type EventOption = { id: string; label: string };

/**
 * The anniversary form, for creating and editing: the year, a title, an introduction in Markdown
 * (with a preview), and the timeline events the commemoration links, as checkboxes so that the
 * choice works without JavaScript and reads well with a screen reader.
 */
export function AnniversaryForm({ eventIds, events, ...form }: RecordFormProps & { eventIds: string[]; events: EventOption[] }) {
  return (
    <RecordForm {...form} previewLabel="Preview the introduction">
      {({ value, errors, echoed, preview }) => {
        // echoValues joins a repeated field with line breaks: one id per ticked box.
        const ticked = new Set(echoed ? (echoed.eventIds ?? '').split('\n').filter(Boolean) : eventIds);
        return (
          <>
            <div className="grid gap-4 sm:grid-cols-[1fr_3fr]">
              <TextField
                name="year"
                label="Year"
                required
                inputMode="numeric"
                maxLength={4}
                hint="The year of the 20 January commemorated, 1991 or later."
                errors={errors.year}
                defaultValue={value('year')}
              />
              <TextField
                name="title"
                label="Title"
                hint="Left empty, the page is titled “The Nth anniversary of Black January”."
                maxLength={200}
                errors={errors.title}
                defaultValue={value('title')}
              />
            </div>
            <TextAreaField name="introduction" label="Introduction (Markdown)" rows={8} errors={errors.introduction} defaultValue={value('introduction')} />
            <MarkdownPreview html={preview} label="Preview of the introduction" />
            <OriginalLanguageField texts="title and introduction" value={value('language')} errors={errors.language} />
            <fieldset className="border border-rule p-4" aria-describedby={describedBy('eventIds', true, errors.eventIds)}>
              <legend className="px-1 font-sans font-semibold">Linked events</legend>
              <p id={`${fieldId('eventIds')}-hint`} className="font-sans text-sm text-muted">
                The timeline events this commemoration recalls. Tick as many as apply.
              </p>
              <FieldErrors name="eventIds" errors={errors.eventIds} />
              {events.length === 0 ? (
                <p className="mt-2 font-sans text-sm">No events exist yet.</p>
              ) : (
                <ul className="mt-3 max-h-96 space-y-1 overflow-y-auto font-sans text-sm">
                  {events.map((event) => (
                    <li key={event.id}>
                      <label className="inline-flex items-start gap-2">
                        <input type="checkbox" name="eventIds" value={event.id} defaultChecked={ticked.has(event.id)} className="mt-0.5 h-4 w-4 shrink-0" />
                        {event.label}
                      </label>
                    </li>
                  ))}
                </ul>
              )}
            </fieldset>
          </>
        );
      }}
    </RecordForm>
  );
}
