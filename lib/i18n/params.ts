import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { isLocale, type Locale } from '@/lib/i18n/config';

/**
 * The page's locale from its route params; an unknown language is a 404. It also tells next-intl the
 * language of this render, which keeps the page static (no request headers read): every public
 * layout and page calls this first.
 */
export async function resolveLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return locale;
}
