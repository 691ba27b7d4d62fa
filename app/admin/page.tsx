import type { Metadata } from 'next';
import Link from 'next/link';
import { requireCurator } from '@/lib/auth';
import { listRecentChanges } from '@/lib/audit/queries';
import { listThrottledAccounts } from '@/lib/users/rate-limit';
import { getDashboardCounts } from '@/lib/admin/dashboard';
import { locales } from '@/lib/i18n/config';
import { countMissingTranslations } from '@/lib/translations/admin-queries';
import { countRemembrancesAwaitingModeration } from '@/lib/remembrances/admin-queries';
import { countTestimoniesWaiting } from '@/lib/testimonies/curator-queries';
import { LANGUAGE_LABELS, TRANSLATABLE_KINDS, TRANSLATION_KINDS } from '@/lib/translations/schema';
import { auditAuthor } from '@/lib/audit/author';

export const metadata: Metadata = { title: 'Dashboard' };

export default async function DashboardPage({ searchParams }: PageProps<'/admin'>) {
  const user = await requireCurator();
  const { denied } = await searchParams;
  const [counts, recent, missing, throttled, remembrances, testimonies] = await Promise.all([
    getDashboardCounts(),
    listRecentChanges(10, user),
    countMissingTranslations(),
    // Administrators only: which e-mails strangers are guessing at now.
    user.role === 'ADMIN' ? listThrottledAccounts() : Promise.resolve(null),
    countRemembrancesAwaitingModeration(),
    countTestimoniesWaiting(),
  ]);
  return (
    <>
      <h1 className="text-3xl font-semibold">Dashboard</h1>
      {denied ? (
        <p role="alert" className="mt-4 border-l-4 border-mourning-dark bg-paper p-3 font-sans">
          That page is for administrators only.
        </p>
      ) : null}
      <p className="mt-2 font-sans text-muted">Signed in as {user.email}.</p>
      <section aria-labelledby="counts" className="mt-8">
        <h2 id="counts" className="text-xl font-semibold">Records</h2>
        <table className="mt-3 w-full max-w-3xl border-collapse text-left font-sans">
          <caption className="sr-only">Records by status</caption>
          <thead>
            <tr className="border-b-2 border-ink text-sm">
              <th scope="col" className="py-2 pr-4">Kind</th>
              <th scope="col" className="py-2 pr-4">Published</th>
              <th scope="col" className="py-2 pr-4">Scheduled</th>
              <th scope="col" className="py-2 pr-4">Drafts waiting</th>
              <th scope="col" className="py-2">Deleted</th>
            </tr>
          </thead>
          <tbody>
            {counts.map((row) => (
              <tr key={row.kind} className="border-b border-rule">
                <th scope="row" className="py-2 pr-4 font-normal"><Link href={row.href}>{row.label}</Link></th>
                <td className="py-2 pr-4">{row.published}</td>
                <td className="py-2 pr-4">{row.scheduled}</td>
                <td className="py-2 pr-4">{row.drafts > 0 ? <Link href={`${row.href}?status=draft`}>{row.drafts}</Link> : 0}</td>
                <td className="py-2">{row.deleted}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="testimonies" className="mt-10">
        <h2 id="testimonies" className="text-xl font-semibold">Testimonies</h2>
        <ul className="mt-2 space-y-1 font-sans">
          <li data-testimonies-new={testimonies.received}>
            {testimonies.received === 0 ? (
              'No new testimony.'
            ) : (
              <Link href="/admin/testimonies?status=RECEIVED">{testimonies.received === 1 ? '1 new testimony' : `${testimonies.received} new testimonies`} to review</Link>
            )}
          </li>
          <li data-testimonies-answered={testimonies.answered}>
            {testimonies.answered === 0 ? (
              'No testifier’s answer is waiting.'
            ) : (
              <Link href="/admin/testimonies?status=IN_REVIEW">
                {testimonies.answered === 1 ? '1 testimony the testifier answered waits' : `${testimonies.answered} testimonies the testifiers answered wait`} for a curator
              </Link>
            )}
          </li>
        </ul>
      </section>
      <section aria-labelledby="remembrances" className="mt-10">
        <h2 id="remembrances" className="text-xl font-semibold">Remembrances</h2>
        <p className="mt-2 font-sans" data-remembrances-waiting={remembrances}>
          {remembrances === 0 ? (
            'No visitor’s message is waiting: nothing new, nothing reported.'
          ) : (
            <Link href="/admin/remembrances">
              {remembrances === 1 ? '1 visitor’s message is' : `${remembrances} visitors’ messages are`} waiting for a curator (new or reported)
            </Link>
          )}
        </p>
      </section>
      <section aria-labelledby="missing-translations" className="mt-10">
        <h2 id="missing-translations" className="text-xl font-semibold">Missing translations</h2>
        <p className="mt-1 max-w-3xl font-sans text-sm text-muted">
          Texts of current records with no translation into a language other than their original’s. The public page shows the original with a note until one exists.
        </p>
        <table className="mt-3 w-full max-w-3xl border-collapse text-left font-sans">
          <caption className="sr-only">Texts missing a translation, by language and kind of record</caption>
          <thead>
            <tr className="border-b-2 border-ink text-sm">
              <th scope="col" className="py-2 pr-4">Language</th>
              {TRANSLATABLE_KINDS.map((kind) => (
                <th key={kind} scope="col" className="py-2 pr-4">{TRANSLATION_KINDS[kind].plural}</th>
              ))}
              <th scope="col" className="py-2">Missing</th>
            </tr>
          </thead>
          <tbody>
            {locales.map((locale) => (
              <tr key={locale} className="border-b border-rule">
                <th scope="row" className="py-2 pr-4 font-normal">{LANGUAGE_LABELS[locale]}</th>
                {TRANSLATABLE_KINDS.map((kind) => (
                  <td key={kind} className="py-2 pr-4">
                    {missing[locale].byKind[kind] > 0 ? <Link href={`/admin/translations?locale=${locale}&kind=${kind}`}>{missing[locale].byKind[kind]}</Link> : 0}
                  </td>
                ))}
                <td className="py-2">
                  <Link href={`/admin/translations?locale=${locale}`} aria-label={`${missing[locale].total} texts missing in ${LANGUAGE_LABELS[locale]}`}>
                    {missing[locale].total}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {throttled ? (
        <section aria-labelledby="throttled" className="mt-10">
          <h2 id="throttled" className="text-xl font-semibold">Sign-in attempts being slowed down</h2>
          {throttled.length === 0 ? (
            <p className="mt-2 font-sans">None: no e-mail address has had more than a few failed sign-ins in the last 15 minutes.</p>
          ) : (
            <>
              <p className="mt-1 max-w-3xl font-sans text-sm text-muted">
                E-mail addresses (of accounts or not) with repeated failed sign-ins in the last 15 minutes from browsers that have never signed in as them. Each new attempt
                from such a browser must wait; the owners&rsquo; own browsers are not held up.
              </p>
              <table className="mt-3 w-full max-w-3xl border-collapse text-left font-sans">
                <caption className="sr-only">E-mail addresses whose sign-in is being slowed down</caption>
                <thead>
                  <tr className="border-b-2 border-ink text-sm">
                    <th scope="col" className="py-2 pr-4">E-mail address</th>
                    <th scope="col" className="py-2 pr-4">Failures</th>
                    <th scope="col" className="py-2">Last failure (UTC)</th>
                  </tr>
                </thead>
                <tbody>
                  {throttled.map((row) => (
                    <tr key={row.email} className="border-b border-rule">
                      <th scope="row" className="py-2 pr-4 font-normal">{row.email}</th>
                      <td className="py-2 pr-4">{row.failures}</td>
                      <td className="py-2">{row.lastFailureAt.toISOString().slice(0, 19).replace('T', ' ')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </section>
      ) : null}
      <section aria-labelledby="recent" className="mt-10">
        <h2 id="recent" className="text-xl font-semibold">Recent changes</h2>
        {recent.length === 0 ? (
          <p className="mt-2 font-sans">No changes yet.</p>
        ) : (
          <ul className="mt-3 space-y-1 font-sans">
            {recent.map((entry) => (
              <li key={entry.id}>
                <Link href={`/admin/history?entityType=${entry.entityType}&entityId=${entry.entityId}`}>
                  {entry.entityType} {entry.action}
                </Link>{' '}
                by {auditAuthor(entry)}, {entry.createdAt.toISOString().slice(0, 16).replace('T', ' ')} UTC
              </li>
            ))}
          </ul>
        )}
        <p className="mt-3 font-sans"><Link href="/admin/history">All changes</Link></p>
      </section>
    </>
  );
}
