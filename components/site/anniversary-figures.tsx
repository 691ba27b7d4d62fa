import { PageLink } from '@/components/site/page-link';
import { getTranslations } from 'next-intl/server';
import { SourceWords } from '@/components/site/cited-quote';
import { FigureValue } from '@/components/site/figure-value';
import { Localised } from '@/components/site/localised-text';
import { PageReference, SourceReference } from '@/components/site/source-reference';
import type { FigureGroup } from '@/lib/figures/grouping';
import type { LedgerFigure } from '@/lib/figures/queries';
import type { Locale } from '@/lib/i18n/config';
import type { FigureKind } from '@/lib/generated/prisma/enums';
import { localiseRecords } from '@/lib/translations/localise';

/** The kinds of figure an anniversary page states: the human toll. */
export const ANNIVERSARY_FIGURE_KINDS: FigureKind[] = ['KILLED', 'VICTIMS', 'WOUNDED', 'DETAINED', 'MISSING'];

/**
 * The figures of the toll, compactly, each with its source's words and the source. On paper the
 * words are left out (the source is still named) so that the handout fits one page. A figure's note
 * on its area is shown in the reader's language where translated; the quotation never is.
 */
export async function AnniversaryFigures({ groups, locale }: { groups: FigureGroup<LedgerFigure>[]; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'figures' });
  const kept = groups.filter((group) => ANNIVERSARY_FIGURE_KINDS.includes(group.kind));
  // One read of the translations for every figure shown.
  const localised = new Map((await localiseRecords('FIGURE', kept.flatMap((group) => group.figures), locale)).map((figure) => [figure.id, figure]));
  const shown = kept.map((group) => ({ ...group, figures: group.figures.map((figure) => localised.get(figure.id)!) }));
  return (
    <section aria-labelledby="figures-heading" className="anniversary-figures mt-12">
      <h2 id="figures-heading" className="text-2xl font-semibold">
        {t('anniversary.heading')}
      </h2>
      <p className="mt-1 font-sans text-sm">
        {t('anniversary.intro')}{' '}
        <PageLink href={`/${locale}/figures`} className="no-print">
          {t('anniversary.allFigures')}
        </PageLink>
      </p>
      {shown.length === 0 ? <p className="mt-2 font-sans">{t('none')}</p> : null}
      <div className="anniversary-figure-groups mt-4 space-y-6">
        {shown.map((group) => (
          <section key={group.kind} aria-labelledby={`figures-${group.kind}`}>
            <h3 id={`figures-${group.kind}`} className="font-sans text-lg font-semibold">
              {t(`kind.${group.kind}`)}
              {group.sourcesDisagree ? <span className="ml-2 text-sm font-normal text-mourning">{t('anniversary.sourcesDiffer')}</span> : null}
            </h3>
            <ul className="mt-2 space-y-3">
              {group.figures.map((figure) => (
                <li key={figure.key} className="border-l-2 border-rule pl-3">
                  <p className="font-sans">
                    <span className="font-semibold">
                      <FigureValue figure={figure} locale={locale} />
                    </span>
                    {figure.scope === 'NOT_STATED' ? '' : ` · ${t(`scope.${figure.scope}`)}`}{' '}
                  </p>
                  <Localised value={figure.localised.scopeNote} locale={locale} as="p" className="font-sans text-sm text-muted" />
                  <div className="print:hidden">
                    <SourceWords quote={figure.quote} verbatim={figure.quoteIsVerbatim} locale={locale} />
                  </div>
                  <p className="font-sans text-sm text-muted">
                    — <SourceReference source={figure.source} locale={locale} />
                    <PageReference page={figure.page} locale={locale} />
                  </p>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </section>
  );
}
