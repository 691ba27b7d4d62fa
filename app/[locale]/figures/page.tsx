import { formatPageReference } from '@/lib/sources/format';
import type { Metadata } from 'next';
import { SourceWords } from '@/components/site/cited-quote';
import { SourceReference } from '@/components/site/source-reference';
import { LastUpdated } from '@/components/ui/last-updated';
import { PageHeading } from '@/components/ui/page-heading';
import { formatPartialDate } from '@/lib/dates';
import { groupFiguresByKind } from '@/lib/figures/grouping';
import { FIGURE_KIND_LABELS, FIGURE_SCOPE_LABELS, formatFigureValue } from '@/lib/figures/labels';
import { listFigures } from '@/lib/figures/queries';
import { resolveLocale } from '@/lib/i18n/params';
import { pageSocialMetadata } from '@/lib/og/metadata';

export const revalidate = 3600;

export async function generateMetadata({ params }: PageProps<'/[locale]/figures'>): Promise<Metadata> {
  const { locale } = await params;
  const title = 'The figures, source by source';
  const description =
    'How many people were killed, wounded, detained and missing in January 1990, as each source states it, with its exact words. The sources disagree; all are shown.';
  return {
    title,
    description,
    ...pageSocialMetadata({ locale, path: `/${locale}/figures`, title, description }),
    alternates: { canonical: `/${locale}/figures` },
  };
}

export default async function FiguresPage({ params }: PageProps<'/[locale]/figures'>) {
  const locale = await resolveLocale(params);
  const figures = await listFigures();
  const groups = groupFiguresByKind(figures);
  return (
    <>
      <PageHeading
        title="The figures, source by source"
        lead="The sources do not agree on how many were killed, wounded or detained. This memorial does not pick one: each number is shown as its source gives it, with the source's own words, which are authoritative."
      />
      {groups.length > 0 ? (
        <nav aria-label="Kinds of figure" className="mb-10 font-sans">
          <ul className="flex flex-wrap gap-x-5 gap-y-2">
            {groups.map((group) => (
              <li key={group.kind}>
                <a href={`#${group.kind.toLowerCase()}`}>{FIGURE_KIND_LABELS[group.kind]}</a>
              </li>
            ))}
          </ul>
        </nav>
      ) : (
        <p className="font-sans">No figures have been published yet.</p>
      )}
      <div className="space-y-14">
        {groups.map((group) => (
          <section key={group.kind} id={group.kind.toLowerCase()} aria-labelledby={`heading-${group.kind}`} className="scroll-mt-6">
            <h2 id={`heading-${group.kind}`} className="text-2xl font-semibold">
              {FIGURE_KIND_LABELS[group.kind]}
            </h2>
            {group.sourcesDisagree ? (
              <p className="mt-1 font-sans text-sm font-semibold text-mourning">The sources give different figures.</p>
            ) : null}
            <div className="mt-4 overflow-x-auto">
              <table className="w-full border-collapse text-left align-top">
                <caption className="sr-only">{FIGURE_KIND_LABELS[group.kind]}: each figure with its source</caption>
                <thead className="font-sans text-sm">
                  <tr className="border-b-2 border-ink">
                    <th scope="col" className="py-2 pr-4">Figure</th>
                    <th scope="col" className="py-2 pr-4">Where</th>
                    <th scope="col" className="py-2 pr-4">In the source's words</th>
                    <th scope="col" className="py-2">Source</th>
                  </tr>
                </thead>
                <tbody>
                  {group.figures.map((figure) => (
                    <tr key={figure.key} id={`figure-${figure.key}`} className="border-b border-rule align-top">
                      <td className="py-3 pr-4 font-sans font-semibold whitespace-nowrap">
                        {formatFigureValue(figure, locale) ?? <span className="font-normal italic">in words only</span>}
                        {figure.asOf ? (
                          <span className="block text-sm font-normal text-muted">
                            by {formatPartialDate(figure.asOf, 'DAY', { locale })}
                          </span>
                        ) : null}
                      </td>
                      <td className="py-3 pr-4 font-sans text-sm">
                        {FIGURE_SCOPE_LABELS[figure.scope]}
                        {figure.scopeNote ? <span className="block text-muted">{figure.scopeNote}</span> : null}
                      </td>
                      <td className="py-3 pr-4">
                        <SourceWords quote={figure.quote} verbatim={figure.quoteIsVerbatim} />
                        {figure.note ? <p className="mt-1 font-sans text-sm text-muted">{figure.note}</p> : null}
                      </td>
                      <td className="py-3 font-sans text-sm">
                        <SourceReference source={figure.source} locale={locale} />
                        {figure.page ? `, ${formatPageReference(figure.page)}` : ''}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        ))}
      </div>
      <LastUpdated timestamps={figures.map((figure) => figure.updatedAt)} locale={locale} />
    </>
  );
}
