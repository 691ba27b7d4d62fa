'use client';

import type { SourceOption } from '@/components/admin/citation-rows';
import { CheckboxField, labelOptions, SelectField, TextAreaField, TextField } from '@/components/admin/form-fields';
import { OriginalLanguageField } from '@/components/admin/original-language-field';
import { RecordForm, type RecordFormProps } from '@/components/admin/record-form';
import { FIGURE_KINDS, FIGURE_QUALIFIERS, FIGURE_SCOPES } from '@/lib/figures/admin-schema';
import { FIGURE_KIND_LABELS, FIGURE_SCOPE_LABELS } from '@/lib/figures/labels';

const QUALIFIER_LABELS: Record<(typeof FIGURE_QUALIFIERS)[number], string> = {
  EXACT: 'Exactly (no qualifier)',
  MORE_THAN: 'More than',
  ABOUT: 'About',
  AT_LEAST: 'At least',
};

/**
 * The figure form: a number as one source states it. The source's words are authoritative; the
 * number is only what they say, and stays empty where they give no number.
 */
export function FigureForm({ sources, ...form }: RecordFormProps & { sources: SourceOption[] }) {
  return (
    <RecordForm {...form}>
      {({ value, errors }) => (
        <>
          <SelectField
            name="sourceId"
            label="Source"
            required
            options={[{ value: '', label: '— choose the source —' }, ...sources.map((source) => ({ value: source.id, label: source.label }))]}
            errors={errors.sourceId}
            defaultValue={value('sourceId')}
          />
          <div>
            <TextAreaField
              name="quote"
              label="The source’s words"
              required
              rows={4}
              hint="The sentence that gives the figure. These words are authoritative: the number below only records what they say."
              errors={errors.quote}
              defaultValue={value('quote')}
            />
            <CheckboxField
              name="quoteIsVerbatim"
              label="These are the source’s exact words (untick when they summarise it)"
              errors={errors.quoteIsVerbatim}
              defaultChecked={value('quoteIsVerbatim') === 'on'}
            />
          </div>
          <div className="grid gap-4 sm:grid-cols-3">
            <SelectField
              name="kind"
              label="What it counts"
              options={labelOptions(FIGURE_KIND_LABELS, FIGURE_KINDS)}
              errors={errors.kind}
              defaultValue={value('kind') || 'KILLED'}
            />
            <SelectField
              name="qualifier"
              label="Qualifier"
              options={labelOptions(QUALIFIER_LABELS, FIGURE_QUALIFIERS)}
              errors={errors.qualifier}
              defaultValue={value('qualifier') || 'EXACT'}
            />
            <TextField
              name="value"
              label="Number"
              inputMode="numeric"
              hint="A whole number; empty when the words give none (“hundreds of people”)."
              errors={errors.value}
              defaultValue={value('value')}
            />
          </div>
          <div className="grid gap-4 sm:grid-cols-3">
            <SelectField
              name="scope"
              label="Where"
              hint="Only what the figure’s own sentence says."
              options={labelOptions(FIGURE_SCOPE_LABELS, FIGURE_SCOPES)}
              errors={errors.scope}
              defaultValue={value('scope') || 'NOT_STATED'}
            />
            <TextField name="scopeNote" label="Note on where" hint="Required when “where” is Other." errors={errors.scopeNote} defaultValue={value('scopeNote')} />
            <TextField name="asOf" label="Counted up to" type="date" hint="The day the source counts to (“by 9 February 1990”), if it says." errors={errors.asOf} defaultValue={value('asOf')} />
          </div>
          <div className="grid gap-4 sm:grid-cols-3">
            <TextField name="page" label="Page" errors={errors.page} defaultValue={value('page')} />
            <TextField name="position" label="Order within its kind" inputMode="numeric" hint="Lower numbers first; 0 by default." errors={errors.position} defaultValue={value('position')} />
            <TextField
              name="key"
              label="Key"
              hint="Left empty, it is made from the source and what the figure counts."
              errors={errors.key}
              defaultValue={value('key')}
            />
          </div>
          <TextAreaField name="note" label="Note" hint="Anything a reader should know about reading the words, e.g. an ambiguity." rows={2} errors={errors.note} defaultValue={value('note')} />
          <OriginalLanguageField texts="note on where and the note" value={value('language')} errors={errors.language} />
        </>
      )}
    </RecordForm>
  );
}
