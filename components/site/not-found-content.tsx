import { PageLink } from '@/components/site/page-link';
import { getTranslations } from 'next-intl/server';
import { LOCALE_NAMES, locales, type Locale } from '@/lib/i18n/config';

/**
 * The body of every 404 page, inside the site's layout or the global fallback, in the page's
 * language. Where the address names no language of the site (`languageKnown` false), the heading
 * says it in all three and the reader is offered each language's home page.
 */
export async function NotFoundContent({ locale, languageKnown = true }: { locale: Locale; languageKnown?: boolean }) {
  const t = await getTranslations({ locale, namespace: 'notFound' });
  const others = locales.filter((other) => other !== locale);
  const othersTitles = await Promise.all(others.map(async (other) => [other, (await getTranslations({ locale: other, namespace: 'notFound' }))('title')] as const));
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-semibold">
        {t('title')}
        {languageKnown
          ? null
          : othersTitles.map(([other, title]) => (
              <span key={other}>
                {' · '}
                <span lang={other}>{title}</span>
              </span>
            ))}
      </h1>
      <p className="mt-4">{t('text')}</p>
      <ul className="mt-6 list-disc space-y-1 pl-6 font-sans">
        <li>
          <PageLink href={`/${locale}`}>{t('home')}</PageLink>
        </li>
        <li>
          <PageLink href={`/${locale}/victims`}>{t('victims')}</PageLink>
        </li>
        <li>
          <PageLink href={`/${locale}/releases`}>{t('releases')}</PageLink>
        </li>
        <li>
          <PageLink href={`/${locale}/anniversaries`}>{t('anniversaries')}</PageLink>
        </li>
      </ul>
      {languageKnown ? null : (
        <nav aria-labelledby="not-found-languages" className="mt-8 font-sans">
          <h2 id="not-found-languages" className="text-lg font-semibold">
            {t('languages')}
          </h2>
          <ul className="mt-2 flex flex-wrap gap-4">
            {locales.map((other) => (
              <li key={other}>
                <PageLink href={`/${other}`} lang={other} hrefLang={other}>
                  {LOCALE_NAMES[other]}
                </PageLink>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </div>
  );
}
