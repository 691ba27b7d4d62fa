import { resolveLocale } from '@/lib/i18n/params';

/**
 * Tells next-intl the language before this folder's not-found.tsx renders (it gets no params): without
 * it, the "not yet published" page would read the language from the request headers, and that would
 * make every privacy page dynamic instead of cached.
 */
export default async function PrivacyLayout({ children, params }: LayoutProps<'/[locale]/privacy'>) {
  await resolveLocale(params);
  return children;
}
