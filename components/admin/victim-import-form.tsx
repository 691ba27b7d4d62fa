'use client';

import Link from 'next/link';
import { useActionState, useState, type ReactNode } from 'react';
import { useFormStatus } from 'react-dom';
import { CheckboxField, FieldErrors, FormMessage, describedBy, fieldId } from '@/components/admin/form-fields';
import { initialFormState } from '@/lib/forms';
import type { ImportReport, ImportRowReport, VictimImportState } from '@/lib/victims/import/dry-run';
import type { DuplicateMatch } from '@/lib/victims/import/duplicates';

const count = (value: number) => value.toLocaleString('en');

/** A submit button that says what its own form is doing, and is disabled while any step runs. */
function StepButton({ busy, idle, working, value }: { busy: boolean; idle: ReactNode; working: ReactNode; value: string }) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      name="intent"
      value={value}
      disabled={busy}
      aria-disabled={busy}
      className="border border-ink bg-ink px-4 py-2 font-sans text-paper hover:bg-mourning-dark disabled:opacity-60"
    >
      {pending ? working : idle}
    </button>
  );
}

function DuplicateText({ match }: { match: DuplicateMatch }) {
  if (match.kind === 'row') return <>row {match.row} of this file (same name “{match.sameName}”)</>;
  return (
    <>
      the existing record <Link href={`/admin/victims/${match.id}`}>{match.name}</Link> ({match.slug}
      {match.deleted ? ', deleted' : ''}; same name “{match.sameName}”)
    </>
  );
}

function RowProblems({ row, maxListed }: { row: ImportRowReport; maxListed: number }) {
  return (
    <>
      {row.errors.length > 0 ? (
        <ul className="list-disc pl-5 text-mourning-dark">
          {row.errors.flatMap((error) =>
            error.messages.map((message) => (
              <li key={`${error.column}:${message}`}>
                {error.column ? <strong>{error.column}: </strong> : null}
                {message}
              </li>
            )),
          )}
        </ul>
      ) : null}
      {row.duplicates.length > 0 ? (
        <ul className="list-disc pl-5">
          {row.duplicates.map((match) => (
            <li key={match.kind === 'row' ? `row:${match.row}` : `record:${match.id}`}>
              Possible duplicate of <DuplicateText match={match} />, with the same date of death ({row.deathDate || 'unknown'}).
            </li>
          ))}
          {row.duplicates.length === maxListed ? <li>Only the first {maxListed} possible duplicates are listed.</li> : null}
        </ul>
      ) : null}
    </>
  );
}

