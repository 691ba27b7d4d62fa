import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { SiteFooter } from '@/components/site/site-footer';
import { SiteHeader } from '@/components/site/site-header';
import type { Locale } from '@/lib/i18n/config';

/** The document every public page shares: language, skip link, header, main landmark, footer. */
export async function SiteShell({ locale, children }: { locale: Locale; children: ReactNode }) {
  const t = await getTranslations({ locale, namespace: 'common' });
  return (
    <html lang={locale}>
      <body className="min-h-screen">
        <a
          href="#main"
          className="skip-link sr-only font-sans focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:bg-paper focus:px-4 focus:py-2"
        >
          {t('skipToContent')}
        </a>
        <SiteHeader locale={locale} />
        <main id="main" tabIndex={-1} className="mx-auto max-w-5xl px-4 py-10 focus:outline-none">
          {children}
        </main>
        <SiteFooter locale={locale} />
      </body>
    </html>
  );
}
