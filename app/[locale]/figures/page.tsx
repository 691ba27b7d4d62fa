import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { SourceWords } from '@/components/site/cited-quote';
import { FigureValue } from '@/components/site/figure-value';
import { Localised } from '@/components/site/localised-text';
import { PageReference, SourceReference } from '@/components/site/source-reference';
import { LastUpdated } from '@/components/ui/last-updated';
import { PageHeading } from '@/components/ui/page-heading';
import { formatPartialDate } from '@/lib/dates';
import { groupFiguresByKind } from '@/lib/figures/grouping';
import { listFigures } from '@/lib/figures/queries';
import { pageAlternates } from '@/lib/i18n/alternates';
import { resolveLocale } from '@/lib/i18n/params';
import { pageSocialMetadata } from '@/lib/og/metadata';
import { localiseText } from '@/lib/translations/fields';
import { localiseRecords } from '@/lib/translations/localise';

export const revalidate = 3600;

export async function generateMetadata({ params }: PageProps<'/[locale]/figures'>): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'figures' });
  const title = t('title');
  const description = t('description');
  return {
    title,
    description,
    ...pageSocialMetadata({ locale, path: `/${locale}/figures`, title, description }),
    alternates: pageAlternates(locale, '/figures'),
  };
}

/** True for the first figure of its source within a group, where the source's notes are shown once. */
function firstOfSource(figures: { source: { key: string } }[], index: number): boolean {
  return figures.findIndex((figure) => figure.source.key === figures[index]!.source.key) === index;
}

export default async function FiguresPage({ params }: PageProps<'/[locale]/figures'>) {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'figures' });
  const figures = await localiseRecords('FIGURE', await listFigures(), locale);
  const groups = groupFiguresByKind(figures);
  return (
    <>
      <PageHeading title={t('title')} lead={t('lead')} />
      {groups.length > 0 ? (
        <nav aria-label={t('kindsNavigation')} className="mb-10 font-sans">
          <ul className="flex flex-wrap gap-x-5 gap-y-2">
            {groups.map((group) => (
              <li key={group.kind}>
                <a href={`#${group.kind.toLowerCase()}`}>{t(`kind.${group.kind}`)}</a>
              </li>
            ))}
          </ul>
        </nav>
      ) : (
        <p className="font-sans">{t('none')}</p>
      )}
      <div className="space-y-14">
        {/*
          Some two hundred rows in all: a phone spent over a second on style and layout for tables it
          had not yet shown. Each kind's table is drawn when it nears the screen (content-visibility),
          at a placeholder height of about a mobile section's median until then.
        */}
        {groups.map((group) => (
          <section key={group.kind} id={group.kind.toLowerCase()} aria-labelledby={`heading-${group.kind}`} className="scroll-mt-6 [content-visibility:auto] [contain-intrinsic-size:auto_1000px]">
            <h2 id={`heading-${group.kind}`} className="text-2xl font-semibold">
              {t(`kind.${group.kind}`)}
            </h2>
            {group.sourcesDisagree ? <p className="mt-1 font-sans text-sm font-semibold text-mourning">{t('sourcesDisagree')}</p> : null}
            <div className="mt-4 overflow-x-auto">
              <table className="w-full border-collapse text-left align-top">
                <caption className="sr-only">{t('caption', { kind: t(`kind.${group.kind}`) })}</caption>
                <thead className="font-sans text-sm">
                  <tr className="border-b-2 border-ink">
                    <th scope="col" className="py-2 pr-4">{t('columns.figure')}</th>
                    <th scope="col" className="py-2 pr-4">{t('columns.where')}</th>
                    <th scope="col" className="py-2 pr-4">{t('columns.words')}</th>
                    <th scope="col" className="py-2">{t('columns.source')}</th>
                  </tr>
                </thead>
                <tbody>
                  {group.figures.map((figure, index) => (
                    <tr key={figure.key} id={`figure-${figure.key}`} className="border-b border-rule align-top">
                      <td className="py-3 pr-4 font-sans font-semibold whitespace-nowrap">
                        <FigureValue figure={figure} locale={locale} />
                        {figure.asOf ? (
                          <span className="block text-sm font-normal text-muted">
                            {t('asOf', { date: formatPartialDate(figure.asOf, 'DAY', { locale }) })}
                          </span>
                        ) : null}
                      </td>
                      <td className="py-3 pr-4 font-sans text-sm">
                        {t(`scope.${figure.scope}`)}
                        <Localised value={figure.localised.scopeNote} locale={locale} as="span" className="block text-muted" />
                        {figure.period ? (
                          <div className="mt-1 text-muted">
                            <span className="font-semibold">{t('period')}: </span>
                            {/* The period is the row's own framing, in English: never machine-translated. */}
                            <Localised value={localiseText(figure.period, 'en', null, locale)} locale={locale} as="span" />
                          </div>
                        ) : null}
                      </td>
                      <td className="py-3 pr-4">
                        <SourceWords quote={figure.quote} verbatim={figure.quoteIsVerbatim} locale={locale} />
                        <Localised value={figure.localised.note} locale={locale} as="p" className="mt-1 font-sans text-sm text-muted" />
                      </td>
                      <td className="py-3 font-sans text-sm">
                        <SourceReference source={figure.source} locale={locale} />
                        <PageReference page={figure.page} locale={locale} />
                        {/* The memorial's remark about the source, next to its first figure of the group. */}
                        {figure.source.editorialNote && firstOfSource(group.figures, index) ? (
                          <aside className="mt-2 border-l-4 border-mourning pl-2" data-editorial-note>
                            <p className="font-semibold">{t('editorialNote')}</p>
                            <Localised value={localiseText(figure.source.editorialNote, 'en', null, locale)} locale={locale} as="p" />
                          </aside>
                        ) : null}
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
