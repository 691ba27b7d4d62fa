import { getTranslations } from 'next-intl/server';
import { VisitorFormGuard } from '@/components/site/visitor-form-guard';
import type { CarnationTarget } from '@/lib/carnations/subject';
import type { Locale } from '@/lib/i18n/config';

/**
 * "Lay a carnation": the count as the cached page knows it, and a plain form (no script needed) that
 * posts to app/api/carnations/route.ts, whose answer shows the new count at once.
 */
export async function CarnationPanel({ target, count, locale }: { target: CarnationTarget; count: number; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'carnations' });
  return (
    <section aria-labelledby="carnations-heading" id="carnations" className="relative mt-10 max-w-3xl border-t border-rule pt-6 font-sans">
      <h2 id="carnations-heading" className="font-serif text-xl font-semibold">
        {t('heading')}
      </h2>
      <p className="mt-2" data-carnation-count={count}>
        {t('count', { count })}
      </p>
      <form method="post" action="/api/carnations" className="mt-3">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="target" value={target.kind} />
        {target.kind === 'victim' ? <input type="hidden" name="slug" value={target.slug} /> : <input type="hidden" name="year" value={target.year} />}
        <VisitorFormGuard honeypotLabel={t('honeypot')} />
        <button type="submit" className="rounded border border-mourning bg-mourning px-4 py-2 font-semibold text-paper hover:bg-mourning-dark">
          {t('lay')}
        </button>
      </form>
      <p className="mt-2 text-sm text-muted">{t('hint')}</p>
    </section>
  );
}
