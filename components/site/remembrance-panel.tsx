import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { VisitorFormGuard } from '@/components/site/visitor-form-guard';
import { formatTimestampDate } from '@/lib/dates';
import type { Locale } from '@/lib/i18n/config';
import type { PublicRemembrance } from '@/lib/remembrances/queries';
import { REMEMBRANCE_MESSAGE_MAX, REMEMBRANCE_NAME_MAX } from '@/lib/remembrances/schema';

const CONTROL = 'mt-1 w-full border border-muted bg-white px-2 py-1.5';

/** A label, its hint (the control names it in aria-describedby as `<id>-hint`) and the control. */
function LabelledControl({ id, label, hint, children }: { id: string; label: string; hint: string; children: ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <p id={`${id}-hint`} className="text-sm text-muted">
        {hint}
      </p>
      {children}
    </div>
  );
}

/**
 * A memorial page's remembrances: the approved messages (newest first, as cached by
 * listApprovedRemembrances), each with a plain "Report" form, and the plain form (no script needed)
 * to leave one. Both post to route handlers under app/api/remembrances/. A visitor's name and
 * message are rendered as text, never as HTML.
 */
export async function RemembrancePanel({ slug, remembrances, locale }: { slug: string; remembrances: PublicRemembrance[]; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'remembrances' });
  const page = (
    <>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="slug" value={slug} />
    </>
  );
  return (
    <section aria-labelledby="remembrances-heading" id="remembrances" className="relative mt-10 max-w-3xl border-t border-rule pt-6 font-sans">
      <h2 id="remembrances-heading" className="font-serif text-xl font-semibold">
        {t('heading')}
      </h2>
      <p className="mt-2 text-sm text-muted">{t('intro')}</p>
      {remembrances.length > 0 ? (
        <ol className="mt-4 space-y-4" data-remembrances>
          {remembrances.map((remembrance) => (
            <li key={remembrance.id} className="relative border-l-4 border-rule pl-4" data-remembrance={remembrance.id}>
              <blockquote>
                <p className="whitespace-pre-line font-serif" data-remembrance-message>
                  {remembrance.message}
                </p>
              </blockquote>
              <p className="mt-1 text-sm text-muted">
                <span data-remembrance-author>{remembrance.authorName ?? t('anonymous')}</span>
                {' · '}
                <time dateTime={remembrance.createdAt}>{t('left', { date: formatTimestampDate(remembrance.createdAt, locale) })}</time>
              </p>
              <form method="post" action="/api/remembrances/report" className="mt-1">
                {page}
                <input type="hidden" name="id" value={remembrance.id} />
                <VisitorFormGuard honeypotLabel={t('honeypot')} />
                <button type="submit" className="text-sm text-muted underline hover:text-ink">
                  {t('report')}
                </button>
              </form>
            </li>
          ))}
        </ol>
      ) : (
        <p className="mt-4">{t('none')}</p>
      )}
      <form method="post" action="/api/remembrances" className="mt-6 space-y-4" aria-labelledby="remembrance-form-heading">
        <h3 id="remembrance-form-heading" className="font-serif text-lg font-semibold">
          {t('formHeading')}
        </h3>
        <p className="text-sm text-muted">{t('formHint')}</p>
        {page}
        <VisitorFormGuard honeypotLabel={t('honeypot')} />
        <LabelledControl id="remembrance-name" label={t('name')} hint={t('nameHint', { max: REMEMBRANCE_NAME_MAX })}>
          <input id="remembrance-name" name="name" type="text" maxLength={REMEMBRANCE_NAME_MAX} autoComplete="name" aria-describedby="remembrance-name-hint" className={CONTROL} />
        </LabelledControl>
        <div className="flex items-start gap-2">
          <input id="remembrance-anonymous" name="anonymous" type="checkbox" value="on" className="mt-1" />
          <label htmlFor="remembrance-anonymous">{t('anonymousLabel')}</label>
        </div>
        <LabelledControl id="remembrance-message" label={t('message')} hint={t('messageHint', { max: REMEMBRANCE_MESSAGE_MAX })}>
          <textarea id="remembrance-message" name="message" required rows={4} maxLength={REMEMBRANCE_MESSAGE_MAX} aria-describedby="remembrance-message-hint" className={CONTROL} />
        </LabelledControl>
        <button type="submit" className="rounded border border-mourning bg-mourning px-4 py-2 font-semibold text-paper hover:bg-mourning-dark">
          {t('send')}
        </button>
      </form>
    </section>
  );
}
