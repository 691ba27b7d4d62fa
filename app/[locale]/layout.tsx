import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { SiteShell } from '@/components/site/site-shell';
import { env } from '@/lib/env';
import { locales } from '@/lib/i18n/config';
import { resolveLocale } from '@/lib/i18n/params';
import { siteSocialMetadata } from '@/lib/og/metadata';
import '@/components/site/fonts';
import '../globals.css';

// Only the published languages exist. proxy.ts answers any other first segment with the 404 page
// before it gets here; resolveLocale is the backstop.
export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: LayoutProps<'/[locale]'>): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'metadata' });
  return {
    metadataBase: new URL(env.SITE_URL),
    title: { default: t('siteTitle'), template: t('titleTemplate', { title: '%s' }) },
    description: t('siteDescription'),
    // Defaults for pages without their own (the not-found page); each page sets its own Open Graph.
    ...siteSocialMetadata(locale),
  };
}

export default async function LocaleLayout({ children, params }: LayoutProps<'/[locale]'>) {
  const locale = await resolveLocale(params);
  return <SiteShell locale={locale}>{children}</SiteShell>;
}
