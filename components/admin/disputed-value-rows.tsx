import { BLANK_DISPUTED_ROWS, DISPUTED_FIELDS, DISPUTED_ROW_KEY, type DisputedRecordKind } from '@/lib/citations/disputed-schema';
import { partialDateInputValue, toIsoDate, type DatePrecision } from '@/lib/dates';
import { LANGUAGE_LABELS, ORIGINAL_LANGUAGES } from '@/lib/translations/schema';
import { describedBy, FieldErrors, fieldId } from '@/components/admin/form-fields';
import { SourceOptions, type SourceOption } from '@/components/admin/citation-rows';

/** One version of a disputed fact as the form shows it: every box as typed. */
export type DisputedRowValue = {
  field: string;
  date: string;
  endDate: string;
  number: string;
  text: string;
  language: string;
  note: string;
  sourceId: string;
};

const BOXES = ['field', 'date', 'endDate', 'number', 'text', 'language', 'note', 'sourceId'] as const;
const BLANK: DisputedRowValue = { field: '', date: '', endDate: '', number: '', text: '', language: 'en', note: '', sourceId: '' };
const INPUT = 'mt-1 w-full border border-muted bg-white px-2 py-1.5 font-sans aria-[invalid=true]:border-mourning-dark aria-[invalid=true]:border-2';

/**
 * The disputed values of a record, edited with its other fields and saved with them (one version
 * of the record, in its history): each row is one source's version of one fact. A blank row is
 * always offered and a saved row can be ticked for removal, so everything works without JavaScript.
 */
export function DisputedValueRows({
  kind,
  saved: savedRows,
  echoed,
  sources,
  fieldErrors,
}: {
  kind: DisputedRecordKind;
  /** The record's saved versions. */
  saved: DisputedRowValue[];
  /** What the curator typed, when the server sent it back after a refusal or a preview. */
  echoed: Record<string, string> | undefined;
  sources: SourceOption[];
  fieldErrors?: Record<string, string[]>;
}) {
  const fields = DISPUTED_FIELDS[kind];
  const { rows, removed } = echoed ? disputedRowsFromValues(echoed) : { rows: savedRows, removed: new Set<number>() };
  const all = [...rows, ...Array.from({ length: BLANK_DISPUTED_ROWS }, () => BLANK)];
  return (
    <fieldset className="space-y-4 border border-rule p-4">
      <legend className="px-1 font-sans font-semibold">Where sources disagree</legend>
      <p className="font-sans text-sm text-muted">
        One row per source’s version of a disputed fact ({fields.map((field) => field.label.toLowerCase()).join(', ')}). Give one value per version — a date, a
        number or the source’s words — and its source; the public page shows every version side by side. Leave the last row empty to add none.
      </p>
      {all.map((row, index) => {
        const name = (box: string) => `disputed.${index}.${box}`;
        const errors = (box: string) => fieldErrors?.[name(box)];
        const saved = index < rows.length;
        const control = (box: string, hint = false) => ({
          id: fieldId(name(box)),
          name: name(box),
          'aria-invalid': errors(box)?.length ? true : undefined,
          'aria-describedby': describedBy(name(box), hint, errors(box)),
          className: INPUT,
        });
        const label = (box: string, text: string) => (
          <label htmlFor={fieldId(name(box))} className="block font-sans text-sm font-semibold">
            {text}
          </label>
        );
        const number = index + 1;
        return (
          <div key={index} className="grid gap-3 border-t border-rule pt-3 sm:grid-cols-4" data-disputed-row={index}>
            <div>
              {label('field', `Version ${number}: fact`)}
              <select {...control('field')} defaultValue={row.field}>
                <option value="">— none —</option>
                {fields.map((field) => (
                  <option key={field.field} value={field.field}>
                    {field.label}
                  </option>
                ))}
                {row.field && !fields.some((field) => field.field === row.field) ? <option value={row.field}>{row.field}</option> : null}
              </select>
              <FieldErrors name={name('field')} errors={errors('field')} />
            </div>
            <div>
              {label('date', `Version ${number}: date`)}
              <input {...control('date', true)} defaultValue={row.date} />
              <p id={`${fieldId(name('date'))}-hint`} className="mt-1 font-sans text-xs text-muted">
                1990, 1990-01 or 1990-01-20.
              </p>
              <FieldErrors name={name('date')} errors={errors('date')} />
            </div>
            <div>
              {label('endDate', `Version ${number}: end date`)}
              <input {...control('endDate', true)} defaultValue={row.endDate} />
              <p id={`${fieldId(name('endDate'))}-hint`} className="mt-1 font-sans text-xs text-muted">
                For a span (the night of 19–20 January); otherwise empty.
              </p>
              <FieldErrors name={name('endDate')} errors={errors('endDate')} />
            </div>
            <div>
              {label('number', `Version ${number}: number`)}
              <input {...control('number')} inputMode="numeric" defaultValue={row.number} />
              <FieldErrors name={name('number')} errors={errors('number')} />
            </div>
            <div className="sm:col-span-2">
              {label('text', `Version ${number}: the source’s words`)}
              <input {...control('text')} defaultValue={row.text} />
              <FieldErrors name={name('text')} errors={errors('text')} />
            </div>
            <div>
              {label('language', `Version ${number}: language of the words`)}
              <select {...control('language')} defaultValue={row.language || 'en'}>
                {ORIGINAL_LANGUAGES.map((language) => (
                  <option key={language} value={language}>
                    {LANGUAGE_LABELS[language]}
                  </option>
                ))}
              </select>
              <FieldErrors name={name('language')} errors={errors('language')} />
            </div>
            <div>
              {label('sourceId', `Version ${number}: source`)}
              <select {...control('sourceId')} defaultValue={row.sourceId}>
                <SourceOptions sources={sources} />
              </select>
              <FieldErrors name={name('sourceId')} errors={errors('sourceId')} />
            </div>
            <div className="sm:col-span-3">
              {label('note', `Version ${number}: note`)}
              <input {...control('note', true)} defaultValue={row.note} />
              <p id={`${fieldId(name('note'))}-hint`} className="mt-1 font-sans text-xs text-muted">
                The memorial’s note on this version, shown as an editorial note (e.g. where in the source it is said).
              </p>
              <FieldErrors name={name('note')} errors={errors('note')} />
            </div>
            {saved ? (
              <label className="inline-flex items-center gap-2 self-end font-sans text-sm">
                <input type="checkbox" name={name('remove')} defaultChecked={removed.has(index)} className="h-4 w-4" />
                Remove version {number}
              </label>
            ) : null}
          </div>
        );
      })}
    </fieldset>
  );
}

