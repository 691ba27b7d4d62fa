import { BLANK_CITATION_ROWS } from '@/lib/citations/schema';
import { fieldId, FieldErrors, describedBy } from '@/components/admin/form-fields';

export type CitationRowValue = { sourceId: string; quote: string; page: string; summary: boolean; supports?: string };
export type SourceOption = { id: string; label: string };

/**
 * Citations edited where the fact is edited: each row picks a source and gives its words and page.
 * Blank rows are always offered, so a curator can add citations without JavaScript; an empty row
 * is ignored when saving.
 */
export function CitationRows({
  rows,
  sources,
  fieldErrors,
}: {
  rows: CitationRowValue[];
  sources: SourceOption[];
  fieldErrors?: Record<string, string[]>;
}) {
  const all: CitationRowValue[] = [...rows, ...Array.from({ length: BLANK_CITATION_ROWS }, () => ({ sourceId: '', quote: '', page: '', summary: false }))];
  return (
    <fieldset className="space-y-4 border border-rule p-4">
      <legend className="px-1 font-sans font-semibold">Sources</legend>
      <p className="font-sans text-sm text-muted">
        Every fact must trace to a source. Give each source and, where you can, the exact words and the page. Leave a row empty to ignore it.
      </p>
      {all.map((row, index) => {
        const name = (field: string) => `citations.${index}.${field}`;
        const errors = (field: string) => fieldErrors?.[name(field)];
        return (
          <div key={index} className="grid gap-3 border-t border-rule pt-3 sm:grid-cols-[2fr_3fr_1fr]">
            <div>
              <label htmlFor={fieldId(name('sourceId'))} className="block font-sans text-sm font-semibold">
                Source {index + 1}
              </label>
              <select
                id={fieldId(name('sourceId'))}
                name={name('sourceId')}
                defaultValue={row.sourceId}
                aria-invalid={errors('sourceId')?.length ? true : undefined}
                aria-describedby={describedBy(name('sourceId'), false, errors('sourceId'))}
                className="mt-1 w-full border border-muted bg-white px-2 py-1.5 font-sans"
              >
                <SourceOptions sources={sources} />
              </select>
              <FieldErrors name={name('sourceId')} errors={errors('sourceId')} />
            </div>
            <div>
              <label htmlFor={fieldId(name('quote'))} className="block font-sans text-sm font-semibold">
                The source’s words {index + 1}
              </label>
              <textarea
                id={fieldId(name('quote'))}
                name={name('quote')}
                rows={2}
                defaultValue={row.quote}
                aria-describedby={describedBy(name('quote'), false, errors('quote'))}
                className="mt-1 w-full border border-muted bg-white px-2 py-1.5 font-sans"
              />
              <FieldErrors name={name('quote')} errors={errors('quote')} />
              <label className="mt-1 inline-flex items-center gap-2 font-sans text-sm">
                <input type="checkbox" name={name('summary')} defaultChecked={row.summary} className="h-4 w-4" />
                These words summarise the source; they are not its exact words
              </label>
            </div>
            <div>
              <label htmlFor={fieldId(name('page'))} className="block font-sans text-sm font-semibold">
                Page {index + 1}
              </label>
              <input
                id={fieldId(name('page'))}
                name={name('page')}
                defaultValue={row.page}
                aria-describedby={describedBy(name('page'), false, errors('page'))}
                className="mt-1 w-full border border-muted bg-white px-2 py-1.5 font-sans"
              />
              <FieldErrors name={name('page')} errors={errors('page')} />
              <label htmlFor={fieldId(name('supports'))} className="mt-2 block font-sans text-sm font-semibold">
                Facts it supports {index + 1}
              </label>
              <input
                id={fieldId(name('supports'))}
                name={name('supports')}
                defaultValue={row.supports ?? ''}
                aria-describedby={describedBy(name('supports'), true, errors('supports'))}
                className="mt-1 w-full border border-muted bg-white px-2 py-1.5 font-sans"
              />
              <p id={`${fieldId(name('supports'))}-hint`} className="mt-1 font-sans text-xs text-muted">
                Field names, comma-separated (name, birthDate, deathPlace, home…); empty for the record as a whole.
              </p>
              <FieldErrors name={name('supports')} errors={errors('supports')} />
            </div>
          </div>
        );
      })}
    </fieldset>
  );
}

/** The options of a source select: none, then every source a record may cite. */
export function SourceOptions({ sources }: { sources: SourceOption[] }) {
  return (
    <>
      <option value="">— none —</option>
      {sources.map((source) => (
        <option key={source.id} value={source.id}>
          {source.label}
        </option>
      ))}
    </>
  );
}

/** The rows of a record's saved citations, as the form shows them. */
export function citationRowsFromRecord(
  citations: { sourceId: string; quote: string | null; page: string | null; quoteIsVerbatim: boolean; supports?: string[] }[],
): CitationRowValue[] {
  return citations.map((citation) => ({
    sourceId: citation.sourceId,
    quote: citation.quote ?? '',
    page: citation.page ?? '',
    summary: !citation.quoteIsVerbatim,
    supports: (citation.supports ?? []).join(', '),
  }));
}

/** The citation rows a refused form sent back, so the curator's typing is kept. */
export function citationRowsFromValues(values: Record<string, string>): CitationRowValue[] {
  const rows: CitationRowValue[] = [];
  for (const [key, value] of Object.entries(values)) {
    const match = /^citations\.(\d{1,3})\.(sourceId|quote|page|summary|supports)$/.exec(key);
    if (!match) continue;
    const index = Number(match[1]);
    rows[index] ??= { sourceId: '', quote: '', page: '', summary: false };
    const row = rows[index]!;
    if (match[2] === 'summary') row.summary = value === 'on';
    else row[match[2] as 'sourceId' | 'quote' | 'page' | 'supports'] = value;
  }
  return rows.filter((row) => row && (row.sourceId || row.quote || row.page));
}
