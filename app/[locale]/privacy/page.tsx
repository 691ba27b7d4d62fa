import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { OperatorMarkdown } from '@/components/site/operator-text';
import { LastUpdated } from '@/components/ui/last-updated';
import { PageHeading } from '@/components/ui/page-heading';
import { pageAlternates } from '@/lib/i18n/alternates';
import { resolveLocale } from '@/lib/i18n/params';
import { getPrivacyNotice } from '@/lib/operator-texts/queries';
import { pageSocialMetadata } from '@/lib/og/metadata';
import { NotFoundAnswer } from '@/components/site/not-found-answer';
import PrivacyNoticeNotPublished from './not-found';

export const revalidate = 86400;
// Static and cached by shared caches: a build fails here rather than let a request API make it dynamic.
export const dynamic = 'error';

export async function generateMetadata({ params }: PageProps<'/[locale]/privacy'>): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'privacy' });
  const notice = await getPrivacyNotice(locale);
  if (!notice) return { title: t('notPublished.title'), description: t('notPublished.description'), robots: { index: false, follow: true } };
  const title = t('title');
  const description = t('description');
  return {
    title,
    description,
    ...pageSocialMetadata({ locale, path: `/${locale}/privacy`, title, description }),
    alternates: pageAlternates(locale, '/privacy'),
  };
}

/**
 * The operator's privacy notice in this language, exactly as they wrote it. Without one, a 404 (this
 * folder's not-found.tsx says the notice is not yet published): there is no such document yet, and
 * the memorial never shows a notice of its own in place of the operator's.
 */
export default async function PrivacyPage({ params }: PageProps<'/[locale]/privacy'>) {
  const locale = await resolveLocale(params);
  const notice = await getPrivacyNotice(locale);
  if (!notice) {
    return (
      <NotFoundAnswer locale={locale}>
        <PrivacyNoticeNotPublished />
      </NotFoundAnswer>
    );
  }
  const t = await getTranslations({ locale, namespace: 'privacy' });
  return (
    <>
      <PageHeading title={t('title')} lead={t('lead')} />
      <OperatorMarkdown text={notice.text} locale={locale} />
      <LastUpdated timestamps={[notice.updatedAt]} locale={locale} />
    </>
  );
}
