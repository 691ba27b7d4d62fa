import type { Metadata } from 'next';
import { PageLink } from '@/components/site/page-link';
import { Localised } from '@/components/site/localised-text';
import { SourceReference } from '@/components/site/source-reference';
import { listListLeads } from '@/lib/sources/list-leads';
import { localiseText } from '@/lib/translations/fields';
import { getTranslations } from 'next-intl/server';
import { PageHeading } from '@/components/ui/page-heading';
import { env } from '@/lib/env';
import { pageAlternates } from '@/lib/i18n/alternates';
import { resolveLocale } from '@/lib/i18n/params';
import { pageSocialMetadata } from '@/lib/og/metadata';

export const revalidate = 86400;

export async function generateMetadata({ params }: PageProps<'/[locale]/about'>): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'about' });
  const title = t('title');
  const description = t('description');
  return {
    title,
    description,
    ...pageSocialMetadata({ locale, path: `/${locale}/about`, title, description }),
    alternates: pageAlternates(locale, '/about'),
  };
}

export default async function AboutPage({ params }: PageProps<'/[locale]/about'>) {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'about' });
  const figuresTitle = (await getTranslations({ locale, namespace: 'figures' }))('title');
  const exampleUrl = `${env.SITE_URL}/${locale}/figures`;
  const leads = await listListLeads();
  return (
    <>
      <PageHeading title={t('title')} />
      <div className="max-w-3xl space-y-10">
        <section aria-labelledby="who">
          <h2 id="who" className="text-2xl font-semibold">{t('who.heading')}</h2>
          <p className="mt-3">{t('who.text')}</p>
        </section>
        <section aria-labelledby="sources-rules">
          <h2 id="sources-rules" className="text-2xl font-semibold">{t('sources.heading')}</h2>
          <ul className="mt-3 list-disc space-y-2 pl-6">
            <li>{t('sources.invented')}</li>
            <li>{t('sources.releases')}</li>
            <li>{t('sources.people')}</li>
            <li>{t('sources.languages')}</li>
          </ul>
        </section>
        <section aria-labelledby="disputed">
          <h2 id="disputed" className="text-2xl font-semibold">{t('disputed.heading')}</h2>
          <p className="mt-3">{t.rich('disputed.text', { link: (chunks) => <PageLink href={`/${locale}/figures`}>{chunks}</PageLink> })}</p>
        </section>
        {leads.length > 0 ? (
          <section aria-labelledby="lists">
            <h2 id="lists" className="text-2xl font-semibold">{t('lists.heading')}</h2>
            <p className="mt-3">{t('lists.text')}</p>
            <ul className="mt-3 list-disc space-y-3 pl-6">
              {leads.map((lead) => (
                <li key={lead.description}>
                  <Localised value={localiseText(lead.description, 'en', null, locale)} locale={locale} as="p" />
                  {lead.sources.map((source) => (
                    <p key={source.key} className="font-sans text-sm">
                      — <SourceReference source={source} locale={locale} />
                    </p>
                  ))}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <section aria-labelledby="cite">
          <h2 id="cite" className="text-2xl font-semibold">{t('cite.heading')}</h2>
          <p className="mt-3">{t('cite.text')}</p>
          <p className="mt-3 border-l-4 border-rule pl-4 font-sans text-sm">{t('cite.example', { title: figuresTitle, url: exampleUrl })}</p>
          <p className="mt-3">{t('cite.releases')}</p>
          <p className="mt-3">
            {t.rich('cite.export', {
              json: (chunks) => (
                <a href="/export/memorial.json" download>
                  {chunks}
                </a>
              ),
              csv: (chunks) => (
                <a href="/export/memorial.csv" download>
                  {chunks}
                </a>
              ),
            })}
          </p>
        </section>
      </div>
    </>
  );
}
