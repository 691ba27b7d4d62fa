import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { VisitorFormGuard } from '@/components/site/visitor-form-guard';
import { PageHeading } from '@/components/ui/page-heading';
import { formatTimestampDate } from '@/lib/dates';
import { resolveLocale } from '@/lib/i18n/params';
import { isStatusResult } from '@/lib/testimonies/answer';
import { PROPOSAL_FIELD_NAMES, isProposalField } from '@/lib/testimonies/fields';
import { TESTIFIER_TRANSITIONS, isOpen } from '@/lib/testimonies/states';
import { testimonyIdFromToken, testimonyStatusUrl } from '@/lib/testimonies/status-address';
import { getTestimonyStatus } from '@/lib/testimonies/status-queries';
import { victimDisplayName } from '@/lib/victims/display';
import { singleParam } from '@/lib/visitor-forms/answer';

// The testifier's own page: read per request, never stored (proxy.ts sends `private, no-store` and no referrer), never indexed.
export const dynamic = 'force-dynamic';
export const metadata: Metadata = { robots: { index: false, follow: false } };

const CONTROL = 'mt-1 w-full border border-muted bg-white px-2 py-1.5';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="contents">
      <dt className="text-sm font-semibold sm:pt-0.5">{label}</dt>
      <dd className="whitespace-pre-line">{children}</dd>
    </div>
  );
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * The private status page of a testimony (/[locale]/testimony/status/<token>): the reference, the
 * state in words, the curators' questions with a form to answer, the reason of a decline, what was
 * sent (as text: nothing a visitor sends is rendered as HTML) and the withdrawal. Never the contact
 * e-mail: only whether one was given. A forged token is answered 404 by proxy.ts before this renders.
 */