function ImportReportView({ report, maxListed }: { report: ImportReport; maxListed: number }) {
  const withProblems = report.rows.filter((row) => row.errors.length > 0 || row.duplicates.length > 0);
  const ready = report.rows.filter((row) => row.errors.length === 0);
  return (
    <>
      {withProblems.length > 0 ? (
        <table className="mt-4 w-full border-collapse text-left font-sans text-sm">
          <caption className="mb-2 text-left text-base font-semibold">Rows to look at</caption>
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="py-2 pr-4">Row</th>
              <th scope="col" className="py-2 pr-4">Name</th>
              <th scope="col" className="py-2">What is wrong or needs checking</th>
            </tr>
          </thead>
          <tbody>
            {withProblems.map((row) => (
              <tr key={row.row} id={`import-row-${row.row}`} className="border-b border-rule align-top">
                <th scope="row" className="py-2 pr-4">Row {row.row}</th>
                <td className="py-2 pr-4">{row.name}</td>
                <td className="py-2">
                  <RowProblems row={row} maxListed={maxListed} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {ready.length > 0 ? (
        <details className="mt-6 font-sans text-sm">
          <summary className="cursor-pointer font-semibold">
            {count(ready.length)} valid {ready.length === 1 ? 'row' : 'rows'}, created as drafts once every row is valid
          </summary>
          <table className="mt-2 w-full border-collapse text-left">
            <caption className="sr-only">Valid rows</caption>
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="py-1 pr-4">Row</th>
                <th scope="col" className="py-1 pr-4">Name</th>
                <th scope="col" className="py-1 pr-4">Address</th>
                <th scope="col" className="py-1">Date of death</th>
              </tr>
            </thead>
            <tbody>
              {ready.map((row) => (
                <tr key={row.row} className="border-b border-rule">
                  <th scope="row" className="py-1 pr-4 font-normal">{row.row}</th>
                  <td className="py-1 pr-4">{row.name}</td>
                  <td className="py-1 pr-4">{row.slug}</td>
                  <td className="py-1">{row.deathDate || 'unknown'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ) : null}
    </>
  );
}

/**
 * Uploading a CSV of victims: a dry run that reports every row, then an all-or-nothing import of
 * exactly the text that was checked (carried back in a hidden field with its SHA-256). Works
 * without JavaScript; with it, the buttons show what is running and a too-large file is refused
 * before it is sent.
 */
export function VictimImportForm({
  action,
  maxBytes,
  maxRows,
  maxListed,
}: {
  action: (state: VictimImportState, formData: FormData) => Promise<VictimImportState>;
  maxBytes: number;
  maxRows: number;
  /** How many duplicates one row lists at most (MAX_LISTED_MATCHES). */
  maxListed: number;
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState as VictimImportState);
  const [tooLarge, setTooLarge] = useState<string | null>(null);
  const report = state.report;
  const fileErrors = [...(tooLarge ? [tooLarge] : []), ...(state.fieldErrors?.file ?? [])];
  const hint = `A CSV file saved as UTF-8, with a header row; at most ${count(maxRows)} rows and ${maxBytes / 1024 / 1024} MB.`;
  return (
    <div className="space-y-8">
      <FormMessage message={state.message} tone={report && report.invalid === 0 && !state.refused ? 'info' : 'error'} />

      {report ? (
        <section aria-labelledby="import-report-heading" className="space-y-4">
          <h2 id="import-report-heading" className="text-2xl font-semibold">
            Dry run{state.fileName ? ` of ${state.fileName}` : ''}: nothing has been saved yet
          </h2>
          <dl className="flex flex-wrap gap-x-8 gap-y-2 font-sans">
            <div>
              <dt className="text-sm text-muted">To create</dt>
              <dd className="text-2xl font-semibold">{count(report.toCreate)}</dd>
            </div>
            <div>
              <dt className="text-sm text-muted">Invalid</dt>
              <dd className="text-2xl font-semibold">{count(report.invalid)}</dd>
            </div>
            <div>
              <dt className="text-sm text-muted">Possible duplicates</dt>
              <dd className="text-2xl font-semibold">{count(report.possibleDuplicates)}</dd>
            </div>
          </dl>
          {report.invalid > 0 ? (
            <p className="border-l-4 border-mourning-dark p-3 font-sans">
              Nothing can be imported until every row is valid: the import is all or nothing. Correct the rows below in the
              spreadsheet, save it as CSV UTF-8 again and check the corrected file.
            </p>
          ) : state.csv && state.sha256 ? (
            <form action={formAction} className="space-y-4 border border-rule p-4 font-sans">
              <input type="hidden" name="csv" value={state.csv} />
              <input type="hidden" name="sha256" value={state.sha256} />
              <input type="hidden" name="fileName" value={state.fileName ?? ''} />
              <input type="hidden" name="duplicateRows" value={report.possibleDuplicates} />
              <p>
                Every row is valid. Importing creates {count(report.toCreate)} {report.toCreate === 1 ? 'record' : 'records'} as drafts, each
                citing its source, in one step: if anything fails, nothing is saved. Drafts are not public until a curator publishes them.
              </p>
              {report.possibleDuplicates > 0 ? (
                <CheckboxField
                  name="acknowledgeDuplicates"
                  errors={state.fieldErrors?.acknowledgeDuplicates}
                  label={`I have checked the ${count(report.possibleDuplicates)} possible ${report.possibleDuplicates === 1 ? 'duplicate' : 'duplicates'} below: ${report.possibleDuplicates === 1 ? 'it is a different person' : 'they are different people'}, or should be imported anyway.`}
                />
              ) : null}
              <StepButton
                busy={pending}
                value="import"
                idle={`Import ${count(report.toCreate)} ${report.toCreate === 1 ? 'record' : 'records'} as drafts`}
                working={`Importing ${count(report.toCreate)} ${report.toCreate === 1 ? 'record' : 'records'}…`}
              />
            </form>
          ) : null}
          <ImportReportView report={report} maxListed={maxListed} />
        </section>
      ) : null}

      <form action={formAction} className="space-y-4 font-sans" noValidate>
        <h2 className="text-2xl font-semibold">{report ? 'Check a corrected or another file' : 'Check a file'}</h2>
        <div>
          <label htmlFor={fieldId('file')} className="block text-sm font-semibold">
            CSV file
          </label>
          <p id={`${fieldId('file')}-hint`} className="text-sm text-muted">
            {hint}
          </p>
          <input
            id={fieldId('file')}
            name="file"
            type="file"
            accept=".csv,text/csv"
            required
            aria-invalid={fileErrors.length > 0 ? true : undefined}
            aria-describedby={describedBy('file', true, fileErrors)}
            onChange={(event) => {
              const size = event.currentTarget.files?.[0]?.size ?? 0;
              setTooLarge(size > maxBytes ? `The file is larger than ${maxBytes / 1024 / 1024} MB. Split it into several files.` : null);
            }}
            className="mt-1 block"
          />
          <FieldErrors name="file" errors={fileErrors} />
        </div>
        <StepButton busy={pending || tooLarge !== null} value="check" idle="Check the file" working="Checking the file…" />
      </form>
    </div>
  );
}