/** The rows of a record's saved disputed values, as the form shows them. */
export function disputedRowsFromRecord(
  values: { field: string; date: Date | null; endDate: Date | null; datePrecision: DatePrecision; number: number | null; text: string | null; language: string; note: string | null; sourceId: string }[],
): DisputedRowValue[] {
  return values.map((value) => ({
    field: value.field,
    date: partialDateInputValue(toIsoDate(value.date), value.datePrecision),
    endDate: partialDateInputValue(toIsoDate(value.endDate), value.datePrecision),
    number: value.number === null ? '' : String(value.number),
    text: value.text ?? '',
    language: value.language,
    note: value.note ?? '',
    sourceId: value.sourceId,
  }));
}

/**
 * The rows a refused form sent back, so the curator's typing is kept, with the rows ticked for
 * removal. Every row but the trailing blank one is kept in place, so each error stays on its row.
 */
function disputedRowsFromValues(values: Record<string, string>): { rows: DisputedRowValue[]; removed: Set<number> } {
  const rows: DisputedRowValue[] = [];
  const removed = new Set<number>();
  for (const [key, value] of Object.entries(values)) {
    const match = DISPUTED_ROW_KEY.exec(key);
    if (!match) continue;
    const index = Number(match[1]);
    rows[index] ??= { ...BLANK };
    if (match[2] === 'remove') {
      if (value === 'on') removed.add(index);
    } else rows[index]![match[2] as (typeof BOXES)[number]] = value;
  }
  const filled = Array.from(rows, (row) => row ?? { ...BLANK });
  while (filled.length > 0 && BOXES.every((box) => box === 'language' || filled.at(-1)![box] === '')) filled.pop();
  return { rows: filled, removed };
}
