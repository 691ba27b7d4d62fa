import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SiteShell } from '@/components/site/site-shell';
import { env } from '@/lib/env';
import { isLocale, locales } from '@/lib/i18n/config';
import { siteSocialMetadata } from '@/lib/og/metadata';
import '../globals.css';

// Only the published languages exist. proxy.ts answers any other first segment with the 404 page
// before it gets here; the check below is the backstop.
export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: LayoutProps<'/[locale]'>): Promise<Metadata> {
  const { locale } = await params;
  return {
    metadataBase: new URL(env.SITE_URL),
    title: { default: 'Black January memorial', template: '%s · Black January memorial' },
    description:
      'A sourced memorial to the civilians killed, wounded and detained when Soviet troops stormed Baku on 19–20 January 1990.',
    // Defaults for pages without their own (the not-found page); each page sets its own Open Graph.
    ...siteSocialMetadata(locale),
  };
}

export default async function LocaleLayout({ children, params }: LayoutProps<'/[locale]'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return <SiteShell locale={locale}>{children}</SiteShell>;
}
