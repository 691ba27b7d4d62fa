import type { Metadata } from 'next';
import Link from 'next/link';
import { VictimImportForm } from '@/components/admin/victim-import-form';
import { requireCurator } from '@/lib/auth';
import { IMPORT_COLUMNS, OTHER_NAMES_SEPARATOR, type ImportColumn } from '@/lib/victims/import/columns';
import { MAX_LISTED_MATCHES } from '@/lib/victims/import/duplicates';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from '@/lib/victims/import/file';
import { victimImportAction } from './actions';

export const metadata: Metadata = { title: 'Import victims from a CSV file' };

const COLUMN_HELP: Record<ImportColumn, string> = {
  slug: 'The address of the record (lower-case letters, digits, hyphens). Left empty, it is made from the name.',
  nameLatin: 'The name in Latin script, as the source spells it.',
  nameCyrillic: 'The name in Cyrillic.',
  nameRussian: 'The Russian form of the name.',
  otherNames: `Other spellings, separated by “${OTHER_NAMES_SEPARATOR}”.`,
  description: 'For a person the source does not name: the source’s own words (“a 7-year old boy”).',
  sex: 'female, male or not stated (empty means not stated).',
  birthDate: '1975, 1975-04 or 1975-04-12; empty if unknown.',
  age: 'A whole number; empty if unknown.',
  fate: 'killed, died of wounds, missing or not stated (empty means not stated).',
  deathDate: '1990, 1990-01 or 1990-01-20; empty if unknown.',
  deathPlace: 'The place of death.',
  circumstances: 'As the source words them.',
  occupation: 'The occupation.',
  burialPlace: 'The burial place.',
  sourceKey: 'Required in every row: the key of the source the row comes from (see the sources list).',
  quote: 'The source’s words about this person, exactly as written.',
  page: 'The page or place in the source.',
};

export default async function ImportVictimsPage() {
  await requireCurator();
  return (
    <>
      <p className="font-sans text-sm"><Link href="/admin/victims">Victims</Link></p>
      <h1 className="mb-2 text-3xl font-semibold">Import victims from a CSV file</h1>
      <p className="mb-4 max-w-3xl font-sans text-muted">
        First the file is checked and every row reported, with the row numbers of the spreadsheet (the header is row 1): what would be
        created, what is invalid and why, and which rows look like people already recorded. Nothing is saved until you confirm, and
        then only if every row is valid. Records are created as drafts, each citing the source its row names.
      </p>
      <details className="mb-8 max-w-3xl font-sans text-sm">
        <summary className="cursor-pointer font-semibold">The columns a file may have</summary>
        <p className="mt-2">
          The first row names the columns, in any order; columns not listed here are refused. Every row is checked with the same rules as
          the victim form. <a href="/admin/victims/import/template" download>Download an empty template</a>.
        </p>
        <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[12rem_1fr]">
          {IMPORT_COLUMNS.map((column) => (
            <div key={column} className="contents">
              <dt className="font-mono">{column}</dt>
              <dd>{COLUMN_HELP[column]}</dd>
            </div>
          ))}
        </dl>
      </details>
      <VictimImportForm action={victimImportAction} maxBytes={MAX_IMPORT_BYTES} maxRows={MAX_IMPORT_ROWS} maxListed={MAX_LISTED_MATCHES} />
    </>
  );
}
