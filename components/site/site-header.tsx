import { PageLink } from '@/components/site/page-link';
import { getTranslations } from 'next-intl/server';
import { LanguageSwitcher } from '@/components/site/language-switcher';
import type { Locale } from '@/lib/i18n/config';

const NAVIGATION = [
  { path: '/timeline', key: 'timeline' },
  { path: '/victims', key: 'victims' },
  { path: '/figures', key: 'figures' },
  { path: '/releases', key: 'releases' },
  { path: '/issuers', key: 'issuers' },
  { path: '/anniversaries', key: 'anniversaries' },
  { path: '/about', key: 'about' },
] as const;

export async function SiteHeader({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'common' });
  return (
    <header className="border-b border-rule no-print">
      <div className="mx-auto flex max-w-5xl flex-wrap items-baseline justify-between gap-x-8 gap-y-3 px-4 py-5">
        <PageLink href={`/${locale}`} className="text-ink no-underline">
          <span className="block text-xl font-semibold tracking-wide">{t('siteName')}</span>
          <span className="block font-sans text-sm text-muted">{t('tagline')}</span>
        </PageLink>
        <div className="flex flex-col items-start gap-y-3">
          <nav aria-label={t('mainNavigation')}>
            <ul className="flex flex-wrap gap-x-5 gap-y-2 font-sans text-[0.95rem]">
              {NAVIGATION.map((item) => (
                <li key={item.path}>
                  <PageLink href={`/${locale}${item.path}`} className="text-ink hover:text-mourning">
                    {t(`navigation.${item.key}`)}
                  </PageLink>
                </li>
              ))}
            </ul>
          </nav>
          <LanguageSwitcher locale={locale} label={t('languageSwitcher')} />
        </div>
      </div>
    </header>
  );
}
