import { PageLink } from '@/components/site/page-link';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/config';

export async function SiteFooter({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'common' });
  return (
    <footer className="mt-16 border-t border-rule no-print">
      <div className="mx-auto max-w-5xl px-4 py-8 font-sans text-sm text-muted">
        <p>
          {t('footer.sourcing')} <PageLink href={`/${locale}/about`}>{t('footer.aboutLink')}</PageLink>.
        </p>
        <p className="mt-2">
          <PageLink href={`/${locale}/privacy`}>
            {t('footer.privacyLink')}
          </PageLink>
        </p>
      </div>
    </footer>
  );
}
