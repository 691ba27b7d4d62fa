'use client';

import { CitationRows, citationRowsFromValues, type CitationRowValue, type SourceOption } from '@/components/admin/citation-rows';
import { DisputedValueRows, type DisputedRowValue } from '@/components/admin/disputed-value-rows';
import { CheckboxField, labelOptions, SelectField, TextAreaField, TextField } from '@/components/admin/form-fields';
import { MarkdownPreview, RecordForm, type RecordFormProps } from '@/components/admin/record-form';
import { FATE_LABELS, SEX_LABELS } from '@/lib/victims/labels';

export type VictimFormDefaults = Record<string, string> & { citations?: never };

// "Not stated" first: it is the default, and the answer for most records.
const SEX_OPTIONS = labelOptions(SEX_LABELS, ['NOT_STATED', 'FEMALE', 'MALE']);
const FATE_OPTIONS = labelOptions(FATE_LABELS, ['NOT_STATED', 'KILLED', 'DIED_OF_WOUNDS', 'MISSING', 'TOOK_OWN_LIFE']);
const LANGUAGE_OPTIONS = [
  { value: 'en', label: 'English' },
  { value: 'az', label: 'Azerbaijani' },
  { value: 'ru', label: 'Russian' },
];

/**
 * The victim form, for creating and editing. After a refused save the fields show exactly what the
 * curator typed (the action echoes it back), so nothing typed is lost.
 */
export function VictimForm({
  citations,
  disputed,
  sources,
  correctable = false,
  ...form
}: RecordFormProps & {
  citations: CitationRowValue[];
  disputed: DisputedRowValue[];
  sources: SourceOption[];
  /** An existing record: the save may carry a public note of what it corrected. */
  correctable?: boolean;
}) {
  return (
    <RecordForm {...form} previewLabel="Preview the biography">
      {({ value, errors, echoed, preview }) => (
        <>
          <fieldset className="grid gap-4 sm:grid-cols-3">
            <legend className="mb-2 font-sans font-semibold">Names</legend>
            <TextField name="nameLatin" label="Name in Latin script" errors={errors.nameLatin} defaultValue={value('nameLatin')} hint="As the source spells it." />
            <TextField name="nameCyrillic" label="Name in Cyrillic" errors={errors.nameCyrillic} defaultValue={value('nameCyrillic')} />
            <TextField name="nameRussian" label="Russian form of the name" errors={errors.nameRussian} defaultValue={value('nameRussian')} />
          </fieldset>
          <TextAreaField name="otherNames" label="Other spellings" hint="One per line, each as a source gives it." rows={2} errors={errors.otherNames} defaultValue={value('otherNames')} />
          <TextField
            name="description"
            label="Description, for a person the source does not name"
            hint="The source’s own words, e.g. “a 7-year old boy”."
            errors={errors.description}
            defaultValue={value('description')}
          />
          <TextField name="slug" label="Address" hint="Left empty, it is made from the name. Lower-case letters, digits and hyphens." errors={errors.slug} defaultValue={value('slug')} />
          <div className="grid gap-4 sm:grid-cols-3">
            <SelectField name="sex" label="Sex" options={SEX_OPTIONS} errors={errors.sex} defaultValue={value('sex') || 'NOT_STATED'} />
            <TextField name="birthDate" label="Date of birth" hint="1975, 1975-04 or 1975-04-12; empty if unknown." errors={errors.birthDate} defaultValue={value('birthDate')} />
            <TextField name="age" label="Age" inputMode="numeric" errors={errors.age} defaultValue={value('age')} />
          </div>
          <div className="grid gap-4 sm:grid-cols-3">
            <SelectField name="fate" label="Fate" options={FATE_OPTIONS} errors={errors.fate} defaultValue={value('fate') || 'NOT_STATED'} />
            <TextField name="deathDate" label="Date of death" hint="1990, 1990-01 or 1990-01-20; empty if unknown." errors={errors.deathDate} defaultValue={value('deathDate')} />
            <TextField name="deathPlace" label="Place of death" errors={errors.deathPlace} defaultValue={value('deathPlace')} />
          </div>
          <div className="grid gap-4 sm:grid-cols-3">
            <TextField name="birthPlace" label="Place of birth" errors={errors.birthPlace} defaultValue={value('birthPlace')} />
            <TextField
              name="home"
              label="Home or origin"
              hint="Where the person came from or lived; never copied into the place of death."
              errors={errors.home}
              defaultValue={value('home')}
            />
            <TextField name="honours" label="Honours" hint="Only with the decree’s or law’s number or date." errors={errors.honours} defaultValue={value('honours')} />
          </div>
          <div className="grid gap-4 sm:grid-cols-3">
            <TextField name="occupation" label="Occupation" errors={errors.occupation} defaultValue={value('occupation')} />
            <TextField name="burialPlace" label="Burial place" errors={errors.burialPlace} defaultValue={value('burialPlace')} />
            <SelectField
              name="language"
              label="Language of the texts"
              hint="The language the occupation, circumstances and biography are written in."
              options={LANGUAGE_OPTIONS}
              errors={errors.language}
              defaultValue={value('language') || 'en'}
            />
          </div>
          <TextAreaField name="circumstances" label="Circumstances" hint="As the source words them." errors={errors.circumstances} defaultValue={value('circumstances')} />
          <CheckboxField
            name="contentWarning"
            label="Fold the circumstances (and a fate of “took own life”) behind a content warning"
            errors={errors.contentWarning}
            defaultChecked={value('contentWarning') === 'on'}
          />
          <TextAreaField
            name="curatorNote"
            label="Curators’ note (never public)"
            hint="Cautions about the sources, accounts not cited, what to check."
            errors={errors.curatorNote}
            defaultValue={value('curatorNote')}
          />
          <TextAreaField name="biography" label="Biography (Markdown)" rows={8} errors={errors.biography} defaultValue={value('biography')} />
          <MarkdownPreview html={preview} label="Preview of the biography" />
          <CitationRows rows={echoed ? citationRowsFromValues(echoed) : citations} sources={sources} fieldErrors={errors} />
          <DisputedValueRows kind="victim" echoed={echoed} saved={disputed} sources={sources} fieldErrors={errors} />
          {correctable ? (
            <TextAreaField
              name="correctionNote"
              label="Public note of what this save corrects (optional)"
              hint="In a sentence, in English, e.g. “The date of death corrected from the family’s testimony.” Shown on the memorial page with today’s date and listed in the feed of new and corrected names. Leave it empty for a change that corrects nothing the public sees."
              rows={2}
              errors={errors.correctionNote}
              defaultValue={value('correctionNote')}
            />
          ) : null}
        </>
      )}
    </RecordForm>
  );
}
