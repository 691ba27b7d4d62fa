import { getLocale } from 'next-intl/server';
import { NotFoundContent } from '@/components/site/not-found-content';
import { defaultLocale, isLocale } from '@/lib/i18n/config';

/**
 * A 404 raised inside a language (notFound() in a page): in that language. A not-found file gets no
 * params; the layout's resolveLocale has told next-intl the language of this render.
 */
export default async function NotFound() {
  const locale = await getLocale();
  return <NotFoundContent locale={isLocale(locale) ? locale : defaultLocale} />;
}
