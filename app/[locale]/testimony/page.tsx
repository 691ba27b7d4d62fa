import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { TestimonyForm } from '@/components/site/testimony-form';
import { PageHeading } from '@/components/ui/page-heading';
import { pageAlternates } from '@/lib/i18n/alternates';
import { resolveLocale } from '@/lib/i18n/params';
import { getTestimonyPrerequisites } from '@/lib/operator-texts/queries';
import { isSlug } from '@/lib/slug';
import { readTestimonyRetry, type TestimonyRetry } from '@/lib/testimonies/retry';
import { victimDisplayName } from '@/lib/victims/display';
import { getVictimBySlug } from '@/lib/victims/queries';
import { singleParam } from '@/lib/visitor-forms/answer';

export async function generateMetadata({ params }: PageProps<'/[locale]/testimony'>): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'testimony' });
  return { title: t('title'), description: t('metaDescription'), alternates: pageAlternates(locale, '/testimony') };
}

/**
 * The families' testimony form. It reads the query (`?victim=<slug>`, `?retry=<id>`), so Next renders
 * it per request; proxy.ts lets shared caches keep it briefly by query (a `?retry=` answer is the
 * visitor's own and never stored). Its reads are cached (the operator's texts, the record named), so
 * it renders while the database is down; only a kept refusal is read from the database directly.
 * Until the operator's texts exist in this language it explains that the form is not open.
 */
export default async function TestimonyPage({ params, searchParams }: PageProps<'/[locale]/testimony'>) {
  const locale = await resolveLocale(params);
  const query = await searchParams;
  const t = await getTranslations({ locale, namespace: 'testimony' });
  const prerequisites = await getTestimonyPrerequisites(locale);
  if (!prerequisites.ready) {
    return (
      <>
        <PageHeading title={t('notReady.title')} />
        <p className="max-w-3xl font-sans text-lg" data-testimony-closed>
          {t('notReady.text')}
        </p>
      </>
    );
  }
  const retryId = singleParam(query.retry) ?? null;
  const retry: TestimonyRetry | null = retryId ? await readTestimonyRetry(retryId, new Date()) : null;
  const slug = retry?.values.victim ?? singleParam(query.victim);
  const record = slug && isSlug(slug) ? await getVictimBySlug(slug) : null;
  const display = record ? victimDisplayName(record, locale) : null;
  return (
    <>
      <PageHeading title={t('title')} lead={t('lead')} />
      <TestimonyForm
        locale={locale}
        texts={prerequisites.texts}
        victim={record && display ? { slug: record.slug, name: display.identified ? display.name : t('unnamed') } : null}
        values={retry?.values ?? {}}
        problems={retry?.problems ?? {}}
        fileNames={retry?.fileNames ?? []}
        retryId={retry ? retryId : null}
      />
    </>
  );
}
