import { notFound } from 'next/navigation';
import { isLocale, type Locale } from '@/lib/i18n/config';

/** The page's locale from its route params; an unknown language is a 404. */
export async function resolveLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return locale;
}
