import type { Metadata } from 'next';
import Link from 'next/link';
import { z } from 'zod';
import { AdminPagination } from '@/components/admin/admin-list-controls';
import { fieldId } from '@/components/admin/form-fields';
import { requireCurator } from '@/lib/auth';
import { locales } from '@/lib/i18n/config';
import { listMissingTranslations } from '@/lib/translations/admin-queries';
import { FIELD_RULES, LANGUAGE_LABELS, TRANSLATABLE_KINDS, TRANSLATION_KINDS, translationFieldName, translationsPath } from '@/lib/translations/schema';

export const metadata: Metadata = { title: 'Missing translations' };

const paramsSchema = z.object({
  locale: z.enum(locales).default('az').catch('az'),
  kind: z.enum(TRANSLATABLE_KINDS as [string, ...string[]]).optional().catch(undefined),
  record: z.string().regex(/^[a-z0-9]{1,40}$/).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).default(1).catch(1),
});

export default async function MissingTranslationsPage({ searchParams }: PageProps<'/admin/translations'>) {
  await requireCurator();
  const raw = await searchParams;
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined;
  const params = paramsSchema.parse({ locale: first(raw.locale), kind: first(raw.kind)?.toUpperCase(), record: first(raw.record), page: first(raw.page) });
  const kind = params.kind as (typeof TRANSLATABLE_KINDS)[number] | undefined;
  const { rows, total, pageCount } = await listMissingTranslations({ locale: params.locale, kind, recordId: params.record, page: params.page });
  const language = LANGUAGE_LABELS[params.locale];
  return (
    <>
      <h1 className="text-3xl font-semibold">Missing translations</h1>
      <p className="mb-6 max-w-3xl font-sans text-muted">
        Texts of current records (drafts included, deleted ones left out) that have no translation into a language other than their original’s. Until one exists,
        the public page shows the original with a note saying which language it is in.
      </p>
      <form method="get" action="/admin/translations" role="search" aria-label="Filter the missing translations" className="mb-6 flex flex-wrap items-end gap-3 font-sans">
        <div>
          <label htmlFor="missing-locale" className="block text-sm font-semibold">Language</label>
          <select id="missing-locale" name="locale" defaultValue={params.locale} className="mt-1 border border-muted bg-white px-2 py-1.5">
            {locales.map((locale) => (
              <option key={locale} value={locale}>{LANGUAGE_LABELS[locale]}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="missing-kind" className="block text-sm font-semibold">Kind of record</label>
          <select id="missing-kind" name="kind" defaultValue={kind ?? ''} className="mt-1 border border-muted bg-white px-2 py-1.5">
            <option value="">All kinds</option>
            {TRANSLATABLE_KINDS.map((value) => (
              <option key={value} value={value}>{TRANSLATION_KINDS[value].plural}</option>
            ))}
          </select>
        </div>
        {params.record ? <input type="hidden" name="record" value={params.record} /> : null}
        <button type="submit" className="border border-ink bg-ink px-4 py-1.5 text-paper">Show</button>
      </form>
      <p role="status" className="mb-4 font-sans">
        {total === 0
          ? `No text is missing a translation into ${language}${params.record ? ' in this record' : ''}.`
          : `${total} ${total === 1 ? 'text has' : 'texts have'} no translation into ${language}${params.record ? ' in this record' : ''}.`}
        {params.record ? (
          <>
            {' '}
            <Link href={`/admin/translations?locale=${params.locale}`}>Show every record</Link>
          </>
        ) : null}
      </p>
      {rows.length > 0 ? (
        <table className="w-full border-collapse text-left font-sans">
          <caption className="sr-only">Texts without a translation into {language}</caption>
          <thead>
            <tr className="border-b-2 border-ink text-sm">
              <th scope="col" className="py-2 pr-4">Kind</th>
              <th scope="col" className="py-2 pr-4">Record</th>
              <th scope="col" className="py-2 pr-4">Field</th>
              <th scope="col" className="py-2">Translate</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const field = FIELD_RULES[row.kind][row.field]?.label ?? row.field;
              return (
                <tr key={`${row.kind}-${row.id}-${row.field}`} className="border-b border-rule">
                  <td className="py-2 pr-4 text-sm">{TRANSLATION_KINDS[row.kind].label}</td>
                  <th scope="row" className="py-2 pr-4 font-normal">{row.label}</th>
                  <td className="py-2 pr-4">{field}</td>
                  <td className="py-2">
                    <Link href={`${translationsPath(row.kind, row.id)}#${fieldId(translationFieldName.text(row.locale, row.field))}`}>
                      Translate the {field.toLowerCase()}<span className="sr-only"> of {row.label} into {language}</span>
                    </Link>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
      <AdminPagination base="/admin/translations" page={params.page} pageCount={pageCount} params={{ locale: params.locale, kind, record: params.record }} />
    </>
  );
}
