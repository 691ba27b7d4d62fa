import type { Metadata } from 'next';
import Link from 'next/link';
import { OperatorTextsForm } from '@/components/admin/operator-texts-form';
import { requireAdmin } from '@/lib/auth';
import { bakuTimestamp } from '@/lib/baku-time';
import { locales } from '@/lib/i18n/config';
import { getOperatorTextsForEditing } from '@/lib/operator-texts/admin-queries';
import { LANGUAGE_NAMES, LOCALISED_TEXTS, localisedColumn, OPERATOR_TEXT_COLUMNS, OPERATOR_TEXTS_ENTITY_TYPE, OPERATOR_TEXTS_ID, TESTIMONY_PREREQUISITES } from '@/lib/operator-texts/schema';
import { saveOperatorTextsAction } from './actions';

export const metadata: Metadata = { title: 'Privacy and licence' };

/**
 * Administrators only: the operator's privacy notice, consent statements and data licence. They are
 * the operator's legal statements (who keeps a family's data, for how long, how to withdraw), so they
 * are edited by the accounts that answer for the deployment, as accounts are.
 */
export default async function OperatorTextsPage({ searchParams }: PageProps<'/admin/operator-texts'>) {
  await requireAdmin();
  const stored = await getOperatorTextsForEditing();
  const saved = (await searchParams).saved === '1';
  const defaults = Object.fromEntries(OPERATOR_TEXT_COLUMNS.map((column) => [column, stored?.values[column] ?? '']));
  const missing = locales.flatMap((locale) =>
    TESTIMONY_PREREQUISITES.filter((text) => !stored?.values[localisedColumn(text, locale)]).map((text) => `${LOCALISED_TEXTS[text].label} (${LANGUAGE_NAMES[locale]})`),
  );
  return (
    <>
      <h1 className="text-3xl font-semibold">Privacy and licence</h1>
      <div role="status" aria-live="polite">
        {saved ? <p className="my-4 border-l-4 border-ink bg-white p-3 font-sans">The operator’s texts are saved, and the public pages show them now.</p> : null}
      </div>
      <div className="mb-6 max-w-3xl space-y-3 font-sans text-muted">
        <p>
          These are the operator’s own words, not the memorial’s: the privacy notice at <Link href="/en/privacy" prefetch={false}>/privacy</Link>, the statements a
          family ticks when they send a testimony, and the licence the export states. Until a language has its privacy notice, its privacy page says that no notice has
          been published yet; the testimony form opens in a language only when its notice and every consent statement exist there.
        </p>
        <p>
          {stored ? `Version ${stored.version}, saved ${bakuTimestamp.format(new Date(stored.updatedAt))} (Baku time). ` : 'Nothing has been saved yet. '}
          <Link href={`/admin/history?entityType=${OPERATOR_TEXTS_ENTITY_TYPE}&entityId=${OPERATOR_TEXTS_ID}`}>History of these texts</Link>
        </p>
        {missing.length > 0 ? (
          <div>
            <p>The testimony form cannot open until these exist:</p>
            <ul className="list-disc pl-6">
              {missing.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          </div>
        ) : (
          <p>Every text the testimony form needs exists in all three languages.</p>
        )}
      </div>
      <OperatorTextsForm action={saveOperatorTextsAction} defaults={defaults} version={stored?.version ?? 0} />
    </>
  );
}
