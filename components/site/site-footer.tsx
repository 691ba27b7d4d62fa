import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/config';

export async function SiteFooter({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'common' });
  return (
    <footer className="mt-16 border-t border-rule no-print">
      <div className="mx-auto max-w-5xl px-4 py-8 font-sans text-sm text-muted">
        <p>
          {t('footer.sourcing')} <Link href={`/${locale}/about`}>{t('footer.aboutLink')}</Link>.
        </p>
        <p className="mt-2">
          {/* Not prefetched: until the operator writes the notice the page is a 404, and a prefetch of
              it from every page would log an error in every visitor's console. */}
          <Link href={`/${locale}/privacy`} prefetch={false}>
            {t('footer.privacyLink')}
          </Link>
        </p>
      </div>
    </footer>
  );
}
