import { PageLink } from '@/components/site/page-link';
import { getLocale, getTranslations } from 'next-intl/server';
import { PageHeading } from '@/components/ui/page-heading';
import { defaultLocale, isLocale, LOCALE_NAMES } from '@/lib/i18n/config';
import { listPrivacyNoticeLocales } from '@/lib/operator-texts/queries';

/**
 * The privacy page of a language whose notice the operator has not written yet: a 404 that says so
 * plainly, with the languages in which it is published — never a text of the memorial's own.
 */
export default async function PrivacyNoticeNotPublished() {
  const found = await getLocale();
  const locale = isLocale(found) ? found : defaultLocale;
  const t = await getTranslations({ locale, namespace: 'privacy' });
  const published = (await listPrivacyNoticeLocales()).filter((other) => other !== locale);
  return (
    <>
      <PageHeading title={t('notPublished.title')} />
      <div className="max-w-3xl space-y-4">
        <p>{t('notPublished.text')}</p>
        {published.length > 0 ? (
          <div>
            <p>{t('notPublished.otherLanguages')}</p>
            <ul className="mt-2 list-disc pl-6">
              {published.map((other) => (
                <li key={other}>
                  <PageLink href={`/${other}/privacy`} hrefLang={other} lang={other}>
                    {LOCALE_NAMES[other]}
                  </PageLink>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <p>
          <PageLink href={`/${locale}`}>{t('notPublished.home')}</PageLink>
        </p>
      </div>
    </>
  );
}
