import { describe, expect, it } from 'vitest';
import { DISPUTED_FIELDS, parseDisputedValueRows } from '@/lib/citations/disputed-schema';
import { parseEventForm } from '@/lib/events/admin-schema';
import { parseVictimForm } from '@/lib/victims/admin-schema';

/** A form's disputed-value rows as the browser posts them ("disputed.0.field", …). */
function form(...rows: Record<string, string>[]): Record<string, string> {
  return Object.fromEntries(rows.flatMap((row, index) => Object.entries(row).map(([box, value]) => [`disputed.${index}.${box}`, value])));
}

const BLANK_ROW = { field: '', date: '', endDate: '', number: '', text: '', language: 'en', note: '', sourceId: '' };

describe('parseDisputedValueRows', () => {
  it('reads a date, a span, a number and words, in the form’s order, each with its source and note', () => {
    const parsed = parseDisputedValueRows(
      form(
        { field: 'deathDate', date: '1990-01-21', sourceId: 'source-a', note: '  In the caption. ' },
        { field: 'deathDate', date: '1990-01', sourceId: 'source-b' },
        { field: 'age', number: '17', sourceId: 'source-c' },
        { field: 'deathPlace', text: ' Neftçala ', language: 'az', sourceId: 'source-d' },
        BLANK_ROW,
      ),
      'victim',
    );
    expect(parsed.fieldErrors).toEqual({});
    expect(parsed.disputedValues).toEqual([
      { field: 'deathDate', date: new Date('1990-01-21T00:00:00Z'), endDate: null, datePrecision: 'DAY', number: null, text: null, language: 'en', note: 'In the caption.', sourceId: 'source-a', row: 0 },
      { field: 'deathDate', date: new Date('1990-01-01T00:00:00Z'), endDate: null, datePrecision: 'MONTH', number: null, text: null, language: 'en', note: null, sourceId: 'source-b', row: 1 },
      { field: 'age', date: null, endDate: null, datePrecision: 'UNKNOWN', number: 17, text: null, language: 'en', note: null, sourceId: 'source-c', row: 2 },
      { field: 'deathPlace', date: null, endDate: null, datePrecision: 'UNKNOWN', number: null, text: 'Neftçala', language: 'az', note: null, sourceId: 'source-d', row: 3 },
    ]);
    const span = parseDisputedValueRows(form({ field: 'date', date: '1990-01-19', endDate: '1990-01-20', sourceId: 'source-a' }), 'event');
    expect(span.disputedValues?.[0]).toMatchObject({ date: new Date('1990-01-19T00:00:00Z'), endDate: new Date('1990-01-20T00:00:00Z'), datePrecision: 'DAY' });
  });

  it('leaves out empty rows and rows ticked for removal, and gives undefined for a form without rows (the stored versions are kept)', () => {
    const parsed = parseDisputedValueRows(form({ field: 'age', number: '17', sourceId: 'source-a', remove: 'on' }, BLANK_ROW), 'victim');
    expect(parsed).toEqual({ disputedValues: [], fieldErrors: {} });
    expect(parseDisputedValueRows({ nameLatin: 'Someone' }, 'victim')).toEqual({ disputedValues: undefined, fieldErrors: {} });
  });

  it('returns every error of every row at once, in plain words, on the box to correct', () => {
    const parsed = parseDisputedValueRows(
      form(
        { field: 'deathDate', sourceId: 'source-a', note: 'No value given' },
        { field: 'deathDate', date: '1990-01-26', endDate: '1990-01-25', sourceId: '' },
        { field: 'birthDate', date: '1975', sourceId: 'source-a' },
        { field: 'age', number: '17', text: 'seventeen', sourceId: 'source-a' },
        { field: 'age', date: '1990-01-20', sourceId: 'source-a' },
        { field: 'deathDate', number: '20', sourceId: 'source-a' },
        { field: '', text: 'Baku', sourceId: 'source-a' },
        { field: 'deathDate', date: '1990-02-31', endDate: '1990', sourceId: 'source-a' },
        { field: 'age', number: 'many', sourceId: 'source-a' },
        { field: 'deathDate', date: '1990-01-19', endDate: '1990-01', sourceId: 'source-a' },
        { field: 'deathPlace', endDate: '1990-01-20', text: 'Baku', sourceId: 'source-a' },
        { field: 'deathPlace', number: '3', sourceId: 'source-a' },
      ),
      'victim',
    );
    expect(parsed.disputedValues).toEqual([]);
    expect(parsed.fieldErrors).toEqual({
      'disputed.0.date': ['Give the version’s value: a date, a number or the source’s words.'],
      'disputed.1.endDate': ['The end date is before the start date.'],
      'disputed.1.sourceId': ['Choose the source that gives this version.'],
      'disputed.2.field': ['“birthDate” cannot be disputed on this kind of record. Choose one of: Date of death, Age, Place of death, Wounds (how many).'],
      'disputed.3.date': ['Give one value per version: a date, a number or words, not several. Add another row for another version.'],
      'disputed.4.date': ['Age is given as a number or in words, not as a date.'],
      'disputed.5.number': ['Date of death is given as a date or in words, not as a number.'],
      'disputed.6.field': ['Choose which fact this version is about.'],
      'disputed.7.date': ['The date must be a year (1990), a month (1990-01) or a day that exists (1990-01-20), or left empty.'],
      'disputed.8.number': ['The number must be a whole number.'],
      'disputed.9.endDate': ['Give the end date as precisely as the start: both a year, both a month, or both a day.'],
      'disputed.10.endDate': ['An end date needs a start date.'],
      'disputed.11.number': ['Place of death is given in words, not as a number.'],
    });
  });

  it('allows each kind of record only its own facts: an event’s date, a victim’s facts of DISPUTED_FIELDS', () => {
    expect(DISPUTED_FIELDS.event.map((field) => field.field)).toEqual(['date']);
    expect(DISPUTED_FIELDS.victim.map((field) => field.field)).toEqual(['deathDate', 'age', 'deathPlace', 'wounds']);
    const onEvent = parseDisputedValueRows(form({ field: 'deathDate', date: '1990-01-20', sourceId: 'source-a' }), 'event');
    expect(onEvent.fieldErrors['disputed.0.field']).toEqual(['“deathDate” cannot be disputed on this kind of record. Choose one of: Date.']);
  });

  it('bounds the words, the note and the number', () => {
    const parsed = parseDisputedValueRows(
      form({ field: 'deathPlace', text: 'x'.repeat(501), note: 'y'.repeat(1001), sourceId: 'source-a' }, { field: 'wounds', number: '10001', sourceId: 'source-a' }),
      'victim',
    );
    expect(parsed.fieldErrors).toEqual({
      'disputed.0.text': ['The words must be at most 500 characters.'],
      'disputed.0.note': ['The note must be at most 1000 characters.'],
      'disputed.1.number': ['The number must be between 0 and 10000.'],
    });
  });
});

describe('the record forms carry the disputed values', () => {
  it('a victim form reports disputed-value errors with its other field errors, and saves nothing', () => {
    const parsed = parseVictimForm({ nameLatin: '', ...form({ field: 'age', sourceId: 'source-a' }) });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(Object.keys(parsed.fieldErrors).sort()).toEqual(['disputed.0.date', 'nameLatin']);
  });

  it('an event form passes its versions of the date through', () => {
    const parsed = parseEventForm({ title: 'Haftoni', date: '1990-01', ...form({ field: 'date', date: '1990-01-26', sourceId: 'source-a' }) });
    expect(parsed.success && parsed.data.disputedValues).toEqual([
      { field: 'date', date: new Date('1990-01-26T00:00:00Z'), endDate: null, datePrecision: 'DAY', number: null, text: null, language: 'en', note: null, sourceId: 'source-a', row: 0 },
    ]);
  });
});