export default async function TestimonyStatusPage({ params, searchParams }: PageProps<'/[locale]/testimony/status/[token]'>) {
  const locale = await resolveLocale(params);
  const { token } = await params;
  const id = testimonyIdFromToken(token);
  if (!id) notFound();
  const testimony = await getTestimonyStatus(id);
  if (!testimony) notFound();
  const query = await searchParams;
  const result = singleParam(query.result);
  const t = await getTranslations({ locale, namespace: 'testimony' });
  const hidden = (
    <>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="version" value={testimony.version} />
      <VisitorFormGuard honeypotLabel={t('honeypot')} />
    </>
  );
  const fieldLabel = (field: string) => (isProposalField(field) ? t(`fields.${field}.label`) : field === 'photo' ? t('withhold.photo') : t('withhold.record'));
  const canAnswer = (TESTIFIER_TRANSITIONS.answer.from as readonly string[]).includes(testimony.status);
  return (
    <article aria-labelledby="testimony-status-heading" className="font-sans">
      <PageHeading title={<span id="testimony-status-heading">{t('status.title', { reference: testimony.reference })}</span>} />
      {isStatusResult(result) ? (
        <p role="status" className="mb-6 max-w-3xl border-l-4 border-mourning bg-white p-4 font-semibold" data-status-result={result}>
          {t(`status.results.${result}`)}
        </p>
      ) : null}
      <section className="max-w-3xl space-y-2">
        <p className="text-lg">
          {t('status.reference')}: <strong className="font-mono text-2xl" data-testimony-reference>{testimony.reference}</strong>
        </p>
        <p className="break-all font-mono text-sm" data-status-address>
          {testimonyStatusUrl(locale, testimony.id)}
        </p>
        <p className="font-semibold">{t('status.keep')}</p>
        <p className="text-sm text-muted">{t('status.sent', { date: formatTimestampDate(testimony.createdAt, locale) })}</p>
      </section>

      <section aria-labelledby="testimony-state" className="mt-8 max-w-3xl">
        <h2 id="testimony-state" className="font-serif text-xl font-semibold">
          {t('status.stateHeading')}
        </h2>
        <p className="mt-2 text-lg" data-testimony-state={testimony.status}>
          {t(`status.states.${testimony.status}`)}
        </p>
        {testimony.status === 'DECLINED' && testimony.decisionMessage ? (
          <div className="mt-2">
            <p className="font-semibold">{t('status.reason')}</p>
            <p className="whitespace-pre-line" data-decision-message>
              {testimony.decisionMessage}
            </p>
          </div>
        ) : null}
      </section>

      {testimony.messages.length > 0 ? (
        <section aria-labelledby="testimony-messages" className="mt-8 max-w-3xl">
          <h2 id="testimony-messages" className="font-serif text-xl font-semibold">
            {t('status.messagesHeading')}
          </h2>
          <ol className="mt-2 space-y-3">
            {testimony.messages.map((message, index) => (
              <li key={index} className="border-l-4 border-rule pl-4" data-testimony-message={message.party}>
                <p className="text-sm font-semibold">
                  {message.party === 'CURATOR' ? t('status.curator') : t('status.testifier')} · {formatTimestampDate(message.createdAt, locale)}
                </p>
                <p className="whitespace-pre-line">{message.body}</p>
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      {canAnswer ? (
        <form method="post" action="/api/testimonies/answer" className="relative mt-6 max-w-3xl space-y-3">
          {hidden}
          <label htmlFor="testimony-answer" className="block font-semibold">
            {t('status.answerLabel')}
          </label>
          <p id="testimony-answer-hint" className="text-sm text-muted">
            {t('status.answerHint')}
          </p>
          <textarea id="testimony-answer" name="body" required rows={5} maxLength={4000} aria-describedby="testimony-answer-hint" className={CONTROL} />
          <button type="submit" className="rounded border border-mourning bg-mourning px-4 py-2 font-semibold text-paper hover:bg-mourning-dark">
            {t('status.answerSend')}
          </button>
        </form>
      ) : null}

      <section aria-labelledby="testimony-content" className="mt-10 max-w-3xl">
        <h2 id="testimony-content" className="font-serif text-xl font-semibold">
          {t('status.contentHeading')}
        </h2>
        <dl className="mt-3 grid gap-x-8 gap-y-3 sm:grid-cols-[max-content_1fr]" data-testimony-content>
          <Row label={t('status.kind')}>{t(`kind.${testimony.kind}`)}</Row>
          {testimony.victimNames && testimony.kind !== 'NEW_PERSON' ? <Row label={t('status.about')}>{victimDisplayName(testimony.victimNames, locale).name}</Row> : null}
          {PROPOSAL_FIELD_NAMES.map((field) => {
            const value = testimony.proposal[field];
            if (value === undefined) return null;
            return (
              <Row key={field} label={t(`fields.${field}.label`)}>
                {Array.isArray(value) ? value.join('\n') : value}
              </Row>
            );
          })}
          {testimony.withholdTarget ? <Row label={t('status.withholdTarget')}>{fieldLabel(testimony.withholdTarget)}</Row> : null}
          {testimony.withholdReason ? <Row label={t('status.withholdReason')}>{testimony.withholdReason}</Row> : null}
          {testimony.relation ? <Row label={t('status.relation')}>{testimony.relation}</Row> : null}
          {testimony.knowledgeBasis ? <Row label={t('status.knowledgeBasis')}>{testimony.knowledgeBasis}</Row> : null}
          {testimony.testifierName ? <Row label={t('status.name')}>{testimony.testifierName}</Row> : null}
          <Row label={t('status.publishName')}>{testimony.publishName ? t('status.yes') : t('status.no')}</Row>
          <Row label={t('status.email')}>
            <span data-testimony-email>{testimony.hasContactEmail ? t('status.emailGiven') : t('status.emailNone')}</span>
          </Row>
          <Row label={t('status.files')}>
            {testimony.files.length > 0 ? (
              <ul data-testimony-files>
                {testimony.files.map((file) => (
                  <li key={file.position}>
                    {t('status.fileLine', { slot: file.position, kind: file.kind, size: megabytes(file.byteSize), publish: file.mayPublish ? 'yes' : 'no' })}
                  </li>
                ))}
              </ul>
            ) : (
              <span data-testimony-files="none">{testimony.personalDataDeleted ? t('status.filesDeleted') : t('status.filesNone')}</span>
            )}
          </Row>
        </dl>
      </section>

      {isOpen(testimony.status) ? (
        <form method="post" action="/api/testimonies/withdraw" className="relative mt-10 max-w-3xl space-y-3 border-t border-rule pt-6">
          <h2 className="font-serif text-xl font-semibold">{t('status.withdrawHeading')}</h2>
          <p id="testimony-withdraw-hint">{t('status.withdrawHint')}</p>
          {hidden}
          <div className="flex items-start gap-2">
            <input id="testimony-withdraw-confirm" name="confirm" type="checkbox" value="on" required aria-describedby="testimony-withdraw-hint" className="mt-1" />
            <label htmlFor="testimony-withdraw-confirm">{t('status.withdrawConfirm')}</label>
          </div>
          <button type="submit" className="rounded border border-ink px-4 py-2 font-semibold hover:bg-rule">
            {t('status.withdrawSend')}
          </button>
        </form>
      ) : null}
    </article>
  );
}
