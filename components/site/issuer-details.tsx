import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/config';
import type { IssuerSummary } from '@/lib/organizations/queries';

/**
 * Where an issuer is and its website, as far as a source gives them; the rest is said to be unknown.
 * Names and addresses are the issuer's own and are not translated.
 */
export async function IssuerDetails({ issuer, locale }: { issuer: IssuerSummary; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'issuers' });
  const place = [issuer.city, issuer.country].filter(Boolean).join(', ');
  const notGiven = <span className="italic text-muted">{t('details.notGiven')}</span>;
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1 font-sans text-sm">
      <dt className="font-semibold">{t('details.kind')}</dt>
      <dd>{t(`kinds.${issuer.kind}`)}</dd>
      <dt className="font-semibold">{t('details.location')}</dt>
      <dd>{place || notGiven}</dd>
      {issuer.address ? (
        <>
          <dt className="font-semibold">{t('details.address')}</dt>
          <dd>{issuer.address}</dd>
        </>
      ) : null}
      <dt className="font-semibold">{t('details.website')}</dt>
      <dd>
        {issuer.website ? (
          <a href={issuer.website} rel="noopener noreferrer nofollow">
            {issuer.website.replace(/^https?:\/\//, '')}
          </a>
        ) : (
          notGiven
        )}
      </dd>
    </dl>
  );
}
