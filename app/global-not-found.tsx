import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { getTranslations } from 'next-intl/server';
import { NotFoundContent } from '@/components/site/not-found-content';
import { SiteShell } from '@/components/site/site-shell';
import { defaultLocale, type Locale } from '@/lib/i18n/config';
import { localeOfPath, PAGE_LOCALE_HEADER } from '@/lib/i18n/request-locale';
import '@/components/site/fonts';
import './globals.css';

/** The language of the address being answered, as proxy.ts passed it on; null outside any language. */
async function pageLocale(): Promise<Locale | null> {
  return localeOfPath(`/${(await headers()).get(PAGE_LOCALE_HEADER) ?? ''}`);
}

export async function generateMetadata(): Promise<Metadata> {
  const locale = (await pageLocale()) ?? defaultLocale;
  const [notFound, metadata] = await Promise.all([
    getTranslations({ locale, namespace: 'notFound' }),
    getTranslations({ locale, namespace: 'metadata' }),
  ]);
  return { title: metadata('titleTemplate', { title: notFound('title') }) };
}

/**
 * Addresses that match no route (or no language) get the site's own 404 page, not a bare one: in the
 * address's language where it names one, else in Azerbaijani with the heading in all three languages
 * and a link to each edition.
 */
export default async function GlobalNotFound() {
  const locale = await pageLocale();
  return (
    <SiteShell locale={locale ?? defaultLocale}>
      <NotFoundContent locale={locale ?? defaultLocale} languageKnown={locale !== null} />
    </SiteShell>
  );
}
