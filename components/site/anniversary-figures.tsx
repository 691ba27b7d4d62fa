import Link from 'next/link';
import { SourceWords } from '@/components/site/cited-quote';
import { SourceReference } from '@/components/site/source-reference';
import type { FigureGroup } from '@/lib/figures/grouping';
import { FIGURE_KIND_LABELS, FIGURE_SCOPE_LABELS, formatFigureValue } from '@/lib/figures/labels';
import type { LedgerFigure } from '@/lib/figures/queries';
import type { Locale } from '@/lib/i18n/config';
import { formatPageReference } from '@/lib/sources/format';
import type { FigureKind } from '@/lib/generated/prisma/enums';

/** The kinds of figure an anniversary page states: the human toll. */
export const ANNIVERSARY_FIGURE_KINDS: FigureKind[] = ['KILLED', 'VICTIMS', 'WOUNDED', 'DETAINED', 'MISSING'];

/**
 * The figures of the toll, compactly, each with its source's words and the source. On paper the
 * words are left out (the source is still named) so that the handout fits one page.
 */
export function AnniversaryFigures({ groups, locale }: { groups: FigureGroup<LedgerFigure>[]; locale: Locale }) {
  const shown = groups.filter((group) => ANNIVERSARY_FIGURE_KINDS.includes(group.kind));
  return (
    <section aria-labelledby="figures-heading" className="anniversary-figures mt-12">
      <h2 id="figures-heading" className="text-2xl font-semibold">
        The figures
      </h2>
      <p className="mt-1 font-sans text-sm">
        The sources do not agree; each figure is given as its source states it.{' '}
        <Link href={`/${locale}/figures`} className="no-print">
          All the figures, source by source
        </Link>
      </p>
      {shown.length === 0 ? <p className="mt-2 font-sans">No figures have been published yet.</p> : null}
      <div className="anniversary-figure-groups mt-4 space-y-6">
        {shown.map((group) => (
          <section key={group.kind} aria-labelledby={`figures-${group.kind}`}>
            <h3 id={`figures-${group.kind}`} className="font-sans text-lg font-semibold">
              {FIGURE_KIND_LABELS[group.kind]}
              {group.sourcesDisagree ? <span className="ml-2 text-sm font-normal text-mourning">(the sources differ)</span> : null}
            </h3>
            <ul className="mt-2 space-y-3">
              {group.figures.map((figure) => (
                <li key={figure.key} className="border-l-2 border-rule pl-3">
                  <p className="font-sans">
                    <span className="font-semibold">{formatFigureValue(figure, locale) ?? <span className="font-normal italic">in words only</span>}</span>
                    {figure.scope === 'NOT_STATED' ? '' : ` · ${FIGURE_SCOPE_LABELS[figure.scope]}`}{' '}
                  </p>
                  <div className="print:hidden">
                    <SourceWords quote={figure.quote} verbatim={figure.quoteIsVerbatim} />
                  </div>
                  <p className="font-sans text-sm text-muted">
                    — <SourceReference source={figure.source} locale={locale} />
                    {figure.page ? `, ${formatPageReference(figure.page)}` : ''}
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
