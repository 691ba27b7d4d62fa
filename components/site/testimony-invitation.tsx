import { PageLink } from '@/components/site/page-link';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/config';

/**
 * "Do you know more about …?" on a memorial page: a plain link to the testimony form with the record
 * preselected. A plain link (components/site/page-link.tsx): the form is rendered per request, and a
 * cached memorial page must not make every visitor fetch it.
 */
export async function TestimonyInvitation({ slug, name, locale }: { slug: string; name: string; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'testimony' });
  return (
    <p className="mt-10 max-w-3xl border-t border-rule pt-6 font-sans">
      <PageLink href={`/${locale}/testimony?victim=${encodeURIComponent(slug)}`} className="font-semibold" data-testimony-invitation>
        {t('victimLink', { name })}
      </PageLink>
    </p>
  );
}
